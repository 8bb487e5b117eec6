#!/usr/bin/env node
// `npm start`: builds the web app when needed, then serves IZA on the embedded database with
// the demo dataset and demo accounts (created on the first start of an empty database).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const serve = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/tsx/dist/cli.mjs'),
    path.join(root, 'src/cli/main.ts'),
    'serve',
    '--demo',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { LOG_LEVEL: 'warn', ...process.env } },
);
process.exit(serve.status ?? 0);
