/**
 * Grouped facts kept per admin unit and period (table `statistics_unit_sums`, migration 0023).
 *
 * A grouped fact (the place totals of totals.ts) is one SQL query whose rows each belong to one
 * admin unit. Its rows for a unit and period are stored the first time a form needs them; a later
 * form reads the stored rows of the units in its scope and computes only the units that are
 * missing. Writes keep it live: the triggers of migration 0023 drop, in the writing transaction,
 * the rows of every unit whose projects changed, for the period ends on or after the change. So a
 * country form after an accepted report recomputes one province, not the country, and a form
 * never reads a figure older than the last write.
 *
 * A build holds the units' lock rows for share while it reads and stores, and a write locks them
 * for update before it drops: the two never interleave (see the migration).
 */
import { type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { periodCode } from '../../../kernel/period';
import type { DbOrTx } from '../../../platform/db/client';
import type { FormContext } from '../forms/definition';
import { jsonbValue, type Row, rowsOf } from './sql';

// Unit ids ('34:01', '63:26') hold no comma: the list goes as one text parameter.
const unitList = (units: readonly string[]) => sql`string_to_array(${units.join(',')}, ',')`;

/** Every admin unit a project can be placed in: its park's unit, else its KKT's. */
async function allUnits(db: DbOrTx): Promise<string[]> {
  const rows = await rowsOf(
    db,
    sql`select admin_unit_id as unit_id from industrial_parks union select admin_unit_id from economic_zones`,
  );
  return rows.map((r) => String(r.unit_id));
}

/**
 * The rows of `query` for the scope's units, from the kept sums where they are current, computed
 * (and kept) for the others. `fact` names the query and every parameter that changes its rows
 * (the rate, the options); `query(unitIds)` must return rows with a `unit_id` column and select
 * only projects of those units (projectPlaces(unitIds)).
 */
export function unitRows(ctx: FormContext, fact: string, query: (unitIds: readonly string[]) => SQL): Promise<Row[]> {
  return keptRows(ctx, fact, (db, unitIds) => rowsOf(db, query(unitIds)));
}

/**
 * As `unitRows`, for a fact computed by code (`compute(db, unitIds)` returns rows with a `unit_id`,
 * reading through `db`, which is the build's transaction). Its tables must be among those whose
 * writes drop the kept sums (migrations 0023, 0024).
 */
export async function keptRows(
  ctx: Pick<FormContext, 'db' | 'period' | 'to' | 'unitIds'>,
  fact: string,
  compute: (db: DbOrTx, unitIds: readonly string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const units = ctx.unitIds ?? (await allUnits(ctx.db));
  if (units.length === 0) return [];
  const period = periodCode(ctx.period);
  const kept = await rowsOf(
    ctx.db,
    sql`select unit_id, rows from statistics_unit_sums
        where fact = ${fact} and period = ${period} and unit_id = any(${unitList(units)})`,
  );
  const out: Row[] = [];
  const found = new Set<string>();
  for (const k of kept) {
    found.add(String(k.unit_id));
    out.push(...jsonbValue<Row[]>(k.rows));
  }
  const missing = units.filter((u) => !found.has(u));
  if (missing.length > 0) out.push(...(await build(ctx, fact, period, missing, compute)));
  return out;
}

async function build(
  ctx: Pick<FormContext, 'db' | 'to'>,
  fact: string,
  period: string,
  units: readonly string[],
  compute: (db: DbOrTx, unitIds: readonly string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const work = async (db: DbOrTx) => {
    const list = unitList(units);
    await db.execute(sql`insert into statistics_unit_locks (unit_id) select unnest(${list}) on conflict do nothing`);
    await db.execute(sql`select 1 from statistics_unit_locks where unit_id = any(${list}) order by unit_id for share`);
    const rows = await compute(db, units);
    const byUnit: Record<string, Row[]> = Object.fromEntries(units.map((u) => [u, []]));
    for (const r of rows) byUnit[String(r.unit_id)]?.push(r);
    await db.execute(
      sql`insert into statistics_unit_sums (fact, period, unit_id, period_end, rows)
          select ${fact}, ${period}, u.key, ${ctx.to}::date, u.value
          from jsonb_each(${JSON.stringify(byUnit)}::jsonb) u
          on conflict (fact, period, unit_id) do update set rows = excluded.rows, period_end = excluded.period_end,
            built_at = now()`,
    );
    return rows;
  };
  // Inside a caller's transaction the locks last until it ends; otherwise the build is its own.
  return ctx.db instanceof PgTransaction ? work(ctx.db) : ctx.db.transaction((tx) => work(tx));
}
