/**
 * Dossier codes `<agency identifier>-YYMMDD-<4-digit sequence of the day>` (Decree 61/2018 Art. 26,
 * TT 01/2018 Art. 19; TD `GenerateMaHoSo.cs`). The sequence is taken in the receiving transaction
 * from a counter row: `INSERT … ON CONFLICT DO UPDATE … RETURNING` locks the agency's row for the
 * day until the transaction ends, so concurrent receipts get 1, 2, 3… and a rolled-back receipt
 * gives its number back (no gaps).
 */
import { sql } from 'drizzle-orm';
import { localDateOf } from '../../../kernel/calendar';
import { AppError } from '../../../kernel/errors';
import type { DbOrTx } from '../../../platform/db/client';
import { dossierCodeCounters } from './schema';

/**
 * The receiving agency's identifier. The national identifiers of TT 10/2016/TT-BTTTT are not in
 * IZA's data yet, so a Board is named by its province's GSO code (unique per Board).
 */
export const agencyCodeOf = (provinceCode: string) => `BQL${provinceCode}`;

export function formatDossierCode(agency: string, day: string, seq: number): string {
  return `${agency}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`;
}

export async function allocateDossierCode(tx: DbOrTx, agency: string, at: Date): Promise<string> {
  const day = localDateOf(at);
  const t = dossierCodeCounters;
  const rows = await tx
    .insert(t)
    .values({ agencyCode: agency, day, lastSeq: 1 })
    .onConflictDoUpdate({ target: [t.agencyCode, t.day], set: { lastSeq: sql`${t.lastSeq} + 1` } })
    .returning({ seq: t.lastSeq })
    .catch((e: unknown) => {
      if (String((e as { cause?: unknown })?.cause ?? e).includes('dossier_code_counters_range')) {
        throw new AppError(
          'CONFLICT',
          'Đã hết số thứ tự hồ sơ trong ngày (9999).',
          'The daily dossier sequence is exhausted (9999).',
        );
      }
      throw e;
    });
  return formatDossierCode(agency, day, rows[0]!.seq);
}
