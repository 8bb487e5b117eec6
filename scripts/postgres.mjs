// A throwaway PostgreSQL 15 server from the machine's binaries, for the test suite and the
// benchmarks: initdb in a temporary folder, started on a free loopback port as the postgres user
// (the server refuses to run as root), stopped and removed afterwards. Installs postgresql-15 with
// apt when missing (root only).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const isRoot = process.getuid?.() === 0;
const PG_BIN = '/usr/lib/postgresql/15/bin';

function log(message) {
  console.log(`\n=== ${message}`);
}

let aptUpdated = false;
export function aptInstall(packages) {
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

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

/** Fast settings (no fsync): for tests and read benchmarks, never for data that matters. */
export async function startPostgres() {
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
  // The server's log goes to a file, not a pipe: the test runner waits on vitest with spawnSync, so
  // nobody would read a pipe, and once its 64 KB filled (the ERROR lines of tests that provoke
  // database errors) every backend writing a log line, the checkpointer included, blocked for good.
  const logFile = path.join(dir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const server = isRoot
    ? spawn('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, 'postgres'), ...args], {
        stdio: ['ignore', 'ignore', log],
      })
    : spawn(path.join(PG_BIN, 'postgres'), args, { stdio: ['ignore', 'ignore', log] });
  fs.closeSync(log);
  const stderr = () => fs.readFileSync(logFile, 'utf8').slice(-4000);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const started = Date.now();
  for (;;) {
    const ok = spawnSync(path.join(PG_BIN, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0;
    if (ok) break;
    if (Date.now() - started > 30_000 || server.exitCode !== null)
      throw new Error(`PostgreSQL did not start: ${stderr()}`);
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
