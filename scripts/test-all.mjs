#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: unit tests, integration tests on the embedded
// database (PGlite) and on a real PostgreSQL 15 server started here from the machine's binaries,
// then the browser tests in Debian's Chromium. Installs PostgreSQL or Chromium with apt when
// missing. Ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit db:pglite`
const wanted = (stage) => only.length === 0 || only.includes(stage);
const CHROMIUM = '/usr/bin/chromium';

function log(message) {
  console.log(`\n=== ${message}`);
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
