/**
 * Statistics benchmark (issue 4 §4), printed as a table and written as JSON: every national form
 * for one quarter and one year for the whole country and for the largest Board's province, the
 * national briefing and the dashboard
 * queries, through the real HTTP stack (fastify inject: access hook, zod, service, SQL), on the
 * demo country with its periodic reports; then, as the physical reference, the forms' core
 * aggregates on the same engine and in DuckDB on a copy of the same rows.
 *
 *   npm run bench:statistics -- --scale 1                 # PGlite and PostgreSQL (scripts/bench-statistics.mjs)
 *   DATABASE_URL=postgres://… tsx bench/statistics.ts --scale 10
 *
 * A form is read as the forms page reads it: a page of a hundred rows with every total row (a list
 * form's kept computation after the warm-up; statistics/kept-forms.ts). The list forms are also
 * timed whole, as the files and the workflow compute them, and their first page after a write, which
 * computes the whole form again.
 *
 * Median and p95 over --runs runs after one warm-up. "Rows read" is the change in the tables'
 * tuples read (pg_stat_user_tables: sequential + index fetches) over one run, where the engine
 * keeps those counters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createApp } from '../src/app';
import { loadDemoCountry, registryIsEmpty } from '../src/demo/load-country';
import { addDays } from '../src/kernel/calendar/local-time';
import { todayInVietnam } from '../src/kernel/format';
import { periodCode, periodEnd, periodOf, periodStart, shiftPeriod } from '../src/kernel/period';
import { FORMS } from '../src/modules/statistics/forms';
import { recordAudit } from '../src/platform/audit/service';
import { systemActor } from '../src/platform/auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/platform/auth/contract';
import { migrateDatabase, openPglite, openPostgres } from '../src/platform/db/client';
import { inTransaction } from '../src/platform/db/transaction';
import { seedReferenceData } from '../src/seed';
import { copyToDuckDb, REFERENCE_QUERIES } from './statistics-reference';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    runs: { type: 'string', default: '9' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const fmt = (n: number, digits = 0) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
const PASSWORD = 'Bench-mat-khau-2026';

const dataDir = process.env.BENCH_DATA_DIR;
const database = process.env.DATABASE_URL
  ? await openPostgres(process.env.DATABASE_URL)
  : await openPglite(dataDir ? { dataDir } : {});
await migrateDatabase(database);
const app = await createApp({ database, config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' } });
await seedReferenceData(app);
const today = todayInVietnam();
console.log(`IZA statistics benchmarks — ${new Date().toISOString()} — ${database.engine}, scale ${scale}\n`);

const reuse = !(await registryIsEmpty(database.db));
let loadSeconds: number | null = null;
let loadRows: number | null = null;
if (reuse) console.log(`reusing the country already in ${dataDir}`);
else {
  let lastPhase = '';
  const load = await loadDemoCountry(database.db, {
    today,
    scale,
    seed: Number(values.seed),
    onProgress: (p) => {
      if (p.phase === lastPhase) return;
      lastPhase = p.phase;
      process.stdout.write(`  … ${p.phase}\n`);
    },
  });
  loadSeconds = load.milliseconds / 1000;
  loadRows = Object.values(load.counts).reduce((a, b) => a + b, 0);
  console.log(`demo country loaded in ${fmt(loadSeconds, 1)} s, ${fmt(loadRows)} rows`);
}
await database.query('analyze');
const [counts] = await database.query<{ projects: number; events: number; reports: number }>(
  `select (select count(*) from projects)::int as projects, (select count(*) from certificate_events)::int as events,
          (select count(*) from reports)::int as reports`,
);
console.log(
  `data: ${fmt(counts!.projects)} projects, ${fmt(counts!.events)} certificate events, ${fmt(counts!.reports)} reports\n`,
);

async function signIn(username: string) {
  username = `${username}.${Date.now()}`;
  await app.services.auth.createUser(systemActor('bench'), {
    username,
    displayName: username,
    role: 'ministry',
    password: PASSWORD,
  });
  const res = await app.http.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: PASSWORD },
  });
  const cookie = `${SESSION_COOKIE}=${/iza_session=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1]}`;
  return { cookie, [CSRF_HEADER]: (res.json() as { csrfToken: string }).csrfToken };
}
const ministry = await signIn('bench.bo');

/** Tuples read so far, where the engine counts them (PostgreSQL; PGlite too when its stats are on). */
async function tuplesRead(): Promise<number | null> {
  try {
    await database.query('select pg_stat_clear_snapshot()');
    const [row] = await database.query<{ n: string | null }>(
      'select sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::text as n from pg_stat_user_tables',
    );
    return row?.n === null || row?.n === undefined ? null : Number(row.n);
  } catch {
    return null;
  }
}
const flushStats = async () => {
  // PostgreSQL 15 publishes a backend's counters at most once a second when it is idle.
  if (database.engine === 'postgres') await new Promise((r) => setTimeout(r, 1100));
};

type Result = { name: string; p50: number; p95: number; rowsRead: number | null; duckdb?: number; ratio?: number };
const results: Result[] = [];

const p = (times: number[], q: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function timeRepeated(fn: () => Promise<unknown>) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

async function measureUrl(name: string, url: string) {
  const get = async () => {
    const res = await app.http.inject({ method: 'GET', url, headers: ministry });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  };
  const times = await timeRepeated(get);
  await flushStats();
  const before = await tuplesRead();
  await get();
  await flushStats();
  const after = await tuplesRead();
  const r: Result = {
    name,
    p50: p(times, 0.5),
    p95: p(times, 0.95),
    rowsRead: before === null || after === null ? null : after - before,
  };
  results.push(r);
  console.log(
    `${name.padEnd(64)} p50 ${fmt(r.p50, 1).padStart(8)} ms · p95 ${fmt(r.p95, 1).padStart(8)} ms · rows read ${r.rowsRead === null ? 'n/a' : fmt(r.rowsRead)}`,
  );
}

const lastQuarter = shiftPeriod(periodOf(today, 'quarter'), -1);
const lastYear = shiftPeriod(periodOf(today, 'year'), -1);
const catalogue = (
  await app.http.inject({ method: 'GET', url: '/api/statistics/forms', headers: ministry })
).json() as {
  items: { code: string }[];
};
const codes = catalogue.items.map((f) => f.code);
/** The forms page's read: the first hundred rows of each list, every total row. */
const PAGE = '&page=1&pageSize=100';
const listForms = codes.filter((c) => FORMS.get(c as never)?.keptForPages);

console.log(`National forms, whole country (ministry), ${runs} runs after a warm-up:`);
for (const period of [lastQuarter, lastYear]) {
  for (const code of codes) {
    await measureUrl(
      `Biểu ${code}.H.QLKKT ${periodCode(period)}`,
      `/api/statistics/forms/${code}?period=${periodCode(period)}${PAGE}`,
    );
  }
}

console.log(`\nList forms whole (as the .xlsx/.docx files and the workflow compute them), whole country:`);
for (const period of [lastQuarter, lastYear]) {
  for (const code of listForms) {
    await measureUrl(
      `whole Biểu ${code}.H.QLKKT ${periodCode(period)}`,
      `/api/statistics/forms/${code}?period=${periodCode(period)}`,
    );
  }
}

// A Board produces its own province's forms: the 34-edition province with the most projects
// (its predecessor units' included), the largest one a Board officer computes.
const [board] = await database.query<{ code: string; name: string }>(
  `with per_unit as (
     select coalesce(pk.admin_unit_id, z.admin_unit_id) as unit_id, count(*) as n from projects p
     left join industrial_parks pk on pk.id = p.park_id
     left join special_zones sz on sz.id = p.special_zone_id
     left join economic_zones z on z.id = coalesce(pk.parent_zone_id, p.zone_id, sz.zone_id)
     group by 1)
   select u.code, u.name from per_unit
   left join geo_unit_successions s on s.from_id = per_unit.unit_id
   join geo_admin_units u on u.id = coalesce(s.to_id, per_unit.unit_id)
   where u.edition = '34' group by u.code, u.name order by sum(per_unit.n) desc, u.code limit 1`,
);
console.log(`\nNational forms, the largest Board's province (${board!.name}), ${runs} runs after a warm-up:`);
for (const period of [lastQuarter, lastYear]) {
  for (const code of codes) {
    await measureUrl(
      `Biểu ${code}.H.QLKKT ${periodCode(period)}, ${board!.name}`,
      `/api/statistics/forms/${code}?period=${periodCode(period)}&province=${board!.code}${PAGE}`,
    );
  }
}

console.log('\nBriefing and dashboards:');
for (const [name, url] of insightUrls(periodCode(lastQuarter), periodCode(lastYear))) await measureUrl(name, url);

/** The insights endpoints the ministry opens most: the national briefing and the dashboard queries. */
function insightUrls(quarter: string, year: string): [string, string][] {
  return [
    [`national briefing ${quarter}`, `/api/insights/briefing?set=country&period=${quarter}`],
    [`national briefing ${year}`, `/api/insights/briefing?set=country&period=${year}`],
    [`country dashboard ${quarter}`, `/api/insights/dashboard?period=${quarter}`],
    [`country dashboard trends (six years)`, `/api/insights/dashboard/trends?period=${year}`],
    [
      `province map ${quarter}, FDI registered capital`,
      `/api/insights/choropleth?period=${quarter}&indicator=valid.FDI.capital`,
    ],
  ];
}

console.log('\nThe first read after a write (an accepted report corrected in one province, then the country read):');
await measureAfterWrite(
  `Biểu 2101.H.QLKKT ${periodCode(lastQuarter)}`,
  `/api/statistics/forms/2101?period=${periodCode(lastQuarter)}`,
);
for (const code of ['2104', '2113']) {
  await measureAfterWrite(
    `Biểu ${code}.H.QLKKT ${periodCode(lastQuarter)} page 1`,
    `/api/statistics/forms/${code}?period=${periodCode(lastQuarter)}${PAGE}`,
  );
}
await measureAfterWrite(
  `national briefing ${periodCode(lastQuarter)}`,
  `/api/insights/briefing?set=country&period=${periodCode(lastQuarter)}`,
);

/**
 * The kept sums (statistics/facts/unit-sums.ts) of the written province are dropped by the write,
 * so this read recomputes that province: the price of liveness, measured on its own. A kept list
 * form of the country is dropped whole by any write, so its first page after one computes it all.
 */
async function measureAfterWrite(name: string, url: string) {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await inTransaction(database.db, async (tx) => {
      await tx.execute(sql`update reports set revenue = coalesce(revenue, 0) + 1
                           where id = (select id from reports where status = 'accepted' and period = ${periodCode(lastQuarter)}
                                       order by number offset ${i * 97} limit 1)`);
      await recordAudit(tx, systemActor('bench'), { action: 'bench.write', entityType: 'bench', after: { i } });
    });
    const t = performance.now();
    const res = await app.http.inject({ method: 'GET', url, headers: ministry });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
    if (i > 0) times.push(performance.now() - t);
  }
  const r: Result = { name: `${name}, after a write`, p50: p(times, 0.5), p95: p(times, 0.95), rowsRead: null };
  results.push(r);
  console.log(`${r.name.padEnd(64)} p50 ${fmt(r.p50, 1).padStart(8)} ms · p95 ${fmt(r.p95, 1).padStart(8)} ms`);
}

console.log('\nReference: the forms’ core aggregates as plain SQL on this engine and in DuckDB on the same rows');
const copy = await copyToDuckDb(database);
console.log(`copied ${fmt(copy.rows)} rows into DuckDB in ${fmt(copy.ms / 1000, 1)} s`);
const from = periodStart(lastQuarter);
const to = periodEnd(lastQuarter);
for (const q of REFERENCE_QUERIES) {
  const engineTimes = await timeRepeated(() => database.query(q.postgres(to, from, periodCode(lastQuarter))));
  const duckTimes = await timeRepeated(() => copy.duck.run(q.duckdb(to, from, periodCode(lastQuarter))));
  const r: Result = {
    name: `SQL: ${q.name}`,
    p50: p(engineTimes, 0.5),
    p95: p(engineTimes, 0.95),
    rowsRead: null,
    duckdb: p(duckTimes, 0.5),
  };
  r.ratio = r.p50 / r.duckdb!;
  results.push(r);
  console.log(
    `${r.name.padEnd(64)} p50 ${fmt(r.p50, 1).padStart(8)} ms · DuckDB ${fmt(r.duckdb!, 1)} ms · ×${fmt(r.ratio, 1)}`,
  );
}
// The ratio to DuckDB is the country's: the reference aggregates read the whole country.
const isForm = (x: Result) => x.name.startsWith('Biểu') && !x.name.includes(',');
const duckMedian = p(
  results.filter((r) => r.duckdb !== undefined).map((r) => r.duckdb!),
  0.5,
);
for (const r of results.filter(isForm)) r.ratio = r.p50 / duckMedian;
console.log(
  `\nForms ÷ DuckDB (median of the reference aggregates, ${fmt(duckMedian, 1)} ms): ` +
    results
      .filter(isForm)
      .map((x) => `${x.name.slice(5, 9)} ×${fmt(x.ratio!, 0)}`)
      .join(', '),
);

fs.mkdirSync(values.out, { recursive: true });
const file = path.join(values.out, `statistics-${database.engine}-scale${scale}.json`);
fs.writeFileSync(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      engine: database.engine,
      scale,
      runs,
      periods: { quarter: periodCode(lastQuarter), year: periodCode(lastYear), asOf: addDays(to, 0) },
      data: { ...counts, loadSeconds, loadRows },
      results,
    },
    null,
    2,
  ),
);
console.log(`\nwritten ${file}`);
await app.http.close();
await database.close();
