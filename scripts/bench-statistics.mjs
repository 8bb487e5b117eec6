#!/usr/bin/env node
// `npm run bench:statistics -- [--scale 1,10] [--engine pglite,postgres]`: the statistics benchmark
// (bench/statistics.ts) on each engine and scale, each on a fresh database; PostgreSQL is a
// throwaway server started here (scripts/postgres.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1,10' },
    engine: { type: 'string', default: 'pglite,postgres' },
    runs: { type: 'string', default: '9' },
  },
});

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const run = (scale, env) => {
  const r = spawnSync(
    process.execPath,
    [tsx, path.join(root, 'bench/statistics.ts'), '--scale', scale, '--runs', values.runs],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (r.status !== 0) process.exitCode = 1;
};

for (const engine of values.engine.split(',')) {
  for (const scale of values.scale.split(',')) {
    console.log(`\n######## ${engine}, scale ${scale}`);
    if (engine === 'pglite') {
      run(scale, { DATABASE_URL: '' });
    } else {
      const pg = await startPostgres();
      try {
        run(scale, { DATABASE_URL: pg.url });
      } finally {
        await pg.stop();
      }
    }
  }
}
