/**
 * A report's values: what the filer typed (read and range-checked field by field, with Vietnamese
 * and English messages), what the registry knows (locked, written from the facts) and what is
 * computed (sums, shares) or suggested. Pure.
 */
import type { FieldErrors } from '../../../kernel/errors';
import { formatNumber } from '../../../kernel/format';
import { A4_V1 } from './a4';
import { B4_V1 } from './b4';
import { A5_V1, B5_V1 } from './indicators';
import {
  type EcoField,
  type EcoForm,
  type EcoReportVersion,
  type EcoValues,
  type Facts,
  type FieldValue,
  isLocked,
  type Text,
} from './types';

export const ECO_REPORT_VERSIONS: readonly EcoReportVersion[] = [A4_V1, B4_V1, A5_V1, B5_V1];

/** The version of a form that applies to a reported year (by the year's last day), or null. */
export function versionFor(form: EcoForm, year: number): EcoReportVersion | null {
  const end = `${year}-12-31`;
  return (
    ECO_REPORT_VERSIONS.find(
      (v) => v.form === form && v.effectiveFrom <= end && (v.effectiveTo === null || end <= v.effectiveTo),
    ) ?? null
  );
}
export const versionById = (id: string) => ECO_REPORT_VERSIONS.find((v) => v.id === id) ?? null;

const msg = (vi: string, en: string) => ({ message: vi, messageEn: en });
const at = (key: string) => `body.values.${key}`;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const NUMBER = /^-?\d{1,13}(\.\d{1,6})?$/;

function rangeMessage(f: EcoField): Text {
  if (f.kind === 'percent') return { vi: 'Giá trị hợp lệ trong khoảng từ 0 - 100%', en: 'Valid values are 0–100%' };
  if (f.max !== undefined)
    return {
      vi: `${f.label.vi}: giá trị hợp lệ từ ${formatNumber(f.min ?? 0)} đến ${formatNumber(f.max)}`,
      en: `${f.label.en}: valid values are ${formatNumber(f.min ?? 0, 0, 'en')} to ${formatNumber(f.max, 0, 'en')}`,
    };
  return { vi: `${f.label.vi}: không được âm`, en: `${f.label.en}: must not be negative` };
}

function readNumber(f: EcoField, raw: unknown, key: string, errors: FieldErrors): number | undefined {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const decimals = f.kind === 'integer' ? 0 : (f.decimals ?? 3);
  const [, frac = ''] = text.split('.');
  if (!NUMBER.test(text)) {
    errors[at(key)] = msg(`${f.label.vi}: phải là số.`, `${f.label.en}: must be a number.`);
    return undefined;
  }
  if (frac.length > decimals) {
    errors[at(key)] =
      decimals === 0
        ? msg(`${f.label.vi}: phải là số nguyên.`, `${f.label.en}: must be a whole number.`)
        : msg(`${f.label.vi}: tối đa ${decimals} chữ số thập phân.`, `${f.label.en}: at most ${decimals} decimals.`);
    return undefined;
  }
  const n = Number(text);
  if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
    const m = rangeMessage(f);
    errors[at(key)] = msg(m.vi, m.en);
    return undefined;
  }
  return n;
}

function readTable(f: EcoField, raw: unknown, errors: FieldErrors): FieldValue | undefined {
  if (!Array.isArray(raw)) {
    errors[at(f.key)] = msg(`${f.label.vi}: phải là danh sách dòng.`, `${f.label.en}: must be a list of rows.`);
    return undefined;
  }
  const rows: Record<string, string | number>[] = [];
  raw.forEach((row, i) => {
    const out: Record<string, string | number> = {};
    const cells = (row ?? {}) as Record<string, unknown>;
    for (const c of f.columns ?? []) {
      const key = `${f.key}.${i}.${c.key}`;
      const v = cells[c.key];
      if (v === undefined || v === null || v === '') {
        if (c.required)
          errors[at(key)] = msg(`Dòng ${i + 1}: nhập ${c.label.vi}.`, `Row ${i + 1}: enter ${c.label.en}.`);
        continue;
      }
      if (c.kind === 'decimal') {
        const n = readNumber({ ...f, kind: 'decimal', label: c.label, min: c.min, max: undefined }, v, key, errors);
        if (n !== undefined) out[c.key] = n;
      } else if (c.kind === 'choice' && !c.options?.some((o) => o.value === v)) {
        errors[at(key)] = msg(`Dòng ${i + 1}: ${c.label.vi} không hợp lệ.`, `Row ${i + 1}: invalid ${c.label.en}.`);
      } else out[c.key] = String(v).slice(0, 500);
    }
    rows.push(out);
  });
  return rows;
}

/**
 * Reads what the filer typed. Unknown and locked fields, unreadable values and values out of range
 * are errors (a draft is refused too: what is stored is always readable). Empty = absent.
 */
export function readInput(version: EcoReportVersion, input: Record<string, unknown>) {
  const values: EcoValues = {};
  const errors: FieldErrors = {};
  const byKey = new Map(version.fields.map((f) => [f.key, f]));
  for (const [key, raw] of Object.entries(input)) {
    const f = byKey.get(key);
    if (!f) {
      errors[at(key)] = msg(`Biểu không có chỉ tiêu "${key}".`, `The form has no field "${key}".`);
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue;
    if (isLocked(f)) {
      errors[at(key)] = msg(
        `${f.label.vi}: chỉ tiêu lấy từ cơ sở dữ liệu hoặc được tính tự động, không nhập.`,
        `${f.label.en}: filled from the registry or computed, not typed.`,
      );
      continue;
    }
    let v: FieldValue | undefined;
    switch (f.kind) {
      case 'text':
      case 'textarea':
        if (typeof raw !== 'string')
          errors[at(key)] = msg(`${f.label.vi}: phải là văn bản.`, `${f.label.en}: must be text.`);
        else if (raw.length > (f.kind === 'text' ? 500 : 5000))
          errors[at(key)] = msg(`${f.label.vi}: quá dài.`, `${f.label.en}: too long.`);
        else v = raw.trim();
        break;
      case 'yes_no':
      case 'check':
        if (typeof raw !== 'boolean')
          errors[at(key)] = msg(`${f.label.vi}: chọn Có hoặc Không.`, `${f.label.en}: choose yes or no.`);
        else v = raw;
        break;
      case 'table':
        v = readTable(f, raw, errors);
        break;
      case 'names':
        break;
      default:
        v = readNumber(f, raw, key, errors);
    }
    if (v !== undefined && v !== '') values[key] = v;
  }
  return { values, errors };
}

const asNumber = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The whole report: typed values, the registry's facts in locked fields, sums, shares and suggestions. */
export function assemble(version: EcoReportVersion, typed: EcoValues, facts: Facts): EcoValues {
  const out: EcoValues = {};
  for (const f of version.fields) {
    if (f.prefill) {
      const fact = facts[f.prefill];
      out[f.key] = fact === undefined ? null : typeof fact === 'string' && f.kind !== 'text' ? Number(fact) : fact;
    } else if (!f.computed) out[f.key] = typed[f.key] ?? null;
  }
  for (const f of version.fields) {
    if (f.computed && 'sum' in f.computed) {
      const parts = f.computed.sum.map((k) => asNumber(out[k]));
      out[f.key] = parts.every((p) => p === null)
        ? null
        : round(
            parts.reduce<number>((a, p) => a + (p ?? 0), 0),
            3,
          );
    } else if (f.computed && 'percentOf' in f.computed) {
      const [part, whole] = f.computed.percentOf.map((k) => asNumber(out[k]));
      out[f.key] = part === null || part === undefined || !whole ? null : round((part / whole) * 100, 2);
    } else if (f.suggested && out[f.key] === null) {
      const parts = f.suggested.sum.map((k) => asNumber(out[k]));
      out[f.key] = parts.every((p) => p === null)
        ? null
        : round(
            parts.reduce<number>((a, p) => a + (p ?? 0), 0),
            2,
          );
    }
  }
  return out;
}

/** What each suggested field would propose from the report's other values (the filer may differ). */
export function suggestionsOf(version: EcoReportVersion, values: EcoValues): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of version.fields) {
    if (!f.suggested) continue;
    const parts = f.suggested.sum.map((k) => asNumber(values[k]));
    out[f.key] = parts.every((p) => p === null)
      ? null
      : round(
          parts.reduce<number>((a, p) => a + (p ?? 0), 0),
          2,
        );
  }
  return out;
}

const empty = (v: FieldValue | undefined) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** What a submit needs on top of readInput: required fields, and the land parts within the park's land. */
export function submitErrors(version: EcoReportVersion, values: EcoValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of version.fields) {
    if (f.required && !isLocked(f) && empty(values[f.key]))
      errors[at(f.key)] = msg(`${f.label.vi}: bắt buộc nhập.`, `${f.label.en}: required.`);
  }
  if (version.form === 'A.4') {
    const total = asNumber(values.landTotal);
    const parts = ['landGreen', 'landTraffic', 'landTechnical', 'landSocial'].map((k) => asNumber(values[k]) ?? 0);
    if (total !== null && parts.reduce((a, b) => a + b, 0) > total + 1e-9)
      errors[at('landGreen')] = msg(
        'Tổng diện tích cây xanh, giao thông, hạ tầng kỹ thuật và xã hội vượt diện tích đất KCN.',
        'Green, traffic, technical and social areas together exceed the park’s land.',
      );
  }
  return errors;
}

export type Warning = { key: string; vi: string; en: string };

/** Values accepted but below the legal minimum (B.5), shown to the filer and the Board. */
export function warningsOf(version: EcoReportVersion, values: EcoValues): Warning[] {
  return version.fields.flatMap((f) => {
    const v = asNumber(values[f.key]);
    if (f.warnBelow === undefined || v === null || v >= f.warnBelow) return [];
    return [
      {
        key: f.key,
        vi: `${f.code} ${f.label.vi}: ${formatNumber(v, 2)}% thấp hơn mức tối thiểu ${f.warnBelow}%`,
        en: `${f.code} ${f.label.en}: ${formatNumber(v, 2, 'en')}% is below the minimum of ${f.warnBelow}%`,
      },
    ];
  });
}
