/**
 * What every investment use case shares: the dependencies, search folding, field errors,
 * optimistic-concurrency stamps and paging.
 */
import { AppError, type FieldErrors } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { escapeLike, foldVietnamese } from '../../../kernel/text';

export { escapeLike };

import type { Db } from '../../../platform/db/client';
import type { GeoService } from '../../geo/service';
import type { PlaceScopes } from './places';

export type Ctx = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  places: PlaceScopes;
};

export const todayOf = (ctx: Pick<Ctx, 'clock'>) => todayInVietnam(ctx.clock());

/** Search text folded like every other search column (kernel/text.ts). */
export const foldSearch = foldVietnamese;

/** The folded text the project list searches (its enterprise is matched separately). */
export const projectSearchText = (name: string, projectCode: string) => foldSearch(`${name} ${projectCode}`);

/** Every accented Vietnamese letter (both cases) and its folded letter, for SQL `translate()`. */
const VIETNAMESE_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
export const FOLD_FROM = VIETNAMESE_LETTERS;
export const FOLD_TO = [...VIETNAMESE_LETTERS].map((c) => foldSearch(c)).join('');

export function validationFailed(
  fields: FieldErrors,
  code: 'VALIDATION_FAILED' | 'UNPROCESSABLE' = 'VALIDATION_FAILED',
) {
  const first = Object.values(fields)[0]!;
  return new AppError(code, `Dữ liệu không hợp lệ: ${first.message}`, `Invalid input: ${first.messageEn}`, fields);
}

export const field = (key: string, vi: string, en: string): FieldErrors => ({ [key]: { message: vi, messageEn: en } });

/** Every write moves updatedAt forward, even within the same millisecond (optimistic locking). */
export function nextUpdatedAt(clock: () => Date, previous: Date): Date {
  const now = clock();
  return now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1);
}

export function assertFresh(stored: Date, given: string, what: { vi: string; en: string }) {
  if (stored.getTime() !== Date.parse(given)) {
    throw new AppError(
      'CONFLICT',
      `${what.vi} đã được người khác sửa. Hãy tải lại.`,
      `Someone else has changed this ${what.en}. Reload and try again.`,
      field(
        'body.updatedAt',
        `${what.vi} đã được người khác sửa. Hãy tải lại.`,
        `Someone else has changed this ${what.en}. Reload and try again.`,
      ),
    );
  }
}

export type Paging = { page: number; pageSize: number };
export const offsetOf = (p: Paging) => (p.page - 1) * p.pageSize;

/** Rewrites `investors.0.share` style keys of the pure rules to the request's `body.…` keys. */
export function prefixFields(fields: FieldErrors, from: string, to: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(fields)) out[k.startsWith(from) ? `${to}${k.slice(from.length)}` : k] = v;
  return out;
}

/** Splits a list into chunks small enough for one `IN (…)` list on either engine. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
