/**
 * The forms a dossier has produced, as PDF, and the desk's tracking book as a workbook. A form
 * exists once the transition that issues it happened (01 at receipt, 02 with a supplement
 * request, 03 with a refusal, 04 with the extension, 05 with a stop or withdrawal, 06 from
 * receipt on); asking for one that has not been issued is a 409. Read in the dossier's scope:
 * the Board of its province and the applicant enterprise.
 */
import { and, eq } from 'drizzle-orm';
import { addDays, localInstant } from '../../../kernel/calendar';
import { conflict, forbidden } from '../../../kernel/errors';
import { formatDate } from '../../../kernel/format';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import type { ClockEvent, ClockReading } from '../clock';
import { clockEventsOf } from '../dossiers/clock-events';
import type { DossierEventView } from '../dossiers/lifecycle';
import { dossierDocuments } from '../dossiers/schema';
import { BOARD_UNIT_LABELS, type BoardUnit, DOSSIER_STATE_LABELS, type DossierState } from '../dossiers/states';
import { limitOf } from '../kpi/from-records';
import { agencyOf, type ProvinceNames } from '../tracking/agency';
import {
  type DossierEventRecord,
  type DossierRecord,
  dossiersReceivedIn,
  eventsOf,
  getDossier,
  userNames,
  versionsById,
} from '../tracking/dossier-reads';
import type { FormNo } from './forms';
import {
  controlSlipPdf,
  extensionApologyPdf,
  receiptSlipPdf,
  refusalPdf,
  stopNoticePdf,
  supplementRequestPdf,
} from './forms';
import { handoversOf } from './handovers';
import { limitText } from './limit-text';
import { type TrackingBookRow, trackingBookXlsx } from './tracking-book';
import type { DossierFormBase } from './view-models';

type ReadClock = (input: {
  limit: NonNullable<ReturnType<typeof limitOf>>;
  events: readonly ClockEvent[];
  now: Date;
  rules?: { receiptCutoff: string | null };
}) => Promise<ClockReading>;

const notIssued = (vi: string, en: string) =>
  conflict(`Hồ sơ chưa có ${vi}: mẫu này chỉ được lập khi ${vi} phát sinh.`, `The dossier has no ${en} yet.`);

const lastOf = (events: readonly DossierEventRecord[], ...types: string[]) =>
  [...events].reverse().find((e) => types.includes(e.type)) ?? null;

/** Lines of a supplement list: "Giấy tờ: lý do" per line or ";", as the officer typed it. */
export function supplementItems(reason: string | null): { document: string; reason: string }[] {
  return (reason ?? '')
    .split(/\n|;/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      return i > 0 ? { document: s.slice(0, i).trim(), reason: s.slice(i + 1).trim() } : { document: s, reason: '' };
    });
}

export function createDocumentsService(deps: { db: Db; clock: () => Date; geo: ProvinceNames; readClock: ReadClock }) {
  const { db, clock, geo } = deps;

  const scopeOf = (row: DossierRecord) => ({
    kind: 'record' as const,
    provinceCode: row.provinceCode,
    enterpriseIds: row.applicantEnterpriseId ? [row.applicantEnterpriseId] : [],
  });

  async function clockOf(row: DossierRecord, events: readonly DossierEventRecord[], limit: ReturnType<typeof limitOf>) {
    if (!limit || !row.receivedAt) return null;
    const views = events as unknown as DossierEventView[];
    return deps.readClock({
      limit,
      events: clockEventsOf(views, row.resumeMode as 'restart' | 'shift'),
      now: clock(),
      rules: row.channel === 'online' ? { receiptCutoff: null } : undefined,
    });
  }

  return {
    async formPdf(actor: Actor, id: string, form: FormNo, origin: string): Promise<{ pdf: Buffer; fileName: string }> {
      authorize(actor, 'dossier_form:read');
      const row = await getDossier(db, id);
      authorize(actor, 'dossier_form:read', scopeOf(row));
      const events = await eventsOf(db, row.id);
      const version = (await versionsById(db, [row.procedureVersionId])).get(row.procedureVersionId)!.definition;
      const officers = await userNames(db, [
        row.officerId,
        ...events.map((e) => (e.payload as { officerId?: string }).officerId ?? null),
      ]);
      const base = (at: Date, signer: string): DossierFormBase => ({
        agency: agencyOfRow,
        dossierCode: row.code,
        procedureCode: row.procedureCode,
        procedureName: version.nameVi,
        applicant: {
          name: row.applicantName,
          address: row.applicantAddress,
          phone: row.applicantPhone,
          email: row.applicantEmail,
        },
        issuedAt: at,
        officerName: signer,
      });
      const agencyOfRow = await agencyOf(geo, row.provinceCode);
      const receipt = lastOf(events, 'receive');
      const limit = limitOf(row, version);
      const fileName = `Mau-${form}_${row.code}.pdf`;
      const done = (pdf: Buffer) => ({ pdf, fileName });

      switch (form) {
        case '01': {
          if (!receipt || !row.receivedAt || !row.originalDueAt) throw notIssued('giấy tiếp nhận', 'receipt slip');
          const docs = await db
            .select({ title: dossierDocuments.title, format: dossierDocuments.format })
            .from(dossierDocuments)
            .where(and(eq(dossierDocuments.dossierId, row.id), eq(dossierDocuments.kind, 'application')));
          const documents = docs.length
            ? docs.map((d) => ({ name: d.title, copies: 1, form: `Bản điện tử (${d.format.toUpperCase()})` }))
            : version.documents.map((d) => ({
                name: d.nameVi,
                copies: d.copies,
                form: d.required ? 'Bản giấy' : 'Bản giấy (nếu có)',
              }));
          return done(
            await receiptSlipPdf({
              ...base(receipt.at, receipt.actorName),
              receivedAt: row.receivedAt,
              dueAt: row.originalDueAt,
              limitText: limit ? limitText(limit) : '—',
              documents,
              setsCount: 1,
              returnPlace:
                row.channel === 'online'
                  ? 'Trực tuyến, trên Hệ thống thông tin IZA'
                  : `Bộ phận Một cửa, ${agencyOfRow.name}`,
              trackingUrl: `${origin}/tra-cuu-ho-so/${encodeURIComponent(row.code)}`,
            }),
          );
        }
        case '02': {
          const e = lastOf(events, 'request_supplement', 'request_supplement_at_receipt');
          if (!e) throw notIssued('yêu cầu bổ sung', 'supplement request');
          return done(
            await supplementRequestPdf({
              ...base(e.at, e.actorName),
              receivedAt: row.receivedAt ?? row.submittedAt ?? e.at,
              items: supplementItems(e.reason),
              duringAppraisal: e.type === 'request_supplement' && row.resumeMode === 'restart',
            }),
          );
        }
        case '03': {
          const e = lastOf(events, 'refuse_at_receipt') ?? (row.result === 'refused' ? lastOf(events, 'decide') : null);
          if (!e) throw notIssued('quyết định từ chối', 'refusal');
          return done(
            await refusalPdf({
              ...base(e.at, e.actorName),
              receivedAt: row.receivedAt ?? row.submittedAt ?? e.at,
              reasons: supplementItems(e.reason ?? row.resultNote).map((i) =>
                i.reason ? `${i.document}: ${i.reason}` : i.document,
              ),
            }),
          );
        }
        case '04': {
          const e = lastOf(events, 'extend');
          if (!e || !row.receivedAt) throw notIssued('văn bản gia hạn', 'extension');
          const p = e.payload as { previousDueAt?: string; newDueAt?: string };
          return done(
            await extensionApologyPdf({
              ...base(e.at, e.actorName),
              receivedAt: row.receivedAt,
              originalDueAt: new Date(p.previousDueAt ?? row.originalDueAt ?? e.at),
              newDueAt: new Date(p.newDueAt ?? row.dueAt ?? e.at),
              reason: e.reason ?? '',
            }),
          );
        }
        case '05': {
          const e = lastOf(events, 'stop', 'withdraw');
          if (!e) throw notIssued('thông báo dừng giải quyết', 'stop notice');
          return done(
            await stopNoticePdf({
              ...base(e.at, e.actorName),
              receivedAt: row.receivedAt ?? row.submittedAt ?? e.at,
              reason: e.reason ?? '',
              requestedByApplicant: e.type === 'withdraw',
            }),
          );
        }
        case '06': {
          if (!receipt || !row.receivedAt || !row.dueAt) throw notIssued('phiếu kiểm soát', 'control slip');
          const reading = await clockOf(row, events, limit);
          const handovers = handoversOf({
            events: events.map((e) => ({ ...e, payload: e.payload as Record<string, unknown> })),
            applicantName: row.applicantName,
            dueAt: row.dueAt,
            steps: version.steps,
            stepReadings: reading?.steps ?? [],
            officerNames: officers,
          });
          const signer = (row.officerId && officers.get(row.officerId)) || receipt.actorName;
          return done(
            await controlSlipPdf({ ...base(clock(), signer), receivedAt: row.receivedAt, dueAt: row.dueAt, handovers }),
          );
        }
      }
    },

    async trackingBook(actor: Actor, q: { from: string; to: string; province?: string }) {
      authorize(actor, 'dossier_book:read');
      const province = q.province ?? (actor.kind === 'user' ? actor.scope.provinceCode : null);
      if (!province) throw forbidden();
      authorize(actor, 'dossier_book:read', { kind: 'province', code: province });
      const { rows, events } = await dossiersReceivedIn(
        db,
        province,
        localInstant(q.from),
        localInstant(addDays(q.to, 1)),
      );
      const versions = await versionsById(
        db,
        rows.map((r) => r.procedureVersionId),
      );
      const bookRows: TrackingBookRow[] = rows.map((r) => {
        const ev = events.get(r.id) ?? [];
        const transfer = ev.find((e) => e.type === 'transfer');
        const decided = lastOf(ev, 'decide');
        const state = r.state as DossierState;
        const notes = [DOSSIER_STATE_LABELS[state]?.vi ?? r.state];
        if (r.timeliness)
          notes.push(r.timeliness === 'late' ? 'trễ hạn' : r.timeliness === 'early' ? 'trước hạn' : 'đúng hạn');
        if (r.extensions > 0) notes.push('đã gia hạn 01 lần');
        if (ev.some((e) => e.type === 'request_supplement')) notes.push('có yêu cầu bổ sung');
        const channel = r.channel === 'online' ? 'nộp trực tuyến' : r.channel === 'post' ? 'qua bưu chính' : null;
        if (channel) notes.push(channel);
        return {
          code: r.code,
          procedureName: versions.get(r.procedureVersionId)?.definition.nameVi ?? r.procedureCode,
          sets: 1,
          applicantName: r.applicantName,
          applicantContact: [r.applicantAddress, r.applicantPhone].filter(Boolean).join('; '),
          unitName: BOARD_UNIT_LABELS[r.unit as BoardUnit]?.vi ?? r.unit,
          receivedAt: r.receivedAt,
          dueAt: r.dueAt,
          transferredAt: transfer?.at ?? null,
          resultReadyAt: decided?.at ?? null,
          returnedAt: r.returnedAt,
          note: notes.join('; '),
        };
      });
      const agency = await agencyOf(geo, province);
      const xlsx = await trackingBookXlsx({
        agencyName: agency.name,
        fromLabel: formatDate(q.from),
        toLabel: formatDate(q.to),
        rows: bookRows,
      });
      return { xlsx, fileName: `So-theo-doi-ho-so_${province}_${q.from}_${q.to}.xlsx`, count: bookRows.length };
    },
  };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
