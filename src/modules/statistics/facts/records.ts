/** The registry and report facts as the records a cell's drill lists (see cells.ts). */
import type { Contribution } from './cells';
import type { PeriodEvent, ValidProject } from './registry';
import type { ReportFact } from './reports';
import type { ProjectPlace } from './sql';

export const placeName = (p: ProjectPlace) => p.parkName ?? p.kktName ?? null;

const EVENT_LABELS: Record<PeriodEvent['kind'], string> = {
  issued: 'Cấp mới',
  adjusted: 'Điều chỉnh',
  reissued: 'Cấp lại',
  revoked: 'Thu hồi',
  terminated: 'Chấm dứt hoạt động',
};

export const ofProject = (p: ValidProject, amount?: string | null): Contribution => ({
  id: p.projectId,
  projectId: p.projectId,
  values: () => ({ projectCode: p.projectCode, name: p.name, place: placeName(p), origin: p.origin }),
  ...(amount !== undefined ? { amount } : {}),
});

export const ofEvent = (e: PeriodEvent, amount?: string | null): Contribution => ({
  id: e.eventId,
  projectId: e.projectId,
  values: () => ({
    projectId: e.projectId,
    projectCode: e.projectCode,
    name: e.name,
    place: placeName(e),
    event: EVENT_LABELS[e.kind],
    date: e.date,
    documentNo: e.documentNo ?? e.certificateNo,
  }),
  ...(amount !== undefined ? { amount } : {}),
});

/** Report code `EZ_<form code without dots>_<number>` (national-forms.md C.5). */
export const reportCode = (r: Pick<ReportFact, 'formCode' | 'number'>) =>
  `EZ_${r.formCode.replaceAll('.', '')}_${r.number}`;

export const ofReport = (r: ReportFact, amount?: string | null): Contribution => ({
  id: r.reportId,
  projectId: r.projectId,
  values: () => ({
    projectId: r.projectId,
    reportCode: reportCode(r),
    projectCode: r.projectCode,
    name: r.name,
    period: r.period,
  }),
  ...(amount !== undefined ? { amount } : {}),
});

/** An amount of an FDI project in USD, of a DDI project in VND (the forms' currencies). */
export const capitalOf = (x: { origin: 'FDI' | 'DDI'; usd: string | null; vnd: string | null }) =>
  x.origin === 'FDI' ? x.usd : x.vnd;

/** Records grouped by a key once, so a form's rows pick their own in O(1) instead of filtering every record. */
export function groupedBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
