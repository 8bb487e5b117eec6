import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { openPglite } from '../platform/db/client';
import { loadConfig } from './context';

function runTool(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error)
    throw new Error(`${cmd}: ${r.error.message} (cài PostgreSQL client / install the PostgreSQL client tools)`);
  if (r.status !== 0) throw new Error(`${cmd} kết thúc với mã / exited with ${r.status}`);
}

export async function backupCommand(file: string) {
  const config = loadConfig();
  const target = path.resolve(file);
  if (config.databaseUrl) {
    runTool('pg_dump', ['--format=custom', '--no-owner', '--file', target, config.databaseUrl]);
  } else {
    const pgdata = path.join(config.dataDir, 'pgdata');
    if (!fs.existsSync(pgdata)) throw new Error(`Không có dữ liệu tại / no data at ${pgdata}`);
    const database = await openPglite({ dataDir: pgdata });
    try {
      const dump = await database.pglite!.dumpDataDir('gzip');
      fs.writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
  }
  console.log(`Đã sao lưu / backup written: ${target} (${(fs.statSync(target).size / 1024).toFixed(0)} KiB)`);
}

export async function restoreCommand(file: string, options: { yes?: boolean }) {
  const config = loadConfig();
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`Không thấy tệp / file not found: ${source}`);
  if (!options.yes) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(
      'Dữ liệu hiện tại sẽ bị thay thế. Tiếp tục? / This replaces the current data. Continue? [y/N] ',
    );
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) return;
  }
  if (config.databaseUrl) {
    runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--dbname',
      config.databaseUrl,
      source,
    ]);
  } else {
    const pgdata = path.join(config.dataDir, 'pgdata');
    // Restore beside the live folder first, so a broken archive leaves the current data untouched.
    const staging = `${pgdata}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    const database = await openPglite({ dataDir: staging, loadDataDir: new Blob([fs.readFileSync(source)]) });
    await database.query('select 1');
    await database.close();
    const old = `${pgdata}.before-restore`;
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(pgdata)) fs.renameSync(pgdata, old);
    fs.renameSync(staging, pgdata);
    fs.rmSync(old, { recursive: true, force: true });
  }
  console.log(`Đã khôi phục / restored from ${source}`);
}
