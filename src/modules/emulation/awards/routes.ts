/**
 * HTTP mapping of scoring, votes, proposals, decisions, the award register, assessments,
 * eligibility, certificates and exports (issue 7 §2–3). Each route declares its policy action;
 * the services check the scope (the member's own self-score, the designated cross-scorer, the
 * year's leader, the organiser).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../../platform/files/xlsx-write';
import { sendDownload } from '../../../platform/http/download';
import { ErrorResponse } from '../../../platform/http/errors';
import { BlockYearParams, IdParams } from '../contract';
import { CardParams, EntriesBody, ResolutionsBody, ScoringView, SheetBody } from '../scoring/contract';
import type { ScoringService } from '../scoring/scoring-service';
import { certificatePdf } from './certificate';
import {
  AssessmentBody,
  AwardsView,
  BallotBody,
  DecisionBody,
  EligibilityQuery,
  EligibilityView,
  ProposalBody,
  RegisterList,
  RegisterQuery,
  RejectBody,
  UnitHistory,
  UnitHistoryQuery,
} from './contract';
import { rankingWorkbook, registerWorkbook } from './exports';
import type { ProposalsService } from './proposals-service';
import type { RegisterService } from './register-service';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const writeErrors = { ...errors, 409: ErrorResponse, 422: ErrorResponse };
const tags = ['emulation'];
const Saved = z.object({ id: z.string().uuid() });
const file = (what: string) => z.unknown().describe(what);

const send = (reply: FastifyReply, out: { fileName: string; data: Buffer }, type: string) =>
  sendDownload(reply, { ...out, contentType: type });

export function emulationAwardRoutes(deps: {
  scoring: ScoringService;
  proposals: ProposalsService;
  register: RegisterService;
}): FastifyPluginAsyncZod {
  const { scoring, proposals, register } = deps;
  return async (app) => {
    const base = '/api/emulation/blocks/:id/years/:year';
    app.get(
      `${base}/scoring`,
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Bảng chấm điểm, điểm tự chấm, chấm chéo, tiến độ và xếp hạng của khối trong năm',
          params: BlockYearParams,
          response: { 200: ScoringView, ...errors },
        },
      },
      async (req) => scoring.view(req.actor, req.params.id, req.params.year),
    );
    app.get(
      `${base}/ranking.xlsx`,
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Xuất Excel kết quả chấm điểm, xếp hạng của khối trong năm',
          params: BlockYearParams,
          response: { 200: file('an .xlsx workbook'), ...errors },
        },
      },
      async (req, reply) =>
        send(
          reply,
          await rankingWorkbook(await scoring.view(req.actor, req.params.id, req.params.year)),
          XLSX_CONTENT_TYPE,
        ),
    );
    app.put(
      `${base}/scoring/sheet`,
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Ban hành (phiên bản mới) bảng chấm điểm của khối trong năm, khi chưa ai nộp điểm tự chấm',
          params: BlockYearParams,
          body: SheetBody,
          response: { 200: z.object({ id: z.string().uuid(), version: z.number().int() }), ...writeErrors },
        },
      },
      async (req) => scoring.setSheet(req.actor, req.params.id, req.params.year, req.body),
    );
    app.put(
      `${base}/scoring/cards/:unitId/self`,
      {
        config: { access: 'emulation:register' },
        schema: {
          tags,
          summary: 'Điểm tự chấm của một thành viên (chỉ chính thành viên đó); nộp thì chốt',
          params: CardParams,
          body: EntriesBody,
          response: { 200: Saved, ...writeErrors },
        },
      },
      async (req) => scoring.setSelf(req.actor, req.params.id, req.params.year, req.params.unitId, req.body),
    );
    app.put(
      `${base}/scoring/cards/:unitId/cross`,
      {
        config: { access: 'emulation:lead' },
        schema: {
          tags,
          summary: 'Điểm chấm chéo của một thành viên (khối trưởng, hoặc thành viên chấm theo lượt)',
          params: CardParams,
          body: EntriesBody,
          response: { 200: Saved, ...writeErrors },
        },
      },
      async (req) => scoring.setCross(req.actor, req.params.id, req.params.year, req.params.unitId, req.body),
    );
    app.put(
      `${base}/scoring/cards/:unitId/resolutions`,
      {
        config: { access: 'emulation:lead' },
        schema: {
          tags,
          summary: 'Điểm thống nhất và lý do ở các dòng tự chấm và chấm chéo chênh lệch (khối trưởng)',
          params: CardParams,
          body: ResolutionsBody,
          response: { 200: Saved, ...writeErrors },
        },
      },
      async (req) => scoring.resolve(req.actor, req.params.id, req.params.year, req.params.unitId, req.body),
    );
    app.get(
      `${base}/awards`,
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Các cuộc bỏ phiếu, đề nghị khen thưởng và quyết định của khối trong năm',
          params: BlockYearParams,
          response: { 200: AwardsView, ...errors },
        },
      },
      async (req) => proposals.view(req.actor, req.params.id, req.params.year),
    );
    app.post(
      `${base}/ballots`,
      {
        config: { access: 'emulation:lead' },
        schema: {
          tags,
          summary: 'Ghi kết quả bỏ phiếu kín (tổng số phiếu và ai đã bỏ phiếu, không ghi ai bầu ai)',
          params: BlockYearParams,
          body: BallotBody,
          response: {
            201: z.object({ id: z.string().uuid(), quorumMet: z.boolean(), approved: z.array(z.string()) }),
            ...writeErrors,
          },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await proposals.recordBallot(req.actor, req.params.id, req.params.year, req.body)),
    );
    app.post(
      `${base}/proposals`,
      {
        config: { access: 'emulation:lead' },
        schema: {
          tags,
          summary:
            'Đề nghị khen thưởng (tờ trình, biên bản, báo cáo thành tích); từ chối khi không đủ điều kiện hoặc không đạt ngưỡng biểu quyết',
          params: BlockYearParams,
          body: ProposalBody,
          response: { 201: z.object({ id: z.string().uuid(), outcome: z.string() }), ...writeErrors },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await proposals.propose(req.actor, req.params.id, req.params.year, req.body)),
    );
    app.post(
      '/api/emulation/proposals/:id/decision',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Ghi quyết định khen thưởng (số, ngày, cấp quyết định); vào sổ khen thưởng',
          params: IdParams,
          body: DecisionBody,
          response: { 200: z.object({ awardId: z.string().uuid(), decisionId: z.string().uuid() }), ...writeErrors },
        },
      },
      async (req) => proposals.decide(req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/emulation/proposals/:id/reject',
      {
        config: { access: 'emulation:manage' },
        schema: {
          tags,
          summary: 'Cấp có thẩm quyền không khen thưởng: đóng đề nghị với lý do',
          params: IdParams,
          body: RejectBody,
          response: { 200: Saved, ...writeErrors },
        },
      },
      async (req) => proposals.reject(req.actor, req.params.id, req.body),
    );
    app.get(
      '/api/emulation/register',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Sổ khen thưởng: danh hiệu, hình thức của cá nhân, tập thể theo năm với quyết định',
          querystring: RegisterQuery,
          response: { 200: RegisterList, ...errors },
        },
      },
      async (req) => register.register(req.actor, req.query),
    );
    app.get(
      '/api/emulation/register.xlsx',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Xuất Excel sổ khen thưởng (cùng bộ lọc)',
          querystring: RegisterQuery,
          response: { 200: file('an .xlsx workbook'), ...errors },
        },
      },
      async (req, reply) =>
        send(reply, await registerWorkbook((await register.register(req.actor, req.query)).items), XLSX_CONTENT_TYPE),
    );
    app.get(
      '/api/emulation/awards/:id/certificate.pdf',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'In bằng khen, giấy khen, cờ thi đua (PDF)',
          params: IdParams,
          response: { 200: file('a PDF document'), ...errors },
        },
      },
      async (req, reply) => {
        const { entry, decision, certificate } = await register.awardForPrint(req.actor, req.params.id);
        const data = await certificatePdf({
          kind: certificate,
          authority: decision.authority,
          titleVi: entry.titleVi,
          subjectKind: entry.subjectKind,
          subjectName: entry.subjectName,
          unitName: entry.subjectKind === 'individual' ? entry.unitName : null,
          achievement: entry.achievement,
          year: entry.year,
          decisionNumber: decision.number,
          decisionDate: decision.signedOn,
          signerTitle: decision.signerTitle,
          signerName: decision.signerName,
        });
        return send(reply, { fileName: `khen-thuong-${entry.year}.pdf`, data }, 'application/pdf');
      },
    );
    app.get(
      '/api/emulation/eligibility',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary:
            'Điều kiện danh hiệu của một cá nhân hoặc tập thể trong năm: đủ, không đủ (vì sao), cần xem xét (thiếu dữ liệu)',
          querystring: EligibilityQuery,
          response: { 200: EligibilityView, ...errors, 422: ErrorResponse },
        },
      },
      async (req) => register.eligibility(req.actor, req.query),
    );
    app.get(
      '/api/emulation/units/:id/history',
      {
        config: { access: 'emulation:read' },
        schema: {
          tags,
          summary: 'Lịch sử điểm, xếp hạng, danh hiệu, khen thưởng của một đơn vị và điều kiện các danh hiệu tập thể',
          params: IdParams,
          querystring: UnitHistoryQuery,
          response: { 200: UnitHistory, ...errors },
        },
      },
      async (req) => register.history(req.actor, req.params.id, req.query.year),
    );
    app.put(
      '/api/emulation/assessments',
      {
        config: { access: 'emulation:register' },
        schema: {
          tags,
          summary: 'Xếp loại, sáng kiến, kỷ luật và xác nhận của Hội đồng trong năm (đơn vị của chính Ban)',
          body: AssessmentBody,
          response: { 200: Saved, ...writeErrors },
        },
      },
      async (req) => register.setAssessment(req.actor, req.body),
    );
  };
}
