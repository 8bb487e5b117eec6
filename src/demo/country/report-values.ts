/**
 * A demo report's values in base units, as the `reports` columns store them: a quarter's figures
 * as they are, a year's as the sum of its quarters (workers at the year's last reported quarter)
 * plus what only the annual report asks — profit, R&D and the environment items. And the ×1000
 * unit slip some reports carry: the figure typed in thousands of đồng (or in USD) instead of
 * millions of đồng (or thousands of USD).
 */
import { parseDecimal } from '../../kernel/decimal';
import type { Currency } from '../../kernel/money';
import { toShown, unitOf } from '../../modules/reporting/field-values';
import type { ReportTypeVersion } from '../../modules/reporting/report-types';
import type { ReportKind } from '../../modules/reporting/reporting-schedules';
import type { Rng } from './random';
import { type Economy, moneyStep, type QuarterFigures, vndPerUsd } from './report-figures';
import type { DemoProject } from './types';

export type ReportFigures = {
  realisedCapital: string;
  revenue: string | null;
  profit: string | null;
  rndSpending: string | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetVnd: string;
  workersDomestic: number;
  workersForeign: number;
  workersFemale: number;
  operating: boolean;
  /** Annual only: environment spending (đồng), wastewater m³, solid and hazardous waste tonnes, permit. */
  extra: Record<string, string | boolean>;
};

const sumOf = (qs: readonly QuarterFigures[], pick: (q: QuarterFigures) => number | null): number | null => {
  let total: number | null = null;
  for (const q of qs) {
    const v = pick(q);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
};
const text = (n: number | null) => (n === null ? null : String(n));
const round = (x: number, step: number) => Math.round(x / step) * step;

export function figuresOf(
  p: DemoProject,
  economy: Economy,
  kind: ReportKind,
  quarters: readonly QuarterFigures[],
  rng: Rng,
): ReportFigures {
  const last = quarters.at(-1)!;
  const revenue = sumOf(quarters, (q) => q.revenue);
  const base: ReportFigures = {
    realisedCapital: String(sumOf(quarters, (q) => q.realisedCapital) ?? 0),
    revenue: text(revenue),
    profit: null,
    rndSpending: null,
    exportUsd: text(sumOf(quarters, (q) => q.exportUsd)),
    importUsd: text(sumOf(quarters, (q) => q.importUsd)),
    budgetVnd: String(sumOf(quarters, (q) => q.budgetVnd) ?? 0),
    workersDomestic: last.workersDomestic,
    workersForeign: last.workersForeign,
    workersFemale: last.workersFemale,
    operating: quarters.some((q) => q.operating),
    extra: {},
  };
  if (kind === 'quarterly_implementation') return base;

  const unit = moneyStep(p.currency);
  const year = last.period.year;
  const revenueVnd = (revenue ?? 0) * (p.currency === 'USD' ? vndPerUsd(year) : 1);
  const workers = last.workersDomestic + last.workersForeign;
  // Before operation a project spends without earning: a small loss.
  const profit =
    revenue === null
      ? -round(Number(base.realisedCapital) * rng.range(0.005, 0.02), unit)
      : round(revenue * (economy.margin + 0.03 * rng.normal()), unit);
  const rnd = revenue === null ? 0 : round(revenue * economy.profile.rnd * rng.range(0.5, 1.5), unit);
  return {
    ...base,
    profit: String(profit === 0 ? 0 : profit),
    rndSpending: String(rnd),
    extra: base.operating
      ? {
          environmentSpending: String(round(revenueVnd * rng.range(0.001, 0.005), 1e6)),
          wastewaterM3: String(Math.round(workers * rng.range(15, 60))),
          solidWasteTonnes: (workers * rng.range(0.05, 0.4)).toFixed(2),
          hazardousWasteTonnes: (workers * rng.range(0.001, 0.02)).toFixed(2),
          environmentalPermit: rng.chance(0.95),
        }
      : { environmentalPermit: rng.chance(0.5) },
  };
}

export type Slip = {
  field: 'revenue' | 'budgetVnd';
  slipped: string;
  shown: string;
  shownSlipped: string;
  reason: string;
};

/** The ×1000 slip of a report's revenue (or budget payments without revenue), if it can still be typed. */
export function slipOf(version: ReportTypeVersion, currency: string, figures: ReportFigures): Slip | null {
  for (const key of ['revenue', 'budgetVnd'] as const) {
    const value = figures[key];
    const field = version.fields.find((f) => f.key === key);
    if (!field || value === null || Number(value) <= 0) continue;
    const slipped = `${value}000`;
    const shownSlipped = toShown(field, currency as Currency, parseDecimal(slipped));
    if (field.max !== null && Number(shownSlipped) > Number(field.max)) continue;
    const unit = unitOf(field, currency as Currency);
    const instead = unit.vi === 'triệu đồng' ? 'nghìn đồng thay vì triệu đồng' : 'USD thay vì nghìn USD';
    return {
      field: key,
      slipped,
      shown: toShown(field, currency as Currency, parseDecimal(value)),
      shownSlipped,
      reason: `${field.label.vi} gấp khoảng 1.000 lần các kỳ trước: có thể đã nhập theo ${instead}, đề nghị kiểm tra lại đơn vị.`,
    };
  }
  return null;
}
