/** Vietnamese and English names of countries by ISO code, from the shipped reference list. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import { inList, rowsOf } from '../facts/sql';

export async function countryNames(
  db: DbOrTx,
  codes: readonly string[],
): Promise<Map<string, { vi: string; en: string }>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await rowsOf(
    db,
    sql`select alpha2, name_vi, name_en from ref_countries where ${inList(sql`alpha2`, unique)}`,
  );
  return new Map(rows.map((r) => [String(r.alpha2), { vi: String(r.name_vi), en: String(r.name_en) }]));
}
