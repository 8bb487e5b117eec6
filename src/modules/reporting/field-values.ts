/**
 * A report's values between what the enterprise types (shown units: triệu đồng, nghìn USD, người)
 * and what is stored (base units: đồng, USD, persons), converted exactly with kernel/decimal, and
 * the checks a submit runs: required, ranges, decimals and the type version's cross-field checks.
 * Pure.
 */
import { compare, type Decimal, div, formatDecimal, mul, parseDecimal, sum, ZERO } from '../../kernel/decimal';
import type { FieldErrors } from '../../kernel/errors';
import type { Currency } from '../../kernel/money';
import {
  CHECK_DESCRIPTIONS,
  type Column,
  type FieldDef,
  REALISED_TO_REGISTERED_MAX_MULTIPLE,
  type ReportTypeVersion,
} from './report-types';

export type UnitView = { vi: string; en: string; factor: string; currency: Currency | null; decimals: number };

const THOUSAND_USD: UnitView = { vi: 'nghìn USD', en: 'thousand USD', factor: '1000', currency: 'USD', decimals: 2 };
const MILLION_VND: UnitView = { vi: 'triệu đồng', en: 'million VND', factor: '1000000', currency: 'VND', decimals: 3 };
const PERSONS: UnitView = { vi: 'người', en: 'persons', factor: '1', currency: null, decimals: 0 };
const NONE: UnitView = { vi: '', en: '', factor: '1', currency: null, decimals: 0 };

/** The unit a field is typed in for a project whose certificate is in `currency`. */
export function unitOf(field: FieldDef, currency: Currency): UnitView {
  switch (field.kind) {
    case 'money_project':
      return currency === 'USD' ? THOUSAND_USD : MILLION_VND;
    case 'money_usd':
      return THOUSAND_USD;
    case 'money_vnd':
      return MILLION_VND;
    case 'count':
      return PERSONS;
    case 'quantity':
      return { ...(field.quantityUnit ?? NONE), factor: '1', currency: null, decimals: 2 };
    case 'flag':
      return NONE;
  }
}

export type ShownValue = string | number | boolean | null | undefined;
/** Parsed values in base units: decimals for numbers, booleans for flags; absent = empty. */
export type BaseValues = Record<string, Decimal | boolean>;

const NUMBER = /^-?\d{1,15}(\.\d{1,5})?$/;
const msg = (vi: string, en: string) => ({ message: vi, messageEn: en });

/**
 * Reads the typed values: each number within its decimals, converted to base units. Returns the
 * errors of what cannot be read (always 400, even for drafts) and of what breaks a bound.
 */
export function readValues(
  version: ReportTypeVersion,
  currency: Currency,
  input: Record<string, ShownValue>,
): { values: BaseValues; errors: FieldErrors } {
  const values: BaseValues = {};
  const errors: FieldErrors = {};
  const known = new Set(version.fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key))
      errors[`body.values.${key}`] = msg(`Báo cáo không có chỉ tiêu "${key}".`, `The report has no field "${key}".`);
  }
  for (const f of version.fields) {
    const raw = input[f.key];
    if (raw === null || raw === undefined || raw === '') continue;
    const at = `body.values.${f.key}`;
    if (f.kind === 'flag') {
      if (typeof raw !== 'boolean') errors[at] = msg('Chọn có hoặc không.', 'Choose yes or no.');
      else values[f.key] = raw;
      continue;
    }
    const unit = unitOf(f, currency);
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (!NUMBER.test(text)) {
      errors[at] = msg(
        `${f.label.vi}: phải là số, dấu chấm thập phân (ví dụ 1250.5).`,
        `${f.label.en}: must be a number with a decimal point (e.g. 1250.5).`,
      );
      continue;
    }
    const decimals = text.split('.')[1]?.length ?? 0;
    if (decimals > unit.decimals) {
      errors[at] =
        unit.decimals === 0
          ? msg(`${f.label.vi}: phải là số nguyên.`, `${f.label.en}: must be a whole number.`)
          : msg(
              `${f.label.vi}: tối đa ${unit.decimals} chữ số thập phân (${unit.vi}).`,
              `${f.label.en}: at most ${unit.decimals} decimals (${unit.en}).`,
            );
      continue;
    }
    const shown = parseDecimal(text);
    if (f.min !== null && compare(shown, parseDecimal(f.min)) < 0) {
      errors[at] = msg(
        `${f.label.vi}: không nhỏ hơn ${f.min} ${unit.vi}.`,
        `${f.label.en}: not below ${f.min} ${unit.en}.`,
      );
      continue;
    }
    if (f.max !== null && compare(shown, parseDecimal(f.max)) > 0) {
      errors[at] = msg(
        `${f.label.vi}: không lớn hơn ${f.max} ${unit.vi}.`,
        `${f.label.en}: not above ${f.max} ${unit.en}.`,
      );
      continue;
    }
    values[f.key] = mul(shown, parseDecimal(unit.factor));
  }
  return { values, errors };
}

/** Base units back to the shown unit, as a plain decimal string. */
export function toShown(field: FieldDef, currency: Currency, base: Decimal): string {
  return formatDecimal(div(base, parseDecimal(unitOf(field, currency).factor)));
}

export function shownValues(version: ReportTypeVersion, currency: Currency, values: BaseValues) {
  const out: Record<string, string | boolean | null> = {};
  for (const f of version.fields) {
    const v = values[f.key];
    out[f.key] = v === undefined ? null : typeof v === 'boolean' ? v : toShown(f, currency, v);
  }
  return out;
}

/** What the cross-field checks need to know about the project and its earlier reports. */
export type CheckContext = {
  periodStart: string;
  periodEnd: string;
  /** The day the project started operating, if recorded. */
  operationStartedOn: string | null;
  /** Registered capital today, in the project's currency (base units). */
  registeredCapital: Decimal | null;
  /** Realised capital of every other recorded period of the project (base units). */
  otherRealised: Decimal;
};

const isPositive = (v: Decimal | boolean | undefined) => typeof v === 'bigint' && v > 0n;

/** Every reason the values cannot be submitted, per field (`body.values.<key>`). */
export function submitErrors(
  version: ReportTypeVersion,
  currency: Currency,
  values: BaseValues,
  ctx: CheckContext,
): FieldErrors {
  const errors: FieldErrors = {};
  const put = (key: string, vi: string, en: string) => {
    errors[`body.values.${key}`] ??= msg(vi, en);
  };
  const has = (key: string) => version.fields.some((f) => f.key === key);
  for (const f of version.fields) {
    if (f.required && values[f.key] === undefined)
      put(f.key, `Hãy nhập ${f.label.vi.toLowerCase()}.`, `Enter ${f.label.en}.`);
  }
  const num = (key: string) => {
    const v = values[key];
    return typeof v === 'bigint' ? (v as Decimal) : ZERO;
  };
  for (const check of version.checks) {
    const why = CHECK_DESCRIPTIONS[check];
    switch (check) {
      case 'female_within_total':
        if (compare(num('workersFemale'), sum([num('workersDomestic'), num('workersForeign')])) > 0)
          put('workersFemale', `${why.vi}.`, `${why.en}.`);
        break;
      case 'revenue_when_operating': {
        if (values.operating === false) {
          for (const key of ['revenue', 'exportUsd'])
            if (has(key) && isPositive(values[key]))
              put(
                key,
                `Dự án chưa hoạt động trong kỳ thì không có ${key === 'revenue' ? 'doanh thu' : 'xuất khẩu'}.`,
                `A project that did not operate in the period has no ${key === 'revenue' ? 'revenue' : 'exports'}.`,
              );
        }
        if (values.operating === true && values.revenue === undefined)
          put(
            'revenue',
            'Dự án đã hoạt động trong kỳ: hãy nhập doanh thu (có thể là 0).',
            'The project operated in the period: enter its revenue (0 is allowed).',
          );
        break;
      }
      case 'no_revenue_before_operation':
        if (ctx.operationStartedOn !== null && ctx.operationStartedOn > ctx.periodEnd) {
          if (isPositive(values.revenue))
            put(
              'revenue',
              `Dự án bắt đầu hoạt động từ ${ctx.operationStartedOn}, sau kỳ báo cáo: chưa có doanh thu.`,
              `The project started operating on ${ctx.operationStartedOn}, after the period: no revenue yet.`,
            );
          if (values.operating === true)
            put(
              'operating',
              `Dự án bắt đầu hoạt động từ ${ctx.operationStartedOn}, sau kỳ báo cáo.`,
              `The project started operating on ${ctx.operationStartedOn}, after the period.`,
            );
        }
        break;
      case 'realised_within_registered': {
        if (ctx.registeredCapital === null || ctx.registeredCapital <= 0n) break;
        const cumulative = sum([ctx.otherRealised, num('realisedCapital')]);
        const limit = mul(ctx.registeredCapital, parseDecimal(REALISED_TO_REGISTERED_MAX_MULTIPLE));
        if (compare(cumulative, limit) > 0) {
          const f = version.fields.find((x) => x.key === 'realisedCapital')!;
          const unit = unitOf(f, currency);
          put(
            'realisedCapital',
            `Vốn thực hiện lũy kế ${toShown(f, currency, cumulative)} ${unit.vi} vượt quá ${REALISED_TO_REGISTERED_MAX_MULTIPLE} lần vốn đăng ký (${toShown(f, currency, ctx.registeredCapital)} ${unit.vi}): kiểm tra đơn vị.`,
            `Cumulative realised capital ${toShown(f, currency, cumulative)} ${unit.en} is over ${REALISED_TO_REGISTERED_MAX_MULTIPLE} times the registered capital (${toShown(f, currency, ctx.registeredCapital)} ${unit.en}): check the unit.`,
          );
        }
        break;
      }
    }
  }
  return errors;
}

/** The typed columns and `extra` of a row, from base values. */
export function toColumns(version: ReportTypeVersion, values: BaseValues) {
  const columns: Partial<Record<Exclude<Column, 'extra'>, string | number | boolean | null>> = {};
  const extra: Record<string, string | boolean> = {};
  for (const f of version.fields) {
    const v = values[f.key];
    if (f.column === 'extra') {
      if (v !== undefined) extra[f.key] = typeof v === 'boolean' ? v : formatDecimal(v);
      continue;
    }
    if (v === undefined) columns[f.column] = null;
    else if (typeof v === 'boolean') columns[f.column] = v;
    else columns[f.column] = f.kind === 'count' ? Number(formatDecimal(v)) : formatDecimal(v);
  }
  return { columns, extra };
}

type RowLike = Partial<Record<Exclude<Column, 'extra'>, string | number | boolean | null>> & { extra: unknown };

/** Base values back from a stored row. */
export function fromColumns(version: ReportTypeVersion, row: RowLike): BaseValues {
  const values: BaseValues = {};
  const extra = (row.extra ?? {}) as Record<string, string | boolean>;
  for (const f of version.fields) {
    const v = f.column === 'extra' ? extra[f.key] : row[f.column];
    if (v === null || v === undefined) continue;
    values[f.key] = typeof v === 'boolean' ? v : parseDecimal(String(v));
  }
  return values;
}
