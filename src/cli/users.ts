import { randomBytes } from 'node:crypto';
import { createApp } from '../app';
import { splitBilingual } from '../kernel/bilingual';
import type { Role } from '../platform/auth/contract';
import { NewPassword } from '../platform/auth/contract';
import { cliActor } from '../platform/auth/service';
import { explain, loadConfig, withDatabase } from './context';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Letters and digits only, so it can be read aloud and typed; 20 characters ≈ 119 bits. */
function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return /\d/.test(out) ? out : `${out.slice(0, -1)}7`;
}

async function obtainPassword(options: { passwordStdin?: boolean; generatePassword?: boolean }) {
  if (options.generatePassword) return { password: generatePassword(), generated: true };
  if (!options.passwordStdin) {
    throw new Error(
      'Hãy dùng --password-stdin hoặc --generate-password.\nUse --password-stdin or --generate-password.',
    );
  }
  const password = await readStdin();
  const check = NewPassword.safeParse(password);
  if (!check.success) {
    const both = splitBilingual(check.error.issues[0]?.message ?? '');
    throw new Error(both ? `${both.vi}\n${both.en}` : 'Mật khẩu không hợp lệ / invalid password');
  }
  return { password, generated: false };
}

async function run(work: () => Promise<void>) {
  try {
    await work();
  } catch (err) {
    console.error(explain(err));
    process.exitCode = 1;
  }
}

export function userAddCommand(
  username: string,
  options: {
    role: Role;
    name: string;
    email?: string;
    province?: string;
    enterprise?: string;
    passwordStdin?: boolean;
    generatePassword?: boolean;
  },
) {
  return run(async () => {
    if ((options.role === 'board_leader' || options.role === 'board_officer') && !options.province) {
      throw new Error('Vai trò Ban Quản lý cần --province <mã tỉnh>.\nBoard roles need --province <code>.');
    }
    const { password, generated } = await obtainPassword(options);
    await withDatabase(async (database) => {
      const app = await createApp({ database, config: loadConfig() });
      const user = await app.services.auth.createUser(cliActor, {
        username,
        displayName: options.name,
        role: options.role,
        password,
        email: options.email ?? null,
        provinceCode: options.province ?? null,
        enterpriseId: options.enterprise ?? null,
      });
      console.log(`Đã tạo người dùng / user created: ${user.username} (${user.role})`);
      if (generated) console.log(`Mật khẩu / password: ${password}`);
      await app.http.close();
    });
  });
}

export function userPasswdCommand(username: string, options: { passwordStdin?: boolean; generatePassword?: boolean }) {
  return run(async () => {
    const { password, generated } = await obtainPassword(options);
    await withDatabase(async (database) => {
      const app = await createApp({ database, config: loadConfig() });
      await app.services.auth.setPassword(cliActor, username, password);
      console.log(`Đã đặt mật khẩu / password set: ${username}`);
      if (generated) console.log(`Mật khẩu / password: ${password}`);
      await app.http.close();
    });
  });
}

export function userListCommand() {
  return run(() =>
    withDatabase(async (database) => {
      const app = await createApp({ database, config: loadConfig() });
      const users = await app.services.auth.listUsers(cliActor);
      if (!users.length) console.log('Chưa có người dùng / no users yet. Tạo bằng / create with: iza user add');
      for (const u of users) {
        const scope = u.scope.provinceCode ?? u.scope.enterpriseId ?? '';
        const state = !u.active
          ? 'inactive'
          : u.lockedUntil && new Date(u.lockedUntil) > new Date()
            ? 'locked'
            : 'active';
        console.log([u.username.padEnd(24), u.role.padEnd(14), scope.padEnd(38), state, u.displayName].join(' '));
      }
      await app.http.close();
    }),
  );
}
