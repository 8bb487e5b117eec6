/**
 * Registry benchmarks, printed as numbers: how long the demo country takes to load, and the
 * latency of the registry lists and searches a Board officer or ministry analyst uses, through the
 * real HTTP stack (fastify inject: routing, access hook, zod, service, database).
 *
 *   npm run bench:registry -- --scale 1            # PGlite in memory
 *   DATABASE_URL=postgres://… npm run bench:registry -- --scale 10
 *
 * On PostgreSQL the database named in DATABASE_URL must be empty (it is migrated here).
 * BENCH_DATA_DIR=/tmp/x keeps a PGlite country between runs (loaded only when empty).
 */
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { loadDemoCountry, registryIsEmpty } from '../src/demo/load-country';
import { todayInVietnam } from '../src/kernel/format';
import { systemActor } from '../src/platform/auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/platform/auth/contract';
import { migrateDatabase, openPglite, openPostgres } from '../src/platform/db/client';
import { seedReferenceData } from '../src/seed';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    runs: { type: 'string', default: '15' },
  },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const fmt = (n: number, digits = 0) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
const PASSWORD = 'Bench-mat-khau-2026';

/** BENCH_DATA_DIR: a PGlite folder kept between runs; the country is loaded only when it is empty. */
const dataDir = process.env.BENCH_DATA_DIR;
const database = process.env.DATABASE_URL
  ? await openPostgres(process.env.DATABASE_URL)
  : await openPglite(dataDir ? { dataDir: dataDir } : {});
await migrateDatabase(database);
const app = await createApp({ database, config: { bodyLimitBytes: 1 << 20, secureCookies: false, webDistDir: '' } });
await seedReferenceData(app);
console.log(`IZA registry benchmarks — ${new Date().toISOString()} — ${database.engine}, scale ${scale}\n`);

let lastPhase = '';
const reuse = !(await registryIsEmpty(database.db));
if (reuse) console.log(`reusing the country already in ${dataDir}`);
const load = reuse
  ? null
  : await loadDemoCountry(database.db, {
      today: todayInVietnam(),
      scale,
      seed: Number(values.seed),
      onProgress: (p) => {
        if (p.phase === lastPhase) return;
        lastPhase = p.phase;
        process.stdout.write(`  … ${p.phase}\n`);
      },
    });
if (load) {
  const rows = Object.values(load.counts).reduce((a, b) => a + b, 0);
  console.log(
    `${'demo country load'.padEnd(60)} ${fmt(load.milliseconds / 1000, 1)} s — ${fmt(load.counts.projects ?? 0)} projects, ` +
      `${fmt(load.counts.parks ?? 0)} parks, ${fmt(rows)} rows (${fmt(rows / (load.milliseconds / 1000))} rows/s)`,
  );
}
if (database.engine === 'postgres') await database.query('analyze');

async function signIn(username: string, role: 'ministry' | 'board_officer', provinceCode?: string) {
  if (reuse) username = `${username}.${Date.now()}`;
  await app.services.auth.createUser(systemActor('bench'), {
    username,
    displayName: username,
    role,
    password: PASSWORD,
    ...(provinceCode ? { provinceCode } : {}),
  });
  const res = await app.http.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password: PASSWORD },
  });
  const cookie = `${SESSION_COOKIE}=${/iza_session=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1]}`;
  return { cookie, [CSRF_HEADER]: (res.json() as { csrfToken: string }).csrfToken };
}
const ministry = await signIn('bench.bo', 'ministry');
const board = await signIn('bench.bql', 'board_officer', '79');

const get = async (url: string, headers: Record<string, string>) => {
  const res = await app.http.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json() as { total?: number; items?: { id: string; projectCode?: string; name?: string }[] };
};

async function measure(name: string, url: string, headers = ministry) {
  const first = await get(url, headers);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await get(url, headers);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const total = first.total === undefined ? '' : ` (${fmt(first.total)} rows)`;
  console.log(`${name.padEnd(60)} p50 ${fmt(p(0.5), 1)} ms · p95 ${fmt(p(0.95), 1)} ms${total}`);
  return first;
}

console.log(`\nLatency over ${runs} runs after one warm-up (ministry unless noted):`);
const page = await measure('parks list, page 1', '/api/parks?pageSize=50');
await measure('parks search "long" (no diacritics)', '/api/parks?q=long&pageSize=50');
await measure('parks in Bắc Ninh on 2025-06-30 (old Bắc Giang + Bắc Ninh)', '/api/parks?province=24&asOf=2025-06-30');
await measure(
  'parks operating today, sorted by area desc',
  '/api/parks?status=operating&sort=establishedArea&order=desc',
);
await measure('parks of HCMC as its Board (scope)', '/api/parks?pageSize=50', board);
await measure('occupancy, all established parks, whole country', '/api/parks/occupancy');
await measure('park detail', `/api/parks/${page.items![0]!.id}`);
const projects = await measure('projects list, page 1', '/api/projects?pageSize=50');
await measure('projects page 100 by name desc', '/api/projects?pageSize=50&page=100&sort=name&order=desc');
await measure('projects search by name fragment "dien tu"', '/api/projects?q=dien%20tu&pageSize=50');
await measure('projects search by code', `/api/projects?q=${projects.items![7]!.projectCode}`);
await measure('projects FDI valid today in HCMC', '/api/projects?origin=FDI&status=valid&province=79&pageSize=50');
await measure('projects with a Korean main partner', '/api/projects?partnerCountry=KR&pageSize=50');
await measure(
  'projects valid on 2020-12-31 in Hải Phòng (history fold)',
  '/api/projects?asOf=2020-12-31&status=valid&province=31&pageSize=50',
);
await measure('projects of HCMC as its Board (scope)', '/api/projects?pageSize=50', board);
await measure('project detail (events, investors, origin)', `/api/projects/${projects.items![3]!.id}`);
await measure('enterprises search "viet nam"', '/api/enterprises?q=viet%20nam&pageSize=50');

await app.http.close();
await database.close();
