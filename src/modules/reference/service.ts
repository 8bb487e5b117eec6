import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { escapeLike } from '../../kernel/text';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { loadIfChanged } from '../../platform/reference/versions';
import { dataPath, loadCountries, loadWasteCodes } from './reference-data';
import { countries, wasteCodes } from './schema';

/** Countries (investor nationality) and waste codes (symbiosis listings): shipped lists, read-only in the app. */
export function createReferenceService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async loadReferenceData(actor: Actor): Promise<string[]> {
      const loaded: string[] = [];
      const countryFiles = [dataPath('countries', 'countries-vi-en.csv'), dataPath('countries', 'overrides-vi.csv')];
      if (
        await loadIfChanged(
          db,
          actor,
          'reference.countries',
          countryFiles,
          async (tx) => {
            const rows = loadCountries();
            for (const c of rows)
              await tx.insert(countries).values(c).onConflictDoUpdate({ target: countries.alpha2, set: c });
            return { countries: rows.length };
          },
          clock(),
        )
      ) {
        loaded.push('reference.countries');
      }
      if (
        await loadIfChanged(
          db,
          actor,
          'reference.waste-codes',
          [dataPath('waste-codes', 'ewc-codes.csv')],
          async (tx) => {
            const rows = loadWasteCodes();
            for (let i = 0; i < rows.length; i += 200) {
              const batch = rows.slice(i, i + 200);
              await tx.insert(wasteCodes).values(batch).onConflictDoNothing({ target: wasteCodes.code });
            }
            return { wasteCodes: rows.length };
          },
          clock(),
        )
      ) {
        loaded.push('reference.waste-codes');
      }
      return loaded;
    },

    listCountries: () => db.select().from(countries).orderBy(asc(countries.nameVi)),

    findWasteCodes(query: { q?: string; chapter?: string; hazardous?: 'true' | 'false' }) {
      const conditions: SQL[] = [];
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        conditions.push(
          or(ilike(wasteCodes.description, like), ilike(wasteCodes.code, like), ilike(wasteCodes.displayCode, like))!,
        );
      }
      if (query.chapter) conditions.push(eq(wasteCodes.chapterCode, query.chapter));
      if (query.hazardous) conditions.push(eq(wasteCodes.hazardous, query.hazardous === 'true'));
      return db
        .select()
        .from(wasteCodes)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(asc(wasteCodes.code));
    },
  };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
