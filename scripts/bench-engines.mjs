#!/usr/bin/env node
// One runner for the per-engine benchmarks: `node scripts/bench-engines.mjs <bench> [--scale 1,10]
// [--engine pglite,postgres] [--runs N]` runs bench/<bench>.ts on each engine and scale, each on a
// fresh database; PostgreSQL is a throwaway server started here (scripts/postgres.mjs).
// `npm run bench:registry` and `npm run bench:statistics` call it through their small entry scripts,
// which give each benchmark its own defaults.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

/**
 * Runs bench/<bench>.ts for every engine × scale; the command line overrides `defaults`
 * ({ scale, engine, runs }). Sets a non-zero exit code when a run fails.
 */
export async function runBench(bench, defaults = {}, args = process.argv.slice(2)) {
  const file = path.join(root, 'bench', `${bench}.ts`);
  if (!existsSync(file)) throw new Error(`No benchmark bench/${bench}.ts`);
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string', default: defaults.scale ?? '1' },
      engine: { type: 'string', default: defaults.engine ?? 'pglite,postgres' },
      runs: { type: 'string', default: defaults.runs ?? '9' },
    },
  });
  const run = (scale, env) => {
    const r = spawnSync(process.execPath, [tsx, file, '--scale', scale, '--runs', values.runs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) process.exitCode = 1;
  };
  for (const engine of values.engine.split(',')) {
    for (const scale of values.scale.split(',')) {
      console.log(`\n######## ${bench}: ${engine}, scale ${scale}`);
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
}

// Run directly: the first argument names the benchmark.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [bench, ...rest] = process.argv.slice(2);
  if (!bench || bench.startsWith('-')) {
    console.error(
      'usage: node scripts/bench-engines.mjs <registry|statistics> [--scale 1,10] [--engine pglite,postgres] [--runs N]',
    );
    process.exit(2);
  }
  await runBench(bench, {}, rest);
}
