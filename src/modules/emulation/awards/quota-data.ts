/**
 * The figures a per-unit quota is counted on, read from the tables: the candidate's unit in the
 * year (its latest position overlapping the year), that unit's staff of the year, how many of them
 * hold each basis title, and how many others already hold or are proposed for the title.
 */
import { and, eq, gte, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { RuleVersion } from '../rules/contract';
import { type QuotaFigures, quotasOf } from '../rules/quota';
import { emulationPositions, emulationUnits } from '../schema';
import { emulationAwards, emulationProposals } from './schema';

const overlapsYear = (year: number) =>
  and(
    lte(emulationPositions.validFrom, `${year}-12-31`),
    or(isNull(emulationPositions.validTo), gte(emulationPositions.validTo, `${year}-01-01`)),
  );

export async function quotaFigures(
  tx: DbOrTx,
  version: RuleVersion,
  personId: string,
  titleKey: string,
  year: number,
): Promise<QuotaFigures | null> {
  const quotas = quotasOf(version, titleKey);
  if (quotas.length === 0) return null;
  const own = await tx
    .select({ unitId: emulationPositions.unitId, validFrom: emulationPositions.validFrom })
    .from(emulationPositions)
    .where(and(eq(emulationPositions.personId, personId), overlapsYear(year)));
  const latest = own.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (!latest) return null;
  const [unit] = await tx
    .select({ name: emulationUnits.name })
    .from(emulationUnits)
    .where(eq(emulationUnits.id, latest.unitId));
  const staffRows = await tx
    .select({ personId: emulationPositions.personId })
    .from(emulationPositions)
    .where(and(eq(emulationPositions.unitId, latest.unitId), overlapsYear(year)));
  const staff = [...new Set(staffRows.map((s) => s.personId))];
  const basisTitles = [...new Set(quotas.flatMap((q) => (q.basis === 'headcount' ? [] : [q.basis.holdersOf])))];
  const awards = await tx
    .select({ personId: emulationAwards.personId, titleKey: emulationAwards.titleKey })
    .from(emulationAwards)
    .where(
      and(
        inArray(emulationAwards.personId, staff),
        eq(emulationAwards.year, year),
        inArray(emulationAwards.titleKey, [...basisTitles, titleKey]),
      ),
    );
  const proposed = await tx
    .select({ personId: emulationProposals.personId })
    .from(emulationProposals)
    .where(
      and(
        inArray(emulationProposals.personId, staff),
        eq(emulationProposals.year, year),
        eq(emulationProposals.titleKey, titleKey),
        ne(emulationProposals.status, 'rejected'),
      ),
    );
  const holders = Object.fromEntries(
    basisTitles.map((k) => [k, new Set(awards.filter((a) => a.titleKey === k).map((a) => a.personId)).size]),
  );
  const others = new Set(
    [...awards.filter((a) => a.titleKey === titleKey), ...proposed]
      .map((a) => a.personId)
      .filter((p): p is string => p !== null && p !== personId),
  );
  return { unitName: unit?.name ?? '', unit: { headcount: staff.length, holders }, others: others.size };
}
