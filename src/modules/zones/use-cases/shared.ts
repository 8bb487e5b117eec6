/**
 * What the zone registry's use cases share: their dependencies, error builders, the scope of a
 * record (for `authorize`) and of a list (a prefilter in SQL, the decision still `isAllowed`).
 */

import { eq, inArray, type SQL } from 'drizzle-orm';
import { formatDecimal, parseDecimal } from '../../../kernel/decimal';
import { AppError, type FieldErrors } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import type { Actor } from '../../../platform/auth/actor';
import type { Target } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import type { UnitRef } from '../../geo/contract';
import type { GeoService } from '../../geo/service';
import type { ZoneIssue } from '../checks';
import { industrialParks } from '../schema';
import type { ProjectLookup } from './infrastructure-project';

export type ZonesDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  /** The investment service's project detail, as the caller may read it (infrastructure-project.ts). */
  projects?: ProjectLookup;
};

export const todayOf = (deps: ZonesDeps) => todayInVietnam(deps.clock());

export type FieldMessage = { message: string; messageEn: string };

/** Adds a message to a field, joining several on the same field. */
export function addField(fields: FieldErrors, key: string, m: FieldMessage) {
  const prev = fields[key];
  fields[key] = prev
    ? { message: `${prev.message} ${m.message}`, messageEn: `${prev.messageEn} ${m.messageEn}` }
    : { message: m.message, messageEn: m.messageEn };
}

const first = (fields: FieldErrors) => Object.values(fields)[0] ?? { message: '', messageEn: '' };

/** 400: the input itself is wrong (unknown kind, unit that does not exist, half a coordinate). */
export function inputFailed(fields: FieldErrors): AppError {
  const f = first(fields);
  return new AppError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${f.message}`,
    `Invalid input: ${f.messageEn}`,
    fields,
  );
}

/** 422: well-formed input that breaks a rule of the registry (lifecycle order, land ≤ land). */
export function rulesFailed(fields: FieldErrors, what: { vi: string; en: string }): AppError {
  const f = first(fields);
  return new AppError('UNPROCESSABLE', `${what.vi}: ${f.message}`, `${what.en}: ${f.messageEn}`, fields);
}

/** Issues of the pure rules keyed `prefix.field` (one record validated, so no index in the key). */
export function issueFields(
  fields: FieldErrors,
  issues: readonly ZoneIssue[],
  prefix: string,
  rename: (field: string | undefined) => string | undefined = (f) => f,
) {
  for (const i of issues) {
    const field = rename(i.field);
    addField(fields, field ? `${prefix}.${field}` : prefix, i);
  }
}

export const futureDate = (date: string, today: string, vi: string, en: string): FieldMessage | null =>
  date > today
    ? {
        message: `${vi} (${date}) sau ngày hôm nay (${today}): chỉ ghi điều đã xảy ra.`,
        messageEn: `${en} (${date}) is after today (${today}): record only what has happened.`,
      }
    : null;

/** The PostgreSQL error behind a driver or drizzle error, on both engines. */
export function dbErrorOf(e: unknown): { code: string; constraint: string | undefined } | null {
  let current: unknown = e;
  for (let depth = 0; depth < 6 && current; depth++) {
    const c = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) {
      return { code: c.code, constraint: typeof c.constraint === 'string' ? c.constraint : undefined };
    }
    current = c.cause;
  }
  return null;
}

export const isViolation = (e: unknown, code: '23505' | '23503', constraint: string) => {
  const err = dbErrorOf(e);
  return err?.code === code && (err.constraint === constraint || String(e).includes(constraint));
};

/** Every write moves updatedAt forward, even within the same millisecond (optimistic locking). */
export function nextUpdatedAt(previous: Date, clock: () => Date): Date {
  const now = clock();
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}

export const staleRecord = (vi: string, en: string) =>
  new AppError(
    'CONFLICT',
    `${vi} đã được người khác sửa. Hãy tải lại.`,
    `Someone else has changed this ${en}. Reload and try again.`,
  );

/** A numeric(…) column as a canonical decimal string ('500.5000' → '500.5'). */
export const decimalText = (v: string | null | undefined): string | null =>
  v === null || v === undefined ? null : formatDecimal(parseDecimal(v));

export const numberOrNull = (v: string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

export const emptyToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

export const unitRef = (u: { id: string; code: string; name: string; shortName: string } | null): UnitRef | null =>
  u ? { id: u.id, code: u.code, name: u.name, shortName: u.shortName } : null;

/** The policy target of a park: its province today and its developer. */
export async function parkTarget(
  geo: GeoService,
  park: { adminUnitId: string; developerEnterpriseId: string | null },
): Promise<Target> {
  return {
    kind: 'record',
    provinceCode: await geo.provinceCodeOf(park.adminUnitId),
    enterpriseIds: [park.developerEnterpriseId].filter((x): x is string => Boolean(x)),
  };
}

/**
 * Which parks a list may hold for the caller, as a SQL prefilter that never drops a park the
 * policy would allow: a Board's province today (with the units it was formed from), a developer's
 * or enterprise's own parks, everything for the ministry and the system. `null` = nothing.
 * Each row is still checked with `isAllowed` (the one authority).
 */
export async function parkListScope(deps: ZonesDeps, actor: Actor): Promise<SQL | undefined | null> {
  if (actor.kind === 'system') return undefined;
  if (actor.kind !== 'user') return null;
  switch (actor.role) {
    case 'ministry':
      return undefined;
    case 'board_leader':
    case 'board_officer': {
      if (!actor.scope.provinceCode) return null;
      const ids = await deps.geo.unitIdsIn(actor.scope.provinceCode, todayOf(deps));
      return ids.length ? inArray(industrialParks.adminUnitId, ids) : null;
    }
    case 'developer':
    case 'enterprise':
      // The investment module will add the parks an enterprise has projects in.
      return actor.scope.enterpriseId ? eq(industrialParks.developerEnterpriseId, actor.scope.enterpriseId) : null;
    default:
      return null;
  }
}

/** LIKE pattern matching the text literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
