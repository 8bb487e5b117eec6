#!/usr/bin/env node
// Builds the web app into dist/web unless the build is newer than every source file it is made
// from, so a second `npm start` starts in seconds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'web', 'index.html');
const sources = ['web', 'src', 'vite.config.ts', 'package-lock.json'];

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules') continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

const force = process.argv.includes('--force');
const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
const changed = Math.max(
  ...sources
    .map((s) => path.join(root, s))
    .filter(fs.existsSync)
    .map(newest),
);
if (!force && built > changed) {
  console.log('Giao diện web đã được dựng / web app is up to date (dist/web)');
  process.exit(0);
}
console.log('Đang dựng giao diện web / building the web app …');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
