/**
 * A park's lifecycle as dated events, read "as of" any date. The law has no status field: the
 * forms read a park's state at the end of the period (Biểu 2107, 2112 pre-filter by it), so the
 * history is the record and the status is derived (domain brief §1.3).
 */
import { compare, type Decimal, formatDecimal } from '../../kernel/decimal';
import {
  type CommonIssueCode,
  checkDateOrder,
  checkDecision,
  checkQuantity,
  type Decision,
  inForce,
  issue,
  type ZoneIssue,
} from './checks';
import {
  ESTABLISHMENT_ACT_LABELS,
  type EstablishmentAct,
  PARK_EVENT_LABELS,
  PARK_INITIAL_EVENTS,
  PARK_RULES,
  PARK_STATUS_LABELS,
  PARK_TRANSITIONS,
  type ParkEventKind,
  type ParkRules,
  type ParkStatus,
} from './park-rules';

interface EventBase {
  /** ISO date the fact took effect. Events are kept in date order; same-day events in list order. */
  date: string;
  note?: string;
}

export type ParkEvent =
  /** In a provincial master plan; `approved` once the plan (or its adjustment) is approved. */
  | (EventBase & { kind: 'planned'; approved: boolean; decision?: Decision })
  /** `area` is the established area (ha) of Biểu 2102 section I. */
  | (EventBase & { kind: 'established'; act: EstablishmentAct; decision: Decision; area: string })
  | (EventBase & { kind: 'construction_started' | 'operating'; decision?: Decision })
  | (EventBase & {
      kind: 'area_increased' | 'area_decreased';
      decision: Decision;
      areaBefore: string;
      areaAfter: string;
    })
  /** Whole area revoked (2102 section IV), or a planned park taken out of the plan. */
  | (EventBase & { kind: 'revoked'; decision: Decision })
  /** `termYears`: the park's operating term, for the "half of the term" condition. */
  | (EventBase & { kind: 'converted_to_urban_service'; decision: Decision; termYears?: number });

export interface ParkHistory {
  id: string;
  events: readonly ParkEvent[];
}

const TERMINAL: readonly ParkStatus[] = ['revoked', 'converted'];

/** The status an event leads to; area changes keep the status. */
export function statusAfter(event: ParkEvent, current: ParkStatus | null): ParkStatus {
  switch (event.kind) {
    case 'planned':
      // A park listed again in a draft plan stays in the approved plan until that one is replaced.
      return event.approved || current === 'planned' ? 'planned' : 'planned_unapproved';
    case 'established':
      return 'established';
    case 'construction_started':
      return 'under_construction';
    case 'operating':
      return 'operating';
    case 'area_increased':
    case 'area_decreased':
      return current ?? 'established';
    case 'revoked':
      return 'revoked';
    case 'converted_to_urban_service':
      return 'converted';
  }
}

export interface ParkStatusAsOf {
  status: ParkStatus;
  /** The date the park entered the status. */
  since: string;
  /** The decision of the event that brought the park into the status, if it had one. */
  decision: Decision | null;
  eventIndex: number;
}

function fold(events: readonly ParkEvent[], upTo: string | null): ParkStatusAsOf | null {
  let state: ParkStatusAsOf | null = null;
  for (const [i, e] of events.entries()) {
    if (upTo !== null && e.date > upTo) continue;
    const next = statusAfter(e, state?.status ?? null);
    if (state === null || next !== state.status) {
      state = { status: next, since: e.date, decision: e.decision ?? null, eventIndex: i };
    }
  }
  return state;
}

/**
 * The status on `date` (inclusive), or null when the park had no event yet. On a history that
 * fails validation this is the plain fold of the events dated up to `date`.
 */
export const parkStatusAsOf = (events: readonly ParkEvent[], date: string): ParkStatusAsOf | null => fold(events, date);

/** The status after every event. */
export const foldParkEvents = (events: readonly ParkEvent[]): ParkStatusAsOf | null => fold(events, null);

/** The events that may be recorded next (on `date`, or after the whole history). */
export function availableActions(events: readonly ParkEvent[], date?: string): readonly ParkEventKind[] {
  const state = date === undefined ? foldParkEvents(events) : parkStatusAsOf(events, date);
  return state ? PARK_TRANSITIONS[state.status] : PARK_INITIAL_EVENTS;
}

/** The established area (ha) on `date` from the lifecycle; 0 once revoked or converted. */
export function establishedAreaAsOf(events: readonly ParkEvent[], date: string): string | null {
  let area: string | null = null;
  for (const e of events) {
    if (e.date > date) continue;
    if (e.kind === 'established') area = e.area;
    else if (e.kind === 'area_increased' || e.kind === 'area_decreased') area = e.areaAfter;
    else if (e.kind === 'revoked' || e.kind === 'converted_to_urban_service') area = area === null ? null : '0';
  }
  return area;
}

export type ParkEventIssueCode =
  | CommonIssueCode
  | 'transition_not_allowed'
  | 'after_terminal'
  | 'establishment_act_not_recognised'
  | 'area_before_mismatch'
  | 'area_direction'
  | 'conversion_too_early';

const HA = (d: Decimal) => `${formatDecimal(d)} ha`;

/** ISO date `months` later, the day clamped to the month's end (2008-02-29 + 15 years = 2023-02-28). */
function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every problem in a park's history: order of states and dates, decisions, running area, rules. */
export function validateParkEvents(
  events: readonly ParkEvent[],
  rules: ParkRules = PARK_RULES,
): ZoneIssue<ParkEventIssueCode>[] {
  const issues: ZoneIssue<ParkEventIssueCode>[] = [];
  let previousDate: string | null = null;
  let status: ParkStatus | null = null;
  let running: Decimal | null = null;
  let establishedOn: string | null = null;

  for (const [i, e] of events.entries()) {
    const dateOk = checkDateOrder(issues, i, e.date, previousDate);
    if (dateOk && (previousDate === null || e.date > previousDate)) previousDate = e.date;
    const label = PARK_EVENT_LABELS[e.kind];

    if (status !== null && TERMINAL.includes(status)) {
      const s = PARK_STATUS_LABELS[status];
      issues.push(
        issue(
          i,
          'after_terminal',
          `Không thể ghi "${label.vi}": KCN đã ở trạng thái cuối "${s.vi}".`,
          `"${label.en}" cannot be recorded: the park is already "${s.en}", a final status.`,
          'kind',
        ),
      );
      continue;
    }
    const allowed: readonly ParkEventKind[] = status === null ? PARK_INITIAL_EVENTS : PARK_TRANSITIONS[status];
    if (!allowed.includes(e.kind)) {
      const s = status === null ? null : PARK_STATUS_LABELS[status];
      issues.push(
        issue(
          i,
          'transition_not_allowed',
          s
            ? `Không thể ghi "${label.vi}" khi KCN đang ở trạng thái "${s.vi}".`
            : `Lịch sử KCN phải bắt đầu bằng "Đưa vào quy hoạch" hoặc "Thành lập", không phải "${label.vi}".`,
          s
            ? `"${label.en}" cannot follow the status "${s.en}".`
            : `A park's history must start with "Included in the plan" or "Established", not "${label.en}".`,
          'kind',
        ),
      );
    }

    const decisionRequired =
      e.kind === 'planned' ? e.approved : e.kind !== 'construction_started' && e.kind !== 'operating';
    if (decisionRequired || e.decision) checkDecision(issues, i, e.decision, e.date);

    if (e.kind === 'established') {
      establishedOn = dateOk ? e.date : establishedOn;
      running = checkQuantity(
        issues,
        i,
        'area',
        e.area,
        { vi: 'Diện tích thành lập', en: 'Established area' },
        { positive: true },
      );
      const rule = dateOk ? rules.establishment.find((r) => inForce(r, e.date)) : undefined;
      if (rule && !rule.acts.includes(e.act)) {
        const act = ESTABLISHMENT_ACT_LABELS[e.act];
        issues.push(
          issue(
            i,
            'establishment_act_not_recognised',
            `"${act.vi}" không phải là căn cứ thành lập KCN vào ngày ${e.date} (${rule.legalBasis}).`,
            `"${act.en}" does not establish a park on ${e.date} (${rule.legalBasis}).`,
            'act',
          ),
        );
      }
    } else if (e.kind === 'area_increased' || e.kind === 'area_decreased') {
      running = checkAreaChange(issues, i, e, running);
    } else if (e.kind === 'converted_to_urban_service' && dateOk && establishedOn !== null) {
      checkConversionAge(issues, i, e, establishedOn, rules);
    }
    status = statusAfter(e, status);
  }
  return issues;
}

type AreaChange = Extract<ParkEvent, { kind: 'area_increased' | 'area_decreased' }>;

/** The "before" of a change must be the running area, and the change must go the stated way. */
function checkAreaChange(
  issues: ZoneIssue<ParkEventIssueCode>[],
  i: number,
  e: AreaChange,
  running: Decimal | null,
): Decimal | null {
  const before = checkQuantity(
    issues,
    i,
    'areaBefore',
    e.areaBefore,
    { vi: 'Diện tích trước', en: 'Area before' },
    { positive: true },
  );
  // A decrease to zero is a revocation of the whole area (Biểu 2102 section IV), not a decrease.
  const after = checkQuantity(
    issues,
    i,
    'areaAfter',
    e.areaAfter,
    { vi: 'Diện tích sau', en: 'Area after' },
    { positive: true },
  );
  if (before !== null && running !== null && compare(before, running) !== 0) {
    issues.push(
      issue(
        i,
        'area_before_mismatch',
        `Diện tích trước điều chỉnh (${HA(before)}) khác diện tích hiện có của KCN (${HA(running)}).`,
        `The area before the change (${HA(before)}) differs from the park's current area (${HA(running)}).`,
        'areaBefore',
      ),
    );
  }
  if (before !== null && after !== null) {
    const increase = e.kind === 'area_increased';
    if (compare(after, before) !== (increase ? 1 : -1)) {
      issues.push(
        issue(
          i,
          'area_direction',
          `Điều chỉnh ${increase ? 'tăng' : 'giảm'} diện tích nhưng diện tích sau (${HA(after)}) ${increase ? 'không lớn hơn' : 'không nhỏ hơn'} diện tích trước (${HA(before)}).`,
          `An area ${increase ? 'increase' : 'decrease'} whose area after (${HA(after)}) is not ${increase ? 'greater' : 'smaller'} than the area before (${HA(before)}).`,
          'areaAfter',
        ),
      );
    }
  }
  return after ?? running;
}

/** The conversion date is after the appraisal, so a conversion too early on its date was too early then. */
function checkConversionAge(
  issues: ZoneIssue<ParkEventIssueCode>[],
  i: number,
  e: Extract<ParkEvent, { kind: 'converted_to_urban_service' }>,
  establishedOn: string,
  rules: ParkRules,
) {
  const rule = rules.conversion.find((r) => inForce(r, e.date));
  if (!rule) return;
  let months = rule.minYearsSinceEstablished * 12;
  if (rule.orHalfOfTerm && e.termYears !== undefined && e.termYears > 0) {
    months = Math.min(months, Math.round(e.termYears * 6));
  }
  const due = addMonthsIso(establishedOn, months);
  if (e.date < due) {
    issues.push(
      issue(
        i,
        'conversion_too_early',
        `KCN thành lập ngày ${establishedOn} chỉ được chuyển đổi từ ${due} (${rule.legalBasis}).`,
        `A park established on ${establishedOn} may be converted from ${due} only (${rule.legalBasis}).`,
        'date',
      ),
    );
  }
}
