/**
 * One-stop KPIs for a period, per procedure, unit, officer or channel: the counters national
 * reports keep (TD `QuyetDinh766ChiTieuTienDoWhereBuilder`, OpenCPS `DossierStatistic`) — received
 * in the period and carried over (by channel), finished early / on time / late, still open within
 * time or late (paused apart), returned, withdrawn, stopped — the on-time rate, the average
 * processing time against the legal limit, and the Decision 766 indicators the records allow.
 * Timeliness is at date granularity, as those reports count it. Pure.
 */
import { addDays, localDateOf, localInstant } from '../../../kernel/calendar';
import type {
  Kpi766Indicator,
  KpiChannel,
  KpiCounters,
  KpiDossier,
  KpiFigures,
  KpiGroupBy,
  KpiResult,
  KpiRow,
} from './types';

export const CHANNEL_NAMES: Record<KpiChannel, string> = {
  online: 'Trực tuyến',
  in_person: 'Trực tiếp',
  post: 'Qua bưu chính',
};
export const UNASSIGNED = 'Chưa phân công';

const emptyCounters = (): KpiCounters => ({
  receivedInPeriod: 0,
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPost: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  inProgressOnTime: 0,
  inProgressLate: 0,
  pausedOnTime: 0,
  pausedLate: 0,
  returned: 0,
  withdrawn: 0,
  stopped: 0,
  extended: 0,
  supplemented: 0,
});

/** The due date-time in force just before `before` (the receipt's when nothing came earlier). */
export function dueAsOf(d: KpiDossier, before: number): Date | null {
  let due: Date | null = d.dueHistory[0]?.dueAt ?? null;
  for (const h of d.dueHistory) if (h.from.getTime() < before) due = h.dueAt;
  return due;
}

function pausedAt(d: KpiDossier, before: number): boolean {
  return d.pauses.some((p) => p.from.getTime() < before && (p.to === null || p.to.getTime() >= before));
}

type Tally = { counters: KpiCounters; days: number[]; limits: number[] };

/** Adds one dossier to a tally for the period [start, end) whose last day is `lastDay`. */
function count(t: Tally, d: KpiDossier, start: number, end: number, lastDay: string): void {
  const received = d.receivedAt.getTime();
  const endedAt = d.end?.at.getTime() ?? null;
  const c = t.counters;
  const inPeriod = received >= start && received < end;
  const carried = received < start && (endedAt === null || endedAt >= start);
  if (!inPeriod && !carried) return;
  if (inPeriod) {
    c.receivedInPeriod++;
    if (d.channel === 'online') c.receivedOnline++;
    else if (d.channel === 'post') c.receivedPost++;
    else c.receivedInPerson++;
  } else c.carriedOver++;
  if (d.extended) c.extended++;
  if (d.supplemented) c.supplemented++;

  if (d.end && endedAt !== null && endedAt < end) {
    switch (d.end.outcome) {
      case 'finished':
        if (d.end.timeliness === 'early') c.finishedEarly++;
        else if (d.end.timeliness === 'late') c.finishedLate++;
        else c.finishedOnTime++;
        if (d.processingDays !== null && d.limitDays !== null) {
          t.days.push(d.processingDays);
          t.limits.push(d.limitDays);
        }
        return;
      case 'returned':
        c.returned++;
        return;
      case 'withdrawn':
        c.withdrawn++;
        return;
      case 'stopped':
        c.stopped++;
        return;
    }
  }
  // Open at the period's end: within time while the due date is not before its last day.
  const due = dueAsOf(d, end);
  const late = due !== null && localDateOf(due) < lastDay;
  if (pausedAt(d, end)) {
    if (late) c.pausedLate++;
    else c.pausedOnTime++;
  } else if (late) c.inProgressLate++;
  else c.inProgressOnTime++;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function figures(t: Tally): KpiFigures {
  const c = t.counters;
  const finished = c.finishedEarly + c.finishedOnTime + c.finishedLate;
  return {
    ...c,
    handled: c.receivedInPeriod + c.carriedOver,
    finished,
    onTimeRate: finished ? (c.finishedEarly + c.finishedOnTime) / finished : null,
    averageProcessingDays: mean(t.days),
    averageLimitDays: mean(t.limits),
  };
}

function groupOf(d: KpiDossier, by: KpiGroupBy): { key: string; name: string } {
  switch (by) {
    case 'procedure':
      return { key: d.procedure.id, name: d.procedure.name };
    case 'unit':
      return { key: d.unit.id, name: d.unit.name };
    case 'officer':
      return d.officer ? { key: d.officer.id, name: d.officer.name } : { key: '', name: UNASSIGNED };
    case 'channel':
      return { key: d.channel, name: CHANNEL_NAMES[d.channel] };
  }
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The Decision 766 groups: measured where the one-stop records allow, the others named as not measured. */
export function indicators766(total: KpiFigures): Kpi766Indicator[] {
  const onlineRate = total.receivedInPeriod ? total.receivedOnline / total.receivedInPeriod : null;
  const scored = (key: Kpi766Indicator['key'], maxPoints: number, rate: number | null): Kpi766Indicator => ({
    key,
    maxPoints,
    rate: rate === null ? null : round(rate),
    points: rate === null ? null : round(rate * maxPoints, 2),
  });
  return [
    scored('progress', 20, total.onTimeRate),
    scored('online', 12, onlineRate),
    scored('publicity', 18, null),
    scored('digitisation', 22, null),
    scored('payment', 10, null),
    scored('satisfaction', 18, null),
  ];
}

/** The KPIs of the days `from`–`to` (local dates, both included), grouped as asked. */
export function computeKpis(dossiers: readonly KpiDossier[], from: string, to: string, groupBy: KpiGroupBy): KpiResult {
  const start = localInstant(from).getTime();
  const end = localInstant(addDays(to, 1)).getTime();
  const total: Tally = { counters: emptyCounters(), days: [], limits: [] };
  const groups = new Map<string, { name: string; tally: Tally }>();
  for (const d of dossiers) {
    const g = groupOf(d, groupBy);
    let entry = groups.get(g.key);
    if (!entry) {
      entry = { name: g.name, tally: { counters: emptyCounters(), days: [], limits: [] } };
      groups.set(g.key, entry);
    }
    count(entry.tally, d, start, end, to);
    count(total, d, start, end, to);
  }
  const rows: KpiRow[] = [...groups.entries()]
    .map(([key, g]) => ({ key, name: g.name, ...figures(g.tally) }))
    .filter((r) => r.handled > 0)
    .sort((a, b) => b.handled - a.handled || a.name.localeCompare(b.name, 'vi'));
  const totalFigures = figures(total);
  return { from, to, groupBy, rows, total: totalFigures, indicators766: indicators766(totalFigures) };
}

/** Months (YYYY-MM) from `from` to `to`, for the trend of the on-time rate. */
export function monthsBetween(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let cursor = `${from.slice(0, 7)}-01`;
  while (cursor <= to) {
    const [y, m] = cursor.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const last = addDays(next, -1);
    out.push({ month: cursor.slice(0, 7), from: cursor < from ? from : cursor, to: last > to ? to : last });
    cursor = next;
  }
  return out;
}
