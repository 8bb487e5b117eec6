import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { AppError } from '../../kernel/errors';
import { recordAudit } from '../audit/service';
import type { Db } from '../db/client';
import { inTransaction } from '../db/transaction';
import { type Actor, type Origin, systemActor, type UserActor } from './actor';
import type { Locale, Me } from './contract';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { authorize } from './policy';
import { hit } from './rate-limit';
import { sessions, users } from './schema';
import { createUserAdmin, type ProvinceCheck, toMe, type UserRow } from './user-admin';

export { type NewUser, toMe } from './user-admin';

export type AuthSettings = {
  maxFailedAttempts: number;
  lockMinutes: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  signInAttemptsPerWindow: number;
  signInWindowSeconds: number;
};

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  maxFailedAttempts: 5,
  lockMinutes: 15,
  sessionIdleMinutes: 12 * 60,
  sessionMaxHours: 7 * 24,
  signInAttemptsPerWindow: 30,
  signInWindowSeconds: 300,
};

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
/** Touching last_seen on every request would make every read a write. */
const TOUCH_EVERY_MS = 5 * 60_000;

const toActor = (u: UserRow, origin?: Origin): UserActor => ({ kind: 'user', ...toMe(u), origin });

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');

export function createAuthService(deps: {
  db: Db;
  clock?: () => Date;
  settings?: Partial<AuthSettings>;
  provinceInForce?: ProvinceCheck;
}) {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const settings = { ...DEFAULT_AUTH_SETTINGS, ...deps.settings };
  const admin = createUserAdmin({ db, clock, provinceInForce: deps.provinceInForce });
  const { findUser, getUserRow } = admin;

  async function signIn(origin: Origin, input: { username: string; password: string }) {
    const now = clock();
    const anonymous: Actor = { kind: 'anonymous', origin };
    const attempts = await hit(db, `sign-in:${origin.ip ?? 'unknown'}`, settings.signInWindowSeconds, now);
    if (attempts > settings.signInAttemptsPerWindow) {
      throw new AppError(
        'RATE_LIMITED',
        'Quá nhiều lần đăng nhập từ địa chỉ này. Hãy thử lại sau ít phút.',
        'Too many sign-in attempts from this address. Try again in a few minutes.',
      );
    }
    const user = await findUser(input.username);
    if (!user?.active) {
      await verifyPassword(await dummyPasswordHash(), input.password);
      await inTransaction(db, (tx) =>
        recordAudit(tx, anonymous, {
          action: 'auth.sign_in_failed',
          entityType: 'user',
          after: { username: input.username, reason: user ? 'inactive' : 'unknown_user' },
        }),
      );
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);

    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const failed = user.failedAttempts + 1;
      const lockedUntil =
        failed >= settings.maxFailedAttempts ? new Date(now.getTime() + settings.lockMinutes * 60_000) : null;
      await inTransaction(db, async (tx) => {
        await tx
          .update(users)
          .set({ failedAttempts: lockedUntil ? 0 : failed, lockedUntil })
          .where(eq(users.id, user.id));
        await recordAudit(tx, anonymous, {
          action: lockedUntil ? 'auth.locked' : 'auth.sign_in_failed',
          entityType: 'user',
          entityId: user.id,
          after: { username: user.username, failedAttempts: failed, lockedUntil },
        });
      });
      if (lockedUntil) throw lockedError(lockedUntil);
      throw invalidCredentials();
    }

    const token = newToken();
    const csrfToken = newToken();
    const actor = toActor(user, origin);
    await inTransaction(db, async (tx) => {
      if (user.failedAttempts > 0 || user.lockedUntil) {
        await tx.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id));
      }
      await tx.insert(sessions).values({
        id: sha256(token),
        userId: user.id,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + settings.sessionMaxHours * 3_600_000),
        ip: origin.ip ?? null,
        userAgent: null,
      });
      await recordAudit(tx, actor, { action: 'auth.sign_in', entityType: 'user', entityId: user.id });
    });
    return { token, csrfToken, user: toMe(user) };
  }

  function lockedError(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clock().getTime()) / 60_000));
    return new AppError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${minutes} phút.`,
      `The account is locked after repeated wrong passwords. Try again in ${minutes} minutes.`,
    );
  }

  /** The actor behind a session cookie, or null when the session is unknown, expired or idle too long. */
  async function resolveSession(token: string, origin?: Origin) {
    const now = clock();
    const rows = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, now)));
    const row = rows[0];
    if (!row?.user.active) return null;
    const idleMs = now.getTime() - row.session.lastSeenAt.getTime();
    if (idleMs > settings.sessionIdleMinutes * 60_000) {
      await db.delete(sessions).where(eq(sessions.id, row.session.id));
      return null;
    }
    if (idleMs > TOUCH_EVERY_MS) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
    }
    return { actor: toActor(row.user, origin), csrfToken: row.session.csrfToken };
  }

  async function signOut(actor: UserActor, token: string) {
    await inTransaction(db, async (tx) => {
      await tx.delete(sessions).where(eq(sessions.id, sha256(token)));
      await recordAudit(tx, actor, { action: 'auth.sign_out', entityType: 'user', entityId: actor.id });
    });
  }

  async function me(actor: Actor): Promise<Me> {
    authorize(actor, 'account:read', { kind: 'user', id: actor.kind === 'user' ? actor.id : '' });
    return toMe(await getUserRow((actor as UserActor).id));
  }

  async function setLocale(actor: Actor, locale: Locale): Promise<Me> {
    authorize(actor, 'account:update', { kind: 'user', id: actor.kind === 'user' ? actor.id : '' });
    const id = (actor as UserActor).id;
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, id));
      const [after] = await tx.update(users).set({ locale, updatedAt: clock() }).where(eq(users.id, id)).returning();
      await recordAudit(tx, actor, {
        action: 'user.set_locale',
        entityType: 'user',
        entityId: id,
        before: { locale: before?.locale },
        after: { locale },
      });
      return toMe(after!);
    });
  }

  /** Changing one's password ends every other session of the account. */
  async function changePassword(
    actor: Actor,
    currentToken: string | null,
    input: { currentPassword: string; newPassword: string },
  ) {
    authorize(actor, 'account:update', { kind: 'user', id: actor.kind === 'user' ? actor.id : '' });
    const user = await getUserRow((actor as UserActor).id);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('UNPROCESSABLE', 'Mật khẩu hiện tại không đúng.', 'The current password is wrong.', {
        'body.currentPassword': {
          message: 'Mật khẩu hiện tại không đúng.',
          messageEn: 'The current password is wrong.',
        },
      });
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppError(
        'UNPROCESSABLE',
        'Mật khẩu mới phải khác mật khẩu cũ.',
        'The new password must differ from the old one.',
        {
          'body.newPassword': {
            message: 'Mật khẩu mới phải khác mật khẩu cũ.',
            messageEn: 'The new password must differ from the old one.',
          },
        },
      );
    }
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(db, async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: clock(), updatedAt: clock() })
        .where(eq(users.id, user.id));
      const keep = currentToken ? sha256(currentToken) : '';
      await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, keep)));
      await recordAudit(tx, actor, { action: 'user.change_password', entityType: 'user', entityId: user.id });
    });
  }

  async function countUsers() {
    const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    return rows[0]?.n ?? 0;
  }

  async function pruneSessions() {
    await db.delete(sessions).where(lt(sessions.expiresAt, clock()));
  }

  return {
    signIn,
    resolveSession,
    signOut,
    me,
    setLocale,
    changePassword,
    createUser: admin.createUser,
    updateUser: admin.updateUser,
    setPassword: admin.setPassword,
    setPasswordById: admin.setPasswordById,
    unlockUser: admin.unlockUser,
    listUsers: admin.listUsers,
    countUsers,
    pruneSessions,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
export const cliActor = systemActor('cli');
