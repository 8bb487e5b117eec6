/**
 * Public tracking of a dossier by its exact code, as the receipt slip's QR code opens it. Only an
 * exact code answers (no search, no prefix), so the endpoint cannot be used to list dossiers; the
 * answer carries the procedure, status and dates only — nothing about the applicant, documents
 * or officers.
 */
import { localDateOf } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import type { Db } from '../../../platform/db/client';
import { timelinessByDate } from '../clock';
import { DOSSIER_STATE_LABELS, type DossierState, portalStatusOf } from '../dossiers/states';
import { agencyOf, type ProvinceNames } from './agency';
import type { PublicDossier } from './contract';
import { findDossierByCode, versionsById } from './dossier-reads';

const notTracked = (code: string) =>
  new AppError(
    'NOT_FOUND',
    `Không tìm thấy hồ sơ có mã ${code}. Hãy kiểm tra lại mã trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (phân biệt đủ các chữ số).`,
    `No dossier has the code ${code}. Check the code on the receipt and appointment slip (every digit counts).`,
  );

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function createTrackingService(deps: { db: Db; clock: () => Date; geo: ProvinceNames }) {
  const { db, clock, geo } = deps;
  return {
    async track(code: string): Promise<PublicDossier> {
      const row = await findDossierByCode(db, code.trim().toUpperCase());
      if (!row) throw notTracked(code);
      const version = (await versionsById(db, [row.procedureVersionId])).get(row.procedureVersionId);
      if (!version) throw notTracked(code);
      const state = row.state as DossierState;
      const portal = portalStatusOf(state);
      let timeliness: PublicDossier['timeliness'] = null;
      if (row.result === 'granted' && row.finishedAt && row.dueAt) {
        timeliness = (row.timeliness as PublicDossier['timeliness']) ?? timelinessByDate(row.finishedAt, row.dueAt);
      } else if (row.receivedAt && row.dueAt && !row.finishedAt && state !== 'supplement_in_process') {
        timeliness = localDateOf(clock()) > localDateOf(row.dueAt) ? 'late' : 'on_time';
      }
      return {
        code: row.code,
        procedure: {
          code: version.procedureCode,
          nationalCode: version.nationalCode,
          name: version.definition.nameVi,
          nameEn: version.definition.nameEn,
        },
        agency: (await agencyOf(geo, row.provinceCode)).name,
        channel: row.channel as PublicDossier['channel'],
        status: {
          state,
          vi: DOSSIER_STATE_LABELS[state]?.vi ?? portal.vi,
          en: DOSSIER_STATE_LABELS[state]?.en ?? portal.en,
          portalCode: portal.code,
          portalVi: portal.vi,
        },
        submittedAt: iso(row.submittedAt),
        receivedAt: iso(row.receivedAt),
        dueAt: iso(row.dueAt),
        originalDueAt: iso(row.originalDueAt),
        extended: row.extensions > 0,
        paused: row.pausedAt !== null,
        finishedAt: iso(row.finishedAt),
        returnedAt: iso(row.returnedAt),
        timeliness,
      };
    },
  };
}
export type TrackingService = ReturnType<typeof createTrackingService>;
