/**
 * Reads of the dossier tables for what the desk prints and counts (forms, tracking book, public
 * tracking, KPIs). Read-only: every write to a dossier goes through the lifecycle service.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { users } from '../../../platform/auth/schema';
import type { Db } from '../../../platform/db/client';
import type { ProcedureVersion } from '../contract';
import { dossierEvents, dossiers } from '../dossiers/schema';
import { procedures, procedureVersions } from '../schema';

export type DossierRecord = typeof dossiers.$inferSelect;
export type DossierEventRecord = typeof dossierEvents.$inferSelect;
export type VersionRecord = { procedureCode: string; nationalCode: string | null; definition: ProcedureVersion };

export async function findDossierByCode(db: Db, code: string): Promise<DossierRecord | null> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code)).limit(1);
  return row ?? null;
}

export async function getDossier(db: Db, id: string): Promise<DossierRecord> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
  if (!row) throw notFound(`hồ sơ ${id}`, `Dossier ${id}`);
  return row;
}

export async function eventsOf(db: Db, dossierId: string): Promise<DossierEventRecord[]> {
  return db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, dossierId)).orderBy(asc(dossierEvents.seq));
}

/** The procedure versions by id (the one each dossier keeps from its receipt). */
export async function versionsById(db: Db, ids: readonly string[]): Promise<Map<string, VersionRecord>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: procedureVersions.id,
      procedureCode: procedureVersions.procedureCode,
      nationalCode: procedures.nationalCode,
      definition: procedureVersions.definition,
    })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.code, procedureVersions.procedureCode))
    .where(inArray(procedureVersions.id, unique));
  return new Map(
    rows.map((r) => [
      r.id,
      { procedureCode: r.procedureCode, nationalCode: r.nationalCode, definition: r.definition as ProcedureVersion },
    ]),
  );
}

export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => x !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Dossiers the desk held in [start, end) — received before the end and not ended before the start —
 * with their events, in one province or (null) the country.
 */
export async function dossiersHeldIn(
  db: Db,
  provinceCode: string | null,
  start: Date,
  end: Date,
): Promise<{ rows: DossierRecord[]; events: Map<string, DossierEventRecord[]> }> {
  const conditions: SQL[] = [
    isNotNull(dossiers.receivedAt),
    lt(dossiers.receivedAt, end),
    or(isNull(dossiers.finishedAt), gte(dossiers.finishedAt, start))!,
  ];
  if (provinceCode) conditions.push(eq(dossiers.provinceCode, provinceCode));
  return rowsWithEvents(db, and(...conditions)!);
}

async function rowsWithEvents(db: Db, where: SQL) {
  const rows = await db.select().from(dossiers).where(where).orderBy(asc(dossiers.receivedAt), asc(dossiers.code));
  const eventRows = await db
    .select({ event: dossierEvents })
    .from(dossierEvents)
    .innerJoin(dossiers, eq(dossiers.id, dossierEvents.dossierId))
    .where(where)
    .orderBy(asc(dossierEvents.dossierId), asc(dossierEvents.seq));
  const events = new Map<string, DossierEventRecord[]>();
  for (const { event } of eventRows) {
    const list = events.get(event.dossierId);
    if (list) list.push(event);
    else events.set(event.dossierId, [event]);
  }
  return { rows, events };
}

/** Dossiers received in [start, end) in a province, for the tracking book, in order of receipt. */
export function dossiersReceivedIn(db: Db, provinceCode: string, start: Date, end: Date) {
  return rowsWithEvents(
    db,
    and(eq(dossiers.provinceCode, provinceCode), gte(dossiers.receivedAt, start), lt(dossiers.receivedAt, end))!,
  );
}
