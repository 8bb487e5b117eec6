#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: unit tests, integration tests on the embedded
// database (PGlite) and on a real PostgreSQL 15 server started here from the machine's binaries,
// then the browser tests in Debian's Chromium. Installs PostgreSQL or Chromium with apt when
// missing. Ends with one plain line "N passed, N failed".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit db:pglite`
const wanted = (stage) => only.length === 0 || only.includes(stage);
const isRoot = process.getuid?.() === 0;
const PG_BIN = '/usr/lib/postgresql/15/bin';
const CHROMIUM = '/usr/bin/chromium';

function log(message) {
  console.log(`\n=== ${message}`);
}

let aptUpdated = false;
function aptInstall(packages) {
  if (!isRoot) throw new Error(`missing ${packages.join(', ')}: install with apt-get (needs root)`);
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function vitest(project, env = {}) {
  const report = path.join(resultsDir, `vitest-${project}-${env.IZA_TEST_ENGINE ?? 'default'}.json`);
  fs.rmSync(report, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed =
      (json.numFailedTests ?? 0) + (json.numFailedTestSuites && !json.numFailedTests ? json.numFailedTestSuites : 0);
  }
  // A crash before any report still counts as a failure.
  if (r.status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

async function startPostgres() {
  if (!fs.existsSync(path.join(PG_BIN, 'postgres'))) {
    log('PostgreSQL 15 not found: installing postgresql-15');
    aptInstall(['postgresql-15']);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iza-pg-'));
  const data = path.join(dir, 'data');
  // The server refuses to run as root: run it as the postgres user, in a folder it owns.
  const asPg = (cmd, args, opts = {}) =>
    isRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], opts) : spawnSync(cmd, args, opts);
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const init = asPg(
    path.join(PG_BIN, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    { encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const args = [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ];
  const server = isRoot
    ? spawn('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, 'postgres'), ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(path.join(PG_BIN, 'postgres'), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => {
    stderr += d;
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const started = Date.now();
  for (;;) {
    const ok = spawnSync(path.join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0;
    if (ok) break;
    if (Date.now() - started > 30_000 || server.exitCode !== null)
      throw new Error(`PostgreSQL did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const version = spawnSync(path.join(PG_BIN, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`${version} on 127.0.0.1:${port} (ready in ${Date.now() - started} ms)`);
  return {
    url,
    // runuser does not pass signals on, so stop the server the way its tools do.
    stop: async () => {
      asPg(path.join(PG_BIN, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30'], { stdio: 'ignore' });
      await Promise.race([
        new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r))),
        new Promise((r) => setTimeout(r, 10_000)),
      ]);
      if (server.exitCode === null) server.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ensureWebBuild() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed');
}

const totals = [];
const started = Date.now();
try {
  if (wanted('unit')) {
    log('Unit tests');
    totals.push(['unit', vitest('unit')]);
  }
  if (wanted('db:pglite')) {
    log('Integration tests on PGlite (embedded)');
    totals.push(['db:pglite', vitest('db', { IZA_TEST_ENGINE: 'pglite' })]);
  }
  if (wanted('db:postgres')) {
    log('Integration tests on PostgreSQL 15');
    const pg = await startPostgres();
    try {
      totals.push(['db:postgres', vitest('db', { IZA_TEST_ENGINE: 'postgres', TEST_DATABASE_URL: pg.url })]);
    } finally {
      await pg.stop();
    }
  }
  if (wanted('browser')) {
    log('Browser tests (Chromium)');
    if (!fs.existsSync(CHROMIUM)) {
      log('Chromium not found: installing chromium');
      aptInstall(['chromium']);
    }
    ensureWebBuild();
    totals.push(['browser', vitest('browser')]);
  }
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : err}`);
  totals.push(['setup', { passed: 0, failed: 1 }]);
}

const passed = totals.reduce((n, [, t]) => n + t.passed, 0);
const failed = totals.reduce((n, [, t]) => n + t.failed, 0);
console.log('\n=== Summary');
for (const [stage, t] of totals) console.log(`${stage.padEnd(12)} ${t.passed} passed, ${t.failed} failed`);
console.log(`time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
