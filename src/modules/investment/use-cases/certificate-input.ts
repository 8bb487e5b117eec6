/**
 * Turning a request into what the pure rules check: the investor list (shares add up to 100)
 * and a certificate event whose problems, over the whole history, become field errors.
 */
import { inArray } from 'drizzle-orm';
import { AppError, type FieldErrors } from '../../../kernel/errors';
import type { DbOrTx } from '../../../platform/db/client';
import { type Investor as RuleInvestor, shareProblems } from '../capital-origin';
import type { CertificateEvent, EventProblem } from '../certificate-events';
import type { InvestorShareInput } from '../contract';
import { investors } from '../schema';
import { field, validationFailed } from './common';
import { asRuleInvestor } from './manage-investors';
import type { InvestorRow } from './project-history';

export type ResolvedShares = {
  rows: Array<{ investor: InvestorRow; share: string }>;
  rule: RuleInvestor[];
};

/** The investors named by id with their shares; every problem reported under `key` (`body.investors.1.share`). */
export async function resolveShares(
  tx: DbOrTx,
  input: readonly InvestorShareInput[],
  key: string,
): Promise<ResolvedShares> {
  const ids = [...new Set(input.map((i) => i.investorId))];
  const found = ids.length ? await tx.select().from(investors).where(inArray(investors.id, ids)) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  input.forEach((item, i) => {
    if (!byId.has(item.investorId)) {
      Object.assign(fields, field(`${key}.${i}.investorId`, 'Không tìm thấy nhà đầu tư này.', 'No such investor.'));
    } else if (seen.has(item.investorId)) {
      Object.assign(
        fields,
        field(
          `${key}.${i}.investorId`,
          'Nhà đầu tư này đã có trong danh sách; hãy gộp tỷ lệ góp vốn.',
          'This investor is listed twice; add the shares together.',
        ),
      );
    }
    seen.add(item.investorId);
  });
  if (Object.keys(fields).length) throw validationFailed(fields);
  const rows = input.map((item) => ({ investor: byId.get(item.investorId)!, share: item.share }));
  const rule = rows.map((r) => asRuleInvestor(r.investor, r.share));
  const problems = shareProblems(rule, undefined, key);
  if (Object.keys(problems).length) throw validationFailed(problems);
  return { rows, rule };
}

export function assertNotFuture(date: string, today: string, key: string) {
  if (date > today) {
    const vi = `Ngày ${date} chưa đến (hôm nay là ${today}); chỉ ghi sự kiện đã xảy ra.`;
    const en = `${date} is in the future (today is ${today}); only events that have happened are recorded.`;
    throw new AppError('UNPROCESSABLE', vi, en, field(key, vi, en));
  }
}

/** Where the fix for a problem of the new event goes, by problem and event kind. */
function fieldOfProblem(p: EventProblem, event: CertificateEvent): string {
  const amount = event.kind === 'revoked' || event.kind === 'terminated' ? 'body.capitalAtEnd' : 'body.capitalDelta';
  switch (p.code) {
    case 'invalid_date':
    case 'date_order':
      return 'body.date';
    case 'after_end':
    case 'first_not_issued':
    case 'issued_twice':
      return 'body.kind';
    case 'missing_document':
      return 'body.documentNo';
    case 'negative_land':
      return 'body.landAreaDeltaHa';
    case 'bad_conversion':
      return 'body.exchangeRateId';
    case 'invalid_amount':
    case 'currency_changed':
    case 'negative_capital':
    case 'capital_at_end_mismatch':
      return amount;
    default:
      return 'body';
  }
}

/**
 * Every problem of a history after adding one event, as one 422: problems of the new event
 * (the last in `events`) on its body fields, problems of stored events under `events.<seq>`.
 */
export function historyError(
  problems: readonly EventProblem[],
  events: readonly CertificateEvent[],
  subject: { vi: string; en: string },
): AppError {
  const newIndex = events.length - 1;
  const fields: FieldErrors = {};
  for (const p of problems) {
    const event = events[p.index]!;
    const key = p.index === newIndex ? fieldOfProblem(p, event) : `events.${event.seq}`;
    const prev = fields[key];
    fields[key] = prev
      ? { message: `${prev.message} ${p.vi}`, messageEn: `${prev.messageEn} ${p.en}` }
      : { message: p.vi, messageEn: p.en };
  }
  const first = problems[0]!;
  const more =
    problems.length > 1
      ? { vi: ` (và ${problems.length - 1} lỗi khác)`, en: ` (and ${problems.length - 1} more)` }
      : { vi: '', en: '' };
  return new AppError(
    'UNPROCESSABLE',
    `Sự kiện không ghi được vào giấy chứng nhận của ${subject.vi}: ${first.vi}${more.vi}`,
    `The event cannot be recorded on the certificate of ${subject.en}: ${first.en}${more.en}`,
    fields,
  );
}
