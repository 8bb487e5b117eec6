/**
 * Foundation benchmarks, printed as numbers (no pass/fail): the legal-clock primitives, password
 * hashing, HTTP throughput of the API on the embedded database, measured with autocannon
 * against a real server on loopback, and the speed of Excel imports (bench/imports.ts). Run with `npm run bench` (optionally DATABASE_URL=… to
 * measure PostgreSQL).
 */
import autocannon from 'autocannon';
import { createApp } from '../src/app';
import { createWorkingCalendar, DEFAULT_OFFICE_HOURS, statutoryHolidays } from '../src/kernel/calendar';
import { systemActor } from '../src/platform/auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/platform/auth/contract';
import { type Database, migrateDatabase, openPglite, openPostgres } from '../src/platform/db/client';
import { seedReferenceData } from '../src/seed';
import { importBenchmarks } from './imports';

const rows: [string, string][] = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(58)} ${value}`);
};
const fmt = (n: number, digits = 0) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);

function timeIt(iterations: number, fn: (i: number) => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function kernel() {
  const days = [];
  for (let y = 2015; y <= 2035; y++) days.push(...statutoryHolidays(y));
  const calendar = createWorkingCalendar(days);
  const n = 100_000;
  const ms = timeIt(n, (i) => calendar.addWorkingDays(`2025-0${(i % 9) + 1}-1${i % 10}`, (i % 40) + 1));
  record('calendar.addWorkingDays (1–40 days), ops/s', fmt((n / ms) * 1000));
  const start = new Date('2026-03-02T01:00:00Z');
  const ms2 = timeIt(n, (i) =>
    calendar.addWorkingHours(new Date(start.getTime() + i * 3_600_000), (i % 16) + 1, DEFAULT_OFFICE_HOURS),
  );
  record('calendar.addWorkingHours (1–16 h, office hours), ops/s', fmt((n / ms2) * 1000));
  const ms3 = timeIt(200, (i) => statutoryHolidays(2000 + (i % 50)));
  record('holidays of one year generated (lunar Tết, Hùng Kings), µs', fmt((ms3 / 200) * 1000));
}

async function http(database: Database) {
  const app = await createApp({ database, config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' } });
  await seedReferenceData(app);
  const username = `bench.${Date.now()}`;
  await app.services.auth.createUser(systemActor('bench'), {
    username,
    displayName: 'Bench',
    role: 'admin',
    password: 'Bench-mat-khau-2026',
  });
  const url = await app.http.listen({ port: 0, host: '127.0.0.1' });

  const t0 = performance.now();
  const signIns = 10;
  let cookie = '';
  let csrf = '';
  for (let i = 0; i < signIns; i++) {
    const res = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'Bench-mat-khau-2026' }),
    });
    cookie = `${SESSION_COOKIE}=${/iza_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1]}`;
    csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }
  record('sign-in (argon2id verify + session + audit row), ms each', fmt((performance.now() - t0) / signIns, 1));

  const load = async (name: string, path: string, headers: Record<string, string> = {}) => {
    const result = await autocannon({ url: `${url}${path}`, connections: 20, duration: 5, headers });
    if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} non-2xx answers`);
    record(`${name}, req/s (20 connections, 5 s)`, fmt(result.requests.average));
    record(`${name}, latency p50 / p99 ms`, `${result.latency.p50} / ${result.latency.p99}`);
  };
  await load('GET /health (database round trip)', '/health');
  await load('GET /api/geo/provinces?date=2024-01-01 (63 with lineage)', '/api/geo/provinces?date=2024-01-01');
  await load('GET /api/auth/me (session lookup)', '/api/auth/me', { cookie, [CSRF_HEADER]: csrf });
  await load('GET /api/audit?pageSize=50 (admin)', '/api/audit?pageSize=50', { cookie });
  await app.http.close();
}

/** Excel imports through the services (bench/imports.ts); IZA_BENCH_ONLY=imports runs only these. */
async function imports(database: Database) {
  const app = await createApp({ database, config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' } });
  await seedReferenceData(app);
  await importBenchmarks(app, database.engine, record, fmt);
  await app.http.close();
}

async function main() {
  console.log(`IZA foundation benchmarks — ${new Date().toISOString()} — node ${process.version}\n`);
  const onlyImports = process.env.IZA_BENCH_ONLY === 'imports';
  if (!onlyImports) await kernel();
  const database = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite();
  await migrateDatabase(database);
  if (!onlyImports) {
    console.log(`\nHTTP on ${database.engine}`);
    await http(database);
  }
  console.log(`\nExcel import on ${database.engine}`);
  await imports(database);
  await database.close();
}

await main();
