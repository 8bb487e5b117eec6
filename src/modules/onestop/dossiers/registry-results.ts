/**
 * Results that write a registry in the deciding transaction (issue 5 §3): a granted
 * investment-certificate dossier records the certificate's issue, adjustment or re-issue through
 * the investment service built on that transaction, so Biểu 2101 counts it at once; when the
 * registry refuses (an unknown project, a history rule broken, a project of another province) the
 * whole decision rolls back and the leader reads why.
 *
 * Eco-industrial-park and eco-enterprise certification (BQL-ST-01/02/03) mark the park or the
 * enterprise through the eco module's writer (`eco/certification/writer.ts`, same signature),
 * called for procedures of the `eco_industrial_park` field.
 *
 * The certificate event names the dossier it came from (`certificate_events.source`), and the
 * project's timeline links back to it.
 */
import { AppError } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import type { Tx } from '../../../platform/db/client';
import type { InvestmentService } from '../../investment/service';
import type { ProcedureVersion } from '../contract';
import { REGISTRY_KIND_OF, type RegistryRequest } from './contract';

export type ResultRef = Record<string, unknown>;

export type ResultInput = {
  dossierId: string;
  dossierCode: string;
  procedureCode: string;
  /** The version the dossier follows (a result's validity term is its data). */
  version: ProcedureVersion;
  /** The Board's province: a result may only touch its own registry records. */
  provinceCode: string;
  applicantEnterpriseId: string | null;
  /** Local day of the decision: the certificate's date. */
  day: string;
  certificateNo: string | null;
  documentNo: string | null;
  request: RegistryRequest | null;
};

/** Writes a granted result into a registry in `tx`; returns where it was recorded. */
export type ResultWriter = (tx: Tx, actor: Actor, input: ResultInput) => Promise<ResultRef>;

export { REGISTRY_KIND_OF };

/** The registry's refusal as the decision's: 422 with the dossier's code, so the leader reads why. */
export const refusedResult = (e: AppError, code: string, registryVi: string, registryEn: string) =>
  new AppError(
    e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND' ? 'UNPROCESSABLE' : e.code,
    `${registryVi} không ghi được kết quả của hồ sơ ${code}, nên chưa thể quyết định: ${e.message}`,
    `${registryEn} refused the result of dossier ${code}, so it cannot be decided: ${e.messageEn}`,
    e.fields,
  );

const refused = (e: AppError, code: string) => refusedResult(e, code, 'Sổ đăng ký đầu tư', 'The investment registry');

export function investmentResultWriter(investmentOn: (tx: Tx) => InvestmentService): ResultWriter {
  return async (tx, actor, input) => {
    const kind = REGISTRY_KIND_OF[input.procedureCode];
    const request = input.request;
    if (!kind || kind.startsWith('eco_')) return {};
    if (!request || request.kind !== kind) {
      throw new AppError(
        'UNPROCESSABLE',
        `Hồ sơ ${input.dossierCode} thiếu thông tin để ghi Giấy chứng nhận đăng ký đầu tư vào sổ đăng ký.`,
        `Dossier ${input.dossierCode} lacks the details needed to record the investment registration certificate.`,
      );
    }
    const investment = investmentOn(tx);
    const cert = { certificateNo: input.certificateNo, documentNo: input.documentNo };
    const source = { source: { kind: 'dossier' as const, id: input.dossierId, code: input.dossierCode } };
    try {
      if (request.kind === 'issue') {
        const p = request.project;
        const project = await investment.createProject(
          actor,
          {
            ...p,
            certificate: { ...p.certificate, date: input.day, ...cert },
          },
          source,
        );
        return {
          kind: 'certificate',
          event: 'issued',
          projectId: project.id,
          projectCode: project.projectCode,
          seq: 1,
        };
      }
      if (request.kind !== 'adjust' && request.kind !== 'reissue') return {};
      const body =
        request.kind === 'adjust'
          ? { ...request.change, kind: 'adjusted' as const, date: input.day, ...cert }
          : { kind: 'reissued' as const, date: input.day, ...cert };
      const project = await investment.recordCertificateEvent(actor, request.projectId, body, source);
      const seq = Math.max(...project.events.map((e) => e.seq));
      return { kind: 'certificate', event: body.kind, projectId: project.id, projectCode: project.projectCode, seq };
    } catch (e) {
      if (e instanceof AppError) throw refused(e, input.dossierCode);
      throw e;
    }
  };
}
