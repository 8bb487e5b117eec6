/**
 * The Board's officers a dossier can be assigned to: active accounts with a board role in the
 * dossier's province (read from the platform's accounts; never written here).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { users } from '../../../platform/auth/schema';
import type { DbOrTx } from '../../../platform/db/client';

const BOARD_ROLES = ['board_officer', 'board_leader'];

export async function boardOfficers(tx: DbOrTx, provinceCode: string) {
  return tx
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.scopeProvinceCode, provinceCode), inArray(users.role, BOARD_ROLES), eq(users.active, true)))
    .orderBy(asc(users.displayName));
}

export async function assertBoardOfficer(tx: DbOrTx, officerId: string, provinceCode: string): Promise<void> {
  const [u] = await tx.select().from(users).where(eq(users.id, officerId));
  if (!u?.active || !BOARD_ROLES.includes(u.role) || u.scopeProvinceCode !== provinceCode) {
    const vi = 'Chỉ phân công được cho cán bộ đang làm việc tại Ban Quản lý của tỉnh này.';
    const en = 'A dossier can be assigned only to an active officer of this province’s Board.';
    throw new AppError('UNPROCESSABLE', vi, en, { 'body.officerId': { message: vi, messageEn: en } });
  }
}

export async function namesOf(tx: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
