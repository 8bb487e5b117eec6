import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase, testEngine } from '../support/db';

/**
 * The `iza` command as an operator runs it, as a separate process, on the engine of the run:
 * a PGlite data folder, or an empty PostgreSQL database through DATABASE_URL.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iza-cli-'));
let env: NodeJS.ProcessEnv;
let empty: TestDatabase | undefined;

beforeAll(async () => {
  env = { ...process.env, IZA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (testEngine() === 'postgres') {
    empty = await createEmptyDatabase();
    env.DATABASE_URL = empty.url;
  }
});
afterAll(async () => {
  await empty?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function iza(args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/iza.mjs'), ...args], { cwd: root, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdin.end(input ?? '');
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

describe('iza', { timeout: 120_000 }, () => {
  it('explains every command with --help', async () => {
    const top = await iza(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'backup', 'restore']) expect(top.out).toContain(cmd);
    for (const cmd of [
      ['serve'],
      ['migrate'],
      ['seed'],
      ['user', 'add'],
      ['user', 'passwd'],
      ['user', 'list'],
      ['backup'],
      ['restore'],
    ]) {
      const r = await iza([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.out).toMatch(/Usage: iza/);
    }
  });

  it('migrates and seeds an empty database, twice without harm', async () => {
    const first = await iza(['migrate']);
    expect(first.code, first.err).toBe(0);
    const seed = await iza(['seed']);
    expect(seed.out).toContain('geo.admin-units');
    const again = await iza(['seed']);
    expect(again.out).toMatch(/đã mới nhất|up to date/);
  });

  it('creates the first administrator, refuses a duplicate and weak passwords, lists and resets', async () => {
    const add = await iza(
      ['user', 'add', 'Quan.Tri', '--role', 'admin', '--name', 'Quản trị viên', '--password-stdin'],
      'MatKhauManh2026\n',
    );
    expect(add.code, add.err).toBe(0);
    expect(add.out).toContain('quan.tri');
    const dup = await iza(['user', 'add', 'quan.tri', '--role', 'admin', '--name', 'X', '--generate-password']);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('đã có');
    const weak = await iza(['user', 'add', 'yeu', '--role', 'ministry', '--name', 'Y', '--password-stdin'], 'ngan\n');
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('ít nhất 10 ký tự');
    const board = await iza(['user', 'add', 'bql', '--role', 'board_officer', '--name', 'B', '--generate-password']);
    expect(board.code).toBe(1);
    expect(board.err).toContain('--province');
    const badRole = await iza(['user', 'add', 'x', '--role', 'king', '--name', 'X', '--generate-password']);
    expect(badRole.code).toBe(1);
    const list = await iza(['user', 'list']);
    expect(list.out).toMatch(/quan\.tri\s+admin/);
    const reset = await iza(['user', 'passwd', 'quan.tri', '--generate-password']);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/Mật khẩu \/ password: [A-Za-z0-9]{20}/);
  });

  it('serves without demo data or demo accounts', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child: ChildProcess = spawn(
      process.execPath,
      [path.join(root, 'bin/iza.mjs'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
      { cwd: root, env },
    );
    try {
      let health: Response | undefined;
      for (let i = 0; i < 100 && !health?.ok; i++) {
        await new Promise((r) => setTimeout(r, 200));
        health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      }
      expect(health?.ok).toBe(true);
      const demo = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'IzaAdmin#2026' }),
      });
      expect(demo.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
    const list = await iza(['user', 'list']);
    expect(list.out).not.toContain('bo.taichinh');
  });

  it('backs up and restores the whole database', async () => {
    const file = path.join(dataDir, testEngine() === 'postgres' ? 'iza.dump' : 'iza.tar.gz');
    const backup = await iza(['backup', file]);
    expect(backup.code, backup.err).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    await iza(['user', 'add', 'sau.saoluu', '--role', 'ministry', '--name', 'Sau sao lưu', '--generate-password']);
    expect((await iza(['user', 'list'])).out).toContain('sau.saoluu');
    const restore = await iza(['restore', file, '--yes']);
    expect(restore.code, restore.err).toBe(0);
    const after = await iza(['user', 'list']);
    expect(after.out).not.toContain('sau.saoluu');
    expect(after.out).toContain('quan.tri');
  });
});
