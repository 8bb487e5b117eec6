/**
 * What every reporting use case shares: dependencies, the scope target of a report, loading a
 * report with its project for a view, the reporting window of a period and the actor's label.
 * The module writes only its own tables; it reads project, enterprise and place names in SQL for
 * its lists (read-only, like the statistics read model) and asks the investment service for
 * scope conditions and for every write to realised capital.
 */
import { eq } from 'drizzle-orm';
import { AppError, type FieldErrors, notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { type Period, parsePeriod, periodLabel } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { ROLE_LABELS } from '../../../platform/auth/contract';
import type { Target } from '../../../platform/auth/policy';
import type { Db, DbOrTx } from '../../../platform/db/client';
import type { GeoService } from '../../geo/service';
import type { InvestmentService } from '../../investment/service';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import type { ReferenceService } from '../../reference/service';
import type { ZonesService } from '../../zones/service';
import type { PeriodView, ReportTypeId } from '../contract';
import {
  PERIOD_STATE_LABELS,
  type PeriodState,
  periodStateOn,
  type ReportingWindow,
  reportingWindow,
} from '../period-state';
import { type ReportTypeVersion, typeVersionById, typeVersionFor } from '../report-types';
import { reports } from '../schema';

export type ReportingDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  investment: InvestmentService;
  zones: Pick<ZonesService, 'allPlaces'>;
  /** Country names, for the investment service an import builds on its transaction. */
  reference: Pick<ReferenceService, 'listCountries'>;
};

export type Ctx = ReportingDeps & { projects: InvestmentService['reporting'] };

export type ReportRow = typeof reports.$inferSelect;

export const todayOf = (ctx: Pick<Ctx, 'clock'>) => todayInVietnam(ctx.clock());

/**
 * A report's scope: the province of the project's place and the project's own enterprise only
 * (a park's developer does not see its tenants' business figures).
 */
export const reportTarget = (p: Pick<ReportableProject, 'provinceCode' | 'enterpriseId'>): Target => ({
  kind: 'record',
  provinceCode: p.provinceCode,
  enterpriseIds: p.enterpriseId ? [p.enterpriseId] : [],
});

/** "Full name – role", as the lifecycle log shows an actor (C.3). */
export function actorName(actor: Actor): { name: string; role: string } {
  if (actor.kind === 'user') return { name: actor.displayName, role: ROLE_LABELS[actor.role].vi };
  if (actor.kind === 'system') return { name: actor.label, role: 'Hệ thống' };
  return { name: 'Ẩn danh', role: '' };
}

export const field = (key: string, vi: string, en: string): FieldErrors => ({ [key]: { message: vi, messageEn: en } });

export function validationFailed(
  fields: FieldErrors,
  code: 'VALIDATION_FAILED' | 'UNPROCESSABLE' = 'VALIDATION_FAILED',
) {
  const first = Object.values(fields)[0]!;
  return new AppError(code, `Dữ liệu không hợp lệ: ${first.message}`, `Invalid input: ${first.messageEn}`, fields);
}

export function periodOfType(typeId: ReportTypeId, code: string): Period {
  const p = parsePeriod(code);
  const want = typeId === 'quarterly_implementation' ? 'quarter' : 'year';
  if (p.kind !== want) {
    const vi = want === 'quarter' ? 'Báo cáo quý cần kỳ dạng 2026-Q1.' : 'Báo cáo năm cần kỳ dạng 2025.';
    const en =
      want === 'quarter'
        ? 'A quarterly report needs a period like 2026-Q1.'
        : 'An annual report needs a period like 2025.';
    throw new AppError('VALIDATION_FAILED', vi, en, field('body.period', vi, en));
  }
  return p;
}

export function versionFor(typeId: ReportTypeId, period: Period, end: string): ReportTypeVersion {
  const v = typeVersionFor(typeId, end);
  if (!v) {
    const code = parsePeriod(String(period.year)).year;
    throw new AppError(
      'UNPROCESSABLE',
      `Không có mẫu báo cáo áp dụng cho kỳ này (${code}).`,
      `No report form applies to this period (${code}).`,
    );
  }
  return v;
}

export function versionOf(row: Pick<ReportRow, 'typeVersion'>): ReportTypeVersion {
  const v = typeVersionById(row.typeVersion);
  if (!v) throw new Error(`unknown report type version ${row.typeVersion}`);
  return v;
}

export function windowOf(typeId: ReportTypeId, period: Period): ReportingWindow {
  return reportingWindow(typeId, period);
}

export function periodView(typeId: ReportTypeId, period: Period, today: string): PeriodView {
  const w = windowOf(typeId, period);
  const state: PeriodState = periodStateOn(w, today);
  return {
    period: w.period,
    label: { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') },
    opensOn: w.opensOn,
    deadline: w.deadline,
    state,
    stateLabel: PERIOD_STATE_LABELS[state],
    legalBasis: w.schedule.legalBasis,
  };
}

export async function loadRow(tx: DbOrTx, id: string, lock = false): Promise<ReportRow> {
  const q = tx.select().from(reports).where(eq(reports.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('báo cáo', 'Report');
  return row;
}

export function assertFresh(row: ReportRow, given: string) {
  if (row.updatedAt.getTime() !== Date.parse(given)) {
    const vi = 'Báo cáo đã được người khác sửa hoặc chuyển trạng thái. Hãy tải lại.';
    const en = 'Someone else has changed this report. Reload and try again.';
    throw new AppError('CONFLICT', vi, en, field('body.updatedAt', vi, en));
  }
}

/** Every write moves updatedAt forward, even within the same millisecond. */
export function nextUpdatedAt(clock: () => Date, previous: Date): Date {
  const now = clock();
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}
