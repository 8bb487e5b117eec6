import { randomUUID } from 'node:crypto';
import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import { AppError, conflict, type FieldErrors, notFound, unprocessable } from '../../kernel/errors';
import { todayInVietnam } from '../../kernel/format';
import { escapeLike } from '../../kernel/text';
import { recordAudit } from '../audit/service';
import type { Db, DbOrTx } from '../db/client';
import { inTransaction } from '../db/transaction';
import type { Actor } from './actor';
import {
  type Locale,
  type Me,
  type Role,
  scopeIssues,
  type UpdateUserBody,
  USERNAME_PATTERN,
  type UserQuery,
  type UserSummary,
} from './contract';
import { hashPassword } from './passwords';
import { authorize } from './policy';
import { sessions, users } from './schema';

/**
 * User administration: creating users, changing their role, scope and state, setting their
 * password and unlocking them. Administrators do this through /api/users, the CLI as the system.
 */

export type UserRow = typeof users.$inferSelect;

export const toMe = (u: UserRow): Me => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as Role,
  scope: { provinceCode: u.scopeProvinceCode, enterpriseId: u.scopeEnterpriseId },
  locale: u.locale as Locale,
});

export const toSummary = (u: UserRow): UserSummary => ({
  ...toMe(u),
  email: u.email,
  active: u.active,
  failedAttempts: u.failedAttempts,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

/** What the audit log keeps of a user: everything but the secrets (the redactor masks the hash anyway). */
const auditView = (u: UserRow) => ({
  ...toMe(u),
  email: u.email,
  active: u.active,
  lockedUntil: u.lockedUntil,
});

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  email?: string | null;
  provinceCode?: string | null;
  enterpriseId?: string | null;
  locale?: Locale;
};

function validationFailed(fields: FieldErrors): AppError {
  const first = Object.values(fields)[0]!;
  return new AppError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${first.message}`,
    `Invalid input: ${first.messageEn}`,
    fields,
  );
}

/**
 * Answers whether a province with this GSO code is in force on a day, or null when the
 * reference data is not loaded yet (then only the format is checked, so the CLI can create the
 * first accounts on a bare database). Given by the composition root from the geo module, because
 * platform code does not read module tables.
 */
export type ProvinceCheck = (code: string, date: string) => Promise<boolean | null>;

export function createUserAdmin(deps: { db: Db; clock: () => Date; provinceInForce?: ProvinceCheck }) {
  const { db, clock } = deps;
  const provinceInForce = async (code: string) => (await deps.provinceInForce?.(code, todayInVietnam(clock()))) ?? true;

  async function findUser(username: string, tx: DbOrTx = db) {
    const rows = await tx.select().from(users).where(eq(users.username, username.trim().toLowerCase()));
    return rows[0];
  }

  async function getUserRow(id: string, tx: DbOrTx = db) {
    const rows = await tx.select().from(users).where(eq(users.id, id));
    if (!rows[0]) throw notFound('người dùng', 'User');
    return rows[0];
  }

  /** The role's scope must fit it (province for Boards, enterprise for developers and enterprises). */
  async function assertScopeFits(role: Role, scope: { provinceCode: string | null; enterpriseId: string | null }) {
    const fields: FieldErrors = {};
    for (const [field, issue] of Object.entries(scopeIssues(role, scope))) {
      fields[`body.${field}`] = { message: issue.vi, messageEn: issue.en };
    }
    if (!fields['body.provinceCode'] && scope.provinceCode && !(await provinceInForce(scope.provinceCode))) {
      fields['body.provinceCode'] = {
        message: `Không có tỉnh, thành phố mã ${scope.provinceCode} đang có hiệu lực.`,
        messageEn: `No province with code ${scope.provinceCode} is in force today.`,
      };
    }
    if (Object.keys(fields).length) throw validationFailed(fields);
  }

  const usernameTaken = (username: string) =>
    new AppError(
      'CONFLICT',
      `Tên đăng nhập "${username}" đã có người dùng.`,
      `The username "${username}" is already taken.`,
      {
        'body.username': {
          message: `Tên đăng nhập "${username}" đã có người dùng.`,
          messageEn: `The username "${username}" is already taken.`,
        },
      },
    );

  /** Every admin write moves updatedAt forward, even within the same millisecond (optimistic locking). */
  const nextUpdatedAt = (previous: Date) => {
    const now = clock();
    return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
  };

  async function createUser(actor: Actor, input: NewUser): Promise<UserSummary> {
    authorize(actor, 'user:manage');
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      throw validationFailed({
        'body.username': {
          message: 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
          messageEn:
            'A username has 3–50 characters: lowercase letters without accents, digits, dot, dash, underscore.',
        },
      });
    }
    const scope = { provinceCode: input.provinceCode ?? null, enterpriseId: input.enterpriseId ?? null };
    await assertScopeFits(input.role, scope);
    if (await findUser(username)) throw usernameTaken(username);
    const passwordHash = await hashPassword(input.password);
    const now = clock();
    return inTransaction(db, async (tx) => {
      const inserted = await tx
        .insert(users)
        .values({
          id: randomUUID(),
          username,
          displayName: input.displayName.trim(),
          email: input.email?.trim() || null,
          role: input.role,
          scopeProvinceCode: scope.provinceCode,
          scopeEnterpriseId: scope.enterpriseId,
          passwordHash,
          locale: input.locale ?? 'vi',
          createdAt: now,
          updatedAt: now,
          passwordChangedAt: now,
        })
        // Two administrators racing for the same name: the unique index decides, the loser gets 409.
        .onConflictDoNothing({ target: users.username })
        .returning();
      const row = inserted[0];
      if (!row) throw usernameTaken(username);
      await recordAudit(tx, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        after: auditView(row),
      });
      return toSummary(row);
    });
  }

  async function updateUser(actor: Actor, id: string, input: UpdateUserBody): Promise<UserSummary> {
    authorize(actor, 'user:manage', { kind: 'user', id });
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      if (!before) throw notFound('người dùng', 'User');
      if (before.updatedAt.getTime() !== Date.parse(input.updatedAt)) {
        throw conflict(
          'Người dùng đã được người khác sửa. Hãy tải lại.',
          'Someone else has changed this user. Reload and try again.',
        );
      }
      const self = actor.kind === 'user' && actor.id === id;
      if (self && input.active === false) {
        throw unprocessable(
          'Bạn không thể tự ngừng hoạt động tài khoản của mình.',
          'You cannot deactivate your own account.',
          {
            'body.active': {
              message: 'Bạn không thể tự ngừng hoạt động tài khoản của mình.',
              messageEn: 'You cannot deactivate your own account.',
            },
          },
        );
      }
      if (self && input.role !== undefined && input.role !== before.role) {
        throw unprocessable(
          'Bạn không thể tự đổi vai trò quản trị của mình.',
          'You cannot change your own administrator role.',
          {
            'body.role': {
              message: 'Bạn không thể tự đổi vai trò quản trị của mình.',
              messageEn: 'You cannot change your own administrator role.',
            },
          },
        );
      }

      const role = input.role ?? (before.role as Role);
      const scope = {
        provinceCode: input.provinceCode !== undefined ? input.provinceCode : before.scopeProvinceCode,
        enterpriseId: input.enterpriseId !== undefined ? input.enterpriseId : before.scopeEnterpriseId,
      };
      const changes: Partial<typeof users.$inferInsert> = {};
      if (input.displayName !== undefined && input.displayName.trim() !== before.displayName)
        changes.displayName = input.displayName.trim();
      if (input.email !== undefined && (input.email?.trim() || null) !== before.email)
        changes.email = input.email?.trim() || null;
      if (role !== before.role) changes.role = role;
      if (scope.provinceCode !== before.scopeProvinceCode) changes.scopeProvinceCode = scope.provinceCode;
      if (scope.enterpriseId !== before.scopeEnterpriseId) changes.scopeEnterpriseId = scope.enterpriseId;
      if (input.active !== undefined && input.active !== before.active) changes.active = input.active;
      if (Object.keys(changes).length === 0) return toSummary(before);

      // A scope kept as it was is not re-checked: a user renamed keeps working even if their old scope would no longer be accepted.
      if (
        changes.role !== undefined ||
        changes.scopeProvinceCode !== undefined ||
        changes.scopeEnterpriseId !== undefined
      ) {
        await assertScopeFits(role, scope);
      }

      const [after] = await tx
        .update(users)
        .set({ ...changes, updatedAt: nextUpdatedAt(before.updatedAt) })
        .where(eq(users.id, id))
        .returning();
      if (changes.active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
      await recordAudit(tx, actor, {
        action:
          changes.active === false ? 'user.deactivate' : changes.active === true ? 'user.activate' : 'user.update',
        entityType: 'user',
        entityId: id,
        before: auditView(before),
        after: auditView(after!),
      });
      return toSummary(after!);
    });
  }

  /** Sets a password: the account is unlocked and all its sessions end. */
  async function resetPassword(actor: Actor, user: UserRow, password: string): Promise<UserSummary> {
    const passwordHash = await hashPassword(password);
    return inTransaction(db, async (tx) => {
      const now = clock();
      const [after] = await tx
        .update(users)
        .set({
          passwordHash,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
          updatedAt: nextUpdatedAt(user.updatedAt),
        })
        .where(eq(users.id, user.id))
        .returning();
      await tx.delete(sessions).where(eq(sessions.userId, user.id));
      await recordAudit(tx, actor, {
        action: 'user.set_password',
        entityType: 'user',
        entityId: user.id,
        before: { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil },
        after: { failedAttempts: 0, lockedUntil: null, sessionsEnded: true },
      });
      return toSummary(after!);
    });
  }

  /** An administrator (or the CLI) sets a password by username. */
  async function setPassword(actor: Actor, username: string, password: string): Promise<UserSummary> {
    authorize(actor, 'user:manage');
    const user = await findUser(username);
    if (!user) throw notFound(`người dùng "${username}"`, `User "${username}"`);
    return resetPassword(actor, user, password);
  }

  async function setPasswordById(actor: Actor, id: string, password: string): Promise<UserSummary> {
    authorize(actor, 'user:manage', { kind: 'user', id });
    return resetPassword(actor, await getUserRow(id), password);
  }

  /** Clears a lockout (and the count of wrong passwords) before its time. */
  async function unlockUser(actor: Actor, id: string): Promise<UserSummary> {
    authorize(actor, 'user:manage', { kind: 'user', id });
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      if (!before) throw notFound('người dùng', 'User');
      const [after] = await tx
        .update(users)
        .set({ failedAttempts: 0, lockedUntil: null, updatedAt: nextUpdatedAt(before.updatedAt) })
        .where(eq(users.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'user.unlock',
        entityType: 'user',
        entityId: id,
        before: { failedAttempts: before.failedAttempts, lockedUntil: before.lockedUntil },
        after: { failedAttempts: 0, lockedUntil: null },
      });
      return toSummary(after!);
    });
  }

  async function listUsers(actor: Actor, query: UserQuery = {}): Promise<UserSummary[]> {
    authorize(actor, 'user:read');
    const conditions: SQL[] = [];
    const q = query.q?.trim();
    if (q) {
      const pattern = `%${escapeLike(q)}%`;
      conditions.push(
        or(ilike(users.username, pattern), ilike(users.displayName, pattern), ilike(users.email, pattern))!,
      );
    }
    if (query.role) conditions.push(eq(users.role, query.role));
    if (query.active) conditions.push(eq(users.active, query.active === 'true'));
    const rows = await db
      .select()
      .from(users)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(users.username);
    return rows.map(toSummary);
  }

  return {
    findUser,
    getUserRow,
    createUser,
    updateUser,
    setPassword,
    setPasswordById,
    unlockUser,
    listUsers,
  };
}
