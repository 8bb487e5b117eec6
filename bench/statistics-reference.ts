/**
 * The physical reference for the statistics benchmark: the core aggregates behind the national
 * forms (projects valid at a period's end by location class and origin with their registered
 * capital; the period's certificate events by kind; accepted reports summed per park; valid
 * projects by partner) written once for PostgreSQL/PGlite and once for DuckDB, run on the same
 * rows copied into an in-memory DuckDB. The ratio of a form's time to these says how far the
 * product is from what a columnar engine does with the same data.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Database } from '../src/platform/db/client';

type Column = { name: string; type: 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'DATE' | 'BOOLEAN' };
/** Every table is read in id order, in chunks, so memory stays flat. */
type Table = { name: string; select: string; columns: Column[] };

const v = (name: string): Column => ({ name, type: 'VARCHAR' });
const d = (name: string): Column => ({ name, type: 'DOUBLE' });

/** The columns the aggregates read, nothing else (a columnar engine would not read the rest either). */
const TABLES: Table[] = [
  {
    name: 'economic_zones',
    select: 'id::text, type',
    columns: [v('id'), v('type')],
  },
  {
    name: 'industrial_parks',
    select: 'id::text, parent_zone_id::text, admin_unit_id',
    columns: [v('id'), v('parent_zone_id'), v('admin_unit_id')],
  },
  {
    name: 'projects',
    select: 'id::text, park_id::text, zone_id::text, type',
    columns: [v('id'), v('park_id'), v('zone_id'), v('type')],
  },
  {
    name: 'certificate_events',
    select:
      'id::text, project_id::text, seq, kind, date::text, capital_usd::float8, capital_vnd::float8, origin_after, partner_after',
    columns: [
      v('id'),
      v('project_id'),
      { name: 'seq', type: 'INTEGER' },
      v('kind'),
      { name: 'date', type: 'DATE' },
      d('capital_usd'),
      d('capital_vnd'),
      v('origin_after'),
      v('partner_after'),
    ],
  },
  {
    name: 'reports',
    select:
      'id::text, project_id::text, period, status, revenue::float8, export_usd::float8, import_usd::float8, budget_vnd::float8, workers_domestic, workers_foreign',
    columns: [
      v('id'),
      v('project_id'),
      v('period'),
      v('status'),
      d('revenue'),
      d('export_usd'),
      d('import_usd'),
      d('budget_vnd'),
      { name: 'workers_domestic', type: 'INTEGER' },
      { name: 'workers_foreign', type: 'INTEGER' },
    ],
  },
];

export type ReferenceQuery = {
  name: string;
  postgres: (to: string, from: string, period: string) => string;
  duckdb: (to: string, from: string, period: string) => string;
};

const place = `left join industrial_parks k on k.id = p.park_id
  left join economic_zones z on z.id = coalesce(k.parent_zone_id, p.zone_id)`;
const validAtEnd = (lastOf: (col: string) => string, to: string) => `
  select project_id, ${lastOf('origin_after')} as origin, ${lastOf('partner_after')} as partner,
         sum(case when kind in ('issued','adjusted') then capital_usd end) as usd,
         sum(case when kind in ('issued','adjusted') then capital_vnd end) as vnd
  from certificate_events where date <= '${to}'
  group by project_id
  having bool_or(kind = 'issued') and not bool_or(kind in ('revoked','terminated'))`;
const pgLast = (col: string) => `(array_agg(${col} order by seq desc))[1]`;
const duckLast = (col: string) => `arg_max(${col}, seq)`;

export const REFERENCE_QUERIES: ReferenceQuery[] = [
  {
    name: 'valid at end × location class × origin (2101/2104/2114 core)',
    postgres: (to) => `select coalesce(z.type, 'outside') as cls, ev.origin, count(*), sum(ev.usd), sum(ev.vnd)
      from (${validAtEnd(pgLast, to)}) ev join projects p on p.id = ev.project_id ${place} group by 1, 2`,
    duckdb: (to) => `select coalesce(z.type, 'outside') as cls, ev.origin, count(*), sum(ev.usd), sum(ev.vnd)
      from (${validAtEnd(duckLast, to)}) ev join projects p on p.id = ev.project_id ${place} group by 1, 2`,
  },
  {
    name: 'events in the period × kind × class × origin (2101 rows 1–4)',
    postgres: (
      to,
      from,
    ) => `select e.kind, coalesce(z.type, 'outside'), e.origin_after, count(distinct e.project_id), sum(e.capital_usd), sum(e.capital_vnd)
      from certificate_events e join projects p on p.id = e.project_id ${place}
      where e.date between '${from}' and '${to}' group by 1, 2, 3`,
    duckdb: (
      to,
      from,
    ) => `select e.kind, coalesce(z.type, 'outside'), e.origin_after, count(distinct e.project_id), sum(e.capital_usd), sum(e.capital_vnd)
      from certificate_events e join projects p on p.id = e.project_id ${place}
      where e.date between '${from}' and '${to}' group by 1, 2, 3`,
  },
  {
    name: 'accepted reports of the period per park (2104 in-period columns)',
    postgres: (
      _to,
      _from,
      period,
    ) => `select p.park_id, count(*), sum(r.revenue), sum(r.export_usd), sum(r.import_usd), sum(r.budget_vnd), sum(r.workers_domestic), sum(r.workers_foreign)
      from reports r join projects p on p.id = r.project_id where r.period = '${period}' and r.status = 'accepted' group by 1`,
    duckdb: (
      _to,
      _from,
      period,
    ) => `select p.park_id, count(*), sum(r.revenue), sum(r.export_usd), sum(r.import_usd), sum(r.budget_vnd), sum(r.workers_domestic), sum(r.workers_foreign)
      from reports r join projects p on p.id = r.project_id where r.period = '${period}' and r.status = 'accepted' group by 1`,
  },
  {
    name: 'valid FDI at end by partner (2114 cumulative)',
    postgres: (to) =>
      `select ev.partner, count(*), sum(ev.usd) from (${validAtEnd(pgLast, to)}) ev where ev.origin = 'FDI' group by 1`,
    duckdb: (to) =>
      `select ev.partner, count(*), sum(ev.usd) from (${validAtEnd(duckLast, to)}) ev where ev.origin = 'FDI' group by 1`,
  },
];

const CHUNK = 100_000;

/** Copies the columns the aggregates read into a fresh in-memory DuckDB, in chunks (scale 10 has millions of reports). */
export async function copyToDuckDb(database: Database): Promise<{ duck: DuckDBConnection; rows: number; ms: number }> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  let rows = 0;
  for (const t of TABLES) {
    await duck.run(`create table ${t.name} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
    const appender = await duck.createAppender(t.name);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const chunk = await database.query<Record<string, unknown>>(
        `select ${t.select} from ${t.name} where id > $1::uuid order by id limit ${CHUNK}`,
        [after],
      );
      for (const r of chunk) {
        for (const c of t.columns) {
          const value = r[c.name];
          if (value === null || value === undefined) appender.appendNull();
          else if (c.type === 'DOUBLE') appender.appendDouble(Number(value));
          else if (c.type === 'INTEGER') appender.appendInteger(Number(value));
          else if (c.type === 'BOOLEAN') appender.appendBoolean(Boolean(value));
          else appender.appendVarchar(String(value));
        }
        appender.endRow();
      }
      rows += chunk.length;
      if (chunk.length < CHUNK) break;
      after = String(chunk.at(-1)!.id);
    }
    appender.flushSync();
    appender.closeSync();
  }
  return { duck, rows, ms: performance.now() - started };
}
