/**
 * What a spreadsheet cell holds, read the way a Vietnamese office fills it in: numbers typed as
 * numbers or as vi-VN text (1.234,5), dates as date cells, Excel serials or dd/mm/yyyy text.
 * Pure: the readers (xlsx-read.ts) hand raw exceljs values here, importers get plain strings.
 */

/** A raw exceljs cell value (string, number, boolean, Date, rich text, hyperlink, formula, error). */
export type RawCell = unknown;

export type Parsed<T> = { ok: true; value: T } | { ok: false; vi: string; en: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (vi: string, en: string): Parsed<never> => ({ ok: false, vi, en });

/** Column 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The value behind a formula, hyperlink or rich text; null for an empty cell. */
export function unwrapCell(value: RawCell): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in v) return unwrapCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('text' in v) return unwrapCell(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/** A number as the shortest exact decimal text (no exponent, no float noise up to 10 decimals). */
export function numberText(n: number): string {
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}

/** The cell as trimmed text ('' when empty); dates as dd/mm/yyyy. */
export function cellText(value: RawCell): string {
  const v = unwrapCell(value);
  if (v === null) return '';
  if (v instanceof Date) return isoToVi(dateOfCell(v));
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return v.replace(/\u00a0/g, ' ').trim();
}

export const isEmptyCell = (value: RawCell) => cellText(value) === '';

const isoToVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** exceljs reads date cells as UTC midnight of the day shown. */
const dateOfCell = (d: Date) => d.toISOString().slice(0, 10);

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Days since 1899-12-30 (Excel's 1900 system, with its leap-year bug folded in). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.floor(serial) * 86_400_000 + Date.UTC(1899, 11, 30);
  return new Date(ms).toISOString().slice(0, 10);
}

/** A day: a date cell, an Excel serial, dd/mm/yyyy (also d/m/yyyy, with - or .) or yyyy-mm-dd. */
export function parseDay(value: RawCell): Parsed<string | null> {
  const v = unwrapCell(value);
  if (v === null || v === '') return ok(null);
  if (v instanceof Date) return ok(dateOfCell(v));
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso ? ok(iso) : bad(`"${numberText(v)}" không phải là ngày.`, `"${numberText(v)}" is not a date.`);
  }
  const text = String(v).trim();
  if (text === '') return ok(null);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = vi
    ? validDay(Number(vi[3]), Number(vi[2]), Number(vi[1]))
    : iso
      ? validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : undefined;
  if (day) return ok(day);
  if (day === null) return bad(`Ngày "${text}" không tồn tại.`, `The date "${text}" does not exist.`);
  return bad(
    `"${text}" không phải là ngày dạng dd/mm/yyyy (ví dụ 01/07/2025).`,
    `"${text}" is not a date in dd/mm/yyyy form (e.g. 01/07/2025).`,
  );
}

/**
 * A decimal as canonical text with a decimal point ("1234.5"), read from a number cell or from
 * vi-VN text: comma for decimals, dots between thousands ("1.234,5"). Text without a comma whose
 * dots do not group thousands ("125.5") is read with the dot as the decimal point.
 */
export function parseDecimalCell(value: RawCell): Parsed<string | null> {
  const v = unwrapCell(value);
  if (v === null || v === '') return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(numberText(v)) : bad('Số không hợp lệ.', 'Invalid number.');
  if (v instanceof Date || typeof v === 'boolean') {
    return bad('Ô này cần một số, không phải ngày hay Có/Không.', 'This cell needs a number, not a date or yes/no.');
  }
  const text = v.replace(/[\s\u00a0]/g, '');
  if (text === '') return ok(null);
  const sign = text.startsWith('-') || text.startsWith('−') ? '-' : '';
  const body = sign ? text.slice(1) : text.startsWith('+') ? text.slice(1) : text;
  let normal: string | null = null;
  if (/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(body) || /^\d+(,\d+)?$/.test(body)) {
    normal = body.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+\.\d+$/.test(body)) {
    normal = body;
  }
  if (normal === null) {
    return bad(
      `"${v}" không phải là số (dùng dấu phẩy thập phân, ví dụ 1.234,5).`,
      `"${v}" is not a number (use a decimal comma, e.g. 1.234,5).`,
    );
  }
  const [int = '0', frac] = normal.split('.');
  const cleanInt = int.replace(/^0+(?=\d)/, '');
  const cleanFrac = frac?.replace(/0+$/, '');
  return ok(`${sign && /[1-9]/.test(normal) ? '-' : ''}${cleanInt}${cleanFrac ? `.${cleanFrac}` : ''}`);
}

/** A whole number. */
export function parseIntegerCell(value: RawCell): Parsed<number | null> {
  const d = parseDecimalCell(value);
  if (!d.ok || d.value === null) return d as Parsed<null>;
  if (!/^-?\d+$/.test(d.value)) {
    return bad(`"${cellText(value)}" không phải là số nguyên.`, `"${cellText(value)}" is not a whole number.`);
  }
  return ok(Number(d.value));
}

const YES = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dung', 'da']);
const NO = new Set(['khong', 'no', 'n', 'false', '0', 'sai', 'chua']);

/** Có/Không (also x, yes/no, true/false, 1/0). */
export function parseYesNo(value: RawCell): Parsed<boolean | null> {
  const v = unwrapCell(value);
  if (v === null || v === '') return ok(null);
  if (typeof v === 'boolean') return ok(v);
  const key = fold(String(v));
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(`"${String(v)}": hãy ghi Có hoặc Không.`, `"${String(v)}": write Có (yes) or Không (no).`);
}

/** Lower case without diacritics, for matching labels typed by hand. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A list typed in one cell: items separated by ";" or line breaks (commas too when `commas`). */
export function splitList(text: string, commas = false): string[] {
  return text
    .split(commas ? /[;\n,]/ : /[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
