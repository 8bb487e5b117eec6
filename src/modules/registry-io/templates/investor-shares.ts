/**
 * The investors and their shares of a project, on a sheet of their own: one row per investor,
 * tied to its project (and, for an adjustment, to the event's date) by the key columns.
 */
import type { Attached, CellRef, Report, RowInput } from '../definition';
import type { References } from '../references';
import { COUNTRIES, column, PERCENT, refOf, TEXT, text } from './common';

export const investorColumn = column(
  'investor',
  { vi: 'Nhà đầu tư (mã định danh hoặc tên)', en: 'Investor (identifier or name)' },
  TEXT,
  {
    vi: 'Mã định danh (MSDN, hộ chiếu) hoặc tên nhà đầu tư đã có trong danh mục nhà đầu tư.',
    en: 'Identifier (enterprise code, passport) or name of an investor already in the register.',
  },
  { required: true, example: '1301110006246', width: 30 },
);

export const nationalityColumn = column(
  'nationality',
  { vi: 'Quốc tịch', en: 'Nationality' },
  COUNTRIES,
  {
    vi: 'Không bắt buộc; dùng để phân biệt khi có nhiều nhà đầu tư cùng tên.',
    en: 'Optional; tells investors with the same name apart.',
  },
  { example: 'KR · Hàn Quốc', width: 20 },
);

export const shareColumn = column(
  'share',
  { vi: 'Tỷ lệ góp vốn (%)', en: 'Share (%)' },
  PERCENT,
  {
    vi: 'Phần trăm vốn của dự án do nhà đầu tư góp; tổng các nhà đầu tư của một dự án là 100.',
    en: 'Percent of the project held by the investor; the shares of a project add up to 100.',
  },
  { required: true, example: 100, width: 14 },
);

/**
 * Groups share rows under the main row with the same key; share rows whose key matches no main
 * row are reported (they would otherwise be silently dropped).
 */
export function attachByKey(
  main: readonly RowInput[],
  shares: readonly RowInput[],
  keyOf: (row: RowInput) => string | null,
  sheet: string,
  report: Report,
  unmatched: { key: string; vi: string; en: string },
): Map<number, Attached> {
  const byKey = new Map<string, number>();
  for (const row of main) {
    const key = keyOf(row);
    if (key !== null && !byKey.has(key)) byKey.set(key, row.row);
  }
  const out = new Map<number, Attached>();
  for (const share of shares) {
    const key = keyOf(share);
    const owner = key === null ? undefined : byKey.get(key);
    if (owner === undefined) {
      if (key !== null) report({ sheet: share.sheet, row: share.row, key: unmatched.key }, unmatched.vi, unmatched.en);
      continue;
    }
    const attached = out.get(owner) ?? { [sheet]: [] };
    attached[sheet]!.push(share);
    out.set(owner, attached);
  }
  return out;
}

/** The `investors` array of a request, from the attached share rows. */
export function sharesOf(rows: readonly RowInput[], refs: References, report: Report) {
  return rows.map((r) => {
    const nationality = refOf(r, 'nationality', report, refs.country);
    const investor = refOf(r, 'investor', report, (v) => refs.investor(v, nationality));
    return { investorId: investor?.id, share: text(r, 'share') ?? undefined };
  });
}

/** `body.investors.2.share` → the share row it is about; `body.investors` → the first share row. */
export function locateShare(path: string, rows: readonly RowInput[], fallback: CellRef): CellRef | null {
  const m = /^body\.investors(?:\.(\d+)(?:\.(\w+))?)?/.exec(path);
  if (!m) return null;
  const row = rows[m[1] === undefined ? 0 : Number(m[1])];
  if (!row) return fallback;
  const key = m[2] === 'share' || m[1] === undefined ? 'share' : 'investor';
  return { sheet: row.sheet, row: row.row, key };
}
