/**
 * What the national forms need from a set of IRC histories for one period [from, to] (both days
 * inclusive): new certificates, capital increases and decreases, revocations and terminations, and
 * what is valid at either end (Biểu 2101 rows 1–4, 2104/2113/2114 "còn hiệu lực", 2115, 2116). Each
 * split FDI/DDI in the forms' units: FDI in triệu USD, DDI in tỷ đồng (national-forms.md §A).
 *
 * Knows nothing of parks or zones: callers filter the projects first.
 */
import { addDays, isIsoDate } from '../../kernel/calendar/local-time';
import { formatDecimal, parseDecimal, sub, ZERO } from '../../kernel/decimal';
import { AppError, type FieldErrors } from '../../kernel/errors';
import {
  addMoney,
  convert,
  type ExchangeRate,
  FORM_UNITS,
  type FormUnit,
  inFormUnit,
  type Money,
  money,
} from '../../kernel/money';
import { type Period, periodEnd, periodStart } from '../../kernel/period';
import type { CapitalOriginKind } from './capital-origin';
import {
  applyCertificateEvent,
  type CertificateEvent,
  type CertificateState,
  certificateError,
  inCertificateCurrency,
  NOT_ISSUED,
  orderCertificateEvents,
  validateCertificateEvents,
} from './certificate-events';

export type ProjectCertificates = { projectId: string; origin: CapitalOriginKind; events: readonly CertificateEvent[] };

export type FlowLine = {
  projects: number;
  /** Exact total in the form's currency (USD for FDI, VND for DDI). */
  amount: Money;
  /** The same in the form unit, rounded half away from zero to `places`. */
  value: string;
};

export type OriginFlows = {
  unit: FormUnit;
  validAtStart: FlowLine;
  new: FlowLine;
  increased: FlowLine;
  /** Decreases as a positive amount, as "Tổng vốn đầu tư giảm" is shown. */
  decreased: FlowLine;
  ended: FlowLine & { revoked: number; terminated: number };
  validAtEnd: FlowLine;
};

export type PeriodFlows = {
  from: string;
  to: string;
  FDI: OriginFlows;
  DDI: OriginFlows;
  /** Every project whose amounts were converted to the form currency, with the rate used. */
  conversions: Array<{ projectId: string; rate: ExchangeRate }>;
};

export type PeriodFlowOptions = {
  /**
   * State Bank USD/VND rate for certificates recorded in the other currency (an FDI certificate in
   * VND, a DDI one in USD). Without it such a project is an error, never a silent guess.
   */
  rate?: ExchangeRate;
  /** Decimal places of `value`; the forms accept up to 5. */
  places?: number;
  /**
   * gross: a project with both an increase and a decrease in the period is counted in both rows;
   * net: its deltas are added up first and it is counted once, in the row of the sign.
   */
  adjustments?: 'gross' | 'net';
};

export const FORM_UNIT_OF: Record<CapitalOriginKind, FormUnit> = { FDI: 'trieu_usd', DDI: 'ty_dong' };

type Tally = { projects: number; amount: Money };

function invalid(vi: string, en: string, fields?: FieldErrors): AppError {
  return new AppError('VALIDATION_FAILED', vi, en, fields);
}

function checkInput(projects: readonly ProjectCertificates[], from: string, to: string): void {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) {
    throw invalid(
      `Kỳ báo cáo ${from} – ${to} không hợp lệ (cần hai ngày YYYY-MM-DD, ngày đầu không sau ngày cuối).`,
      `Invalid period ${from} – ${to} (two YYYY-MM-DD dates, the first not after the last).`,
    );
  }
  const seen = new Set<string>();
  for (const p of projects) {
    if (seen.has(p.projectId)) {
      throw invalid(`Dự án ${p.projectId} xuất hiện hai lần.`, `Project ${p.projectId} appears twice.`);
    }
    seen.add(p.projectId);
    const problems = validateCertificateEvents(p.events);
    if (problems.length > 0)
      throw certificateError(
        problems,
        { vi: `dự án ${p.projectId}`, en: `project ${p.projectId}` },
        `projects.${p.projectId}.events`,
      );
  }
}

const stateAt = (ordered: readonly CertificateEvent[], date: string): CertificateState =>
  ordered.filter((e) => e.date <= date).reduce(applyCertificateEvent, NOT_ISSUED);

export function periodFlows(
  projects: readonly ProjectCertificates[],
  range: { from: string; to: string },
  options: PeriodFlowOptions = {},
): PeriodFlows {
  const { from, to } = range;
  checkInput(projects, from, to);
  const places = options.places ?? 2;
  const dayBefore = addDays(from, -1);
  const conversions: PeriodFlows['conversions'] = [];
  const zero = (origin: CapitalOriginKind): Tally => ({
    projects: 0,
    amount: money(0, FORM_UNITS[FORM_UNIT_OF[origin]].currency),
  });
  const blank = (origin: CapitalOriginKind) => ({
    validAtStart: zero(origin),
    new: zero(origin),
    increased: zero(origin),
    decreased: zero(origin),
    ended: zero(origin),
    validAtEnd: zero(origin),
    revoked: 0,
    terminated: 0,
  });
  const totals = { FDI: blank('FDI'), DDI: blank('DDI') };

  for (const project of projects) {
    const t = totals[project.origin];
    const formCurrency = FORM_UNITS[FORM_UNIT_OF[project.origin]].currency;
    const toForm = (m: Money): Money => {
      if (m.currency === formCurrency) return m;
      if (!options.rate) {
        throw new AppError(
          'UNPROCESSABLE',
          `Dự án ${project.projectId} (${project.origin}) ghi vốn bằng ${m.currency}; cần tỷ giá Ngân hàng Nhà nước để quy đổi sang ${formCurrency}.`,
          `Project ${project.projectId} (${project.origin}) records capital in ${m.currency}; a State Bank rate is needed to convert it to ${formCurrency}.`,
        );
      }
      if (!conversions.some((c) => c.projectId === project.projectId)) {
        conversions.push({ projectId: project.projectId, rate: options.rate });
      }
      const { value, currency } = convert(m, formCurrency, options.rate);
      return { value, currency };
    };
    const count = (tally: Tally, m: Money) => {
      tally.projects += 1;
      tally.amount = addMoney(tally.amount, toForm(m));
    };
    const within = (date: string) => date >= from && date <= to;

    const ordered = orderCertificateEvents(project.events);
    const issueCurrency = ordered[0]?.kind === 'issued' ? ordered[0].registeredCapital.currency : null;
    const start = stateAt(ordered, dayBefore);
    const end = stateAt(ordered, to);
    if (start.status === 'valid' && start.registeredCapital) count(t.validAtStart, start.registeredCapital);
    if (end.status === 'valid' && end.registeredCapital) count(t.validAtEnd, end.registeredCapital);

    const deltas: Money[] = [];
    for (const e of ordered) {
      if (!within(e.date) || !issueCurrency) continue;
      if (e.kind === 'issued') count(t.new, e.registeredCapital);
      else if (e.kind === 'adjusted' && e.capitalDelta) {
        deltas.push(toForm(inCertificateCurrency(e.capitalDelta, issueCurrency, e.conversion)));
      } else if (e.kind === 'revoked' || e.kind === 'terminated') {
        count(t.ended, inCertificateCurrency(e.capitalAtEnd, issueCurrency, e.conversion));
        t[e.kind] += 1;
      }
    }
    const netted =
      options.adjustments === 'net' && deltas.length > 0 ? [deltas.reduce((a, b) => addMoney(a, b))] : deltas;
    const ups = netted.filter((d) => parseDecimal(d.value) > ZERO);
    const downs = netted.filter((d) => parseDecimal(d.value) < ZERO);
    if (ups.length > 0) {
      t.increased.projects += 1;
      for (const d of ups) t.increased.amount = addMoney(t.increased.amount, d);
    }
    if (downs.length > 0) {
      t.decreased.projects += 1;
      for (const d of downs) {
        const magnitude = { value: formatDecimal(sub(ZERO, parseDecimal(d.value))), currency: d.currency };
        t.decreased.amount = addMoney(t.decreased.amount, magnitude);
      }
    }
  }

  const finish = (origin: CapitalOriginKind): OriginFlows => {
    const unit = FORM_UNIT_OF[origin];
    const { revoked, terminated, ...tallies } = totals[origin];
    const line = (x: Tally): FlowLine => ({ ...x, value: inFormUnit(x.amount, unit, places) });
    return {
      unit,
      validAtStart: line(tallies.validAtStart),
      new: line(tallies.new),
      increased: line(tallies.increased),
      decreased: line(tallies.decreased),
      ended: { ...line(tallies.ended), revoked, terminated },
      validAtEnd: line(tallies.validAtEnd),
    };
  };
  return { from, to, FDI: finish('FDI'), DDI: finish('DDI'), conversions };
}

/** The same for a reporting period of kernel/period (quarter, half, year, month). */
export function periodFlowsFor(
  projects: readonly ProjectCertificates[],
  period: Period,
  options?: PeriodFlowOptions,
): PeriodFlows {
  return periodFlows(projects, { from: periodStart(period), to: periodEnd(period) }, options);
}
