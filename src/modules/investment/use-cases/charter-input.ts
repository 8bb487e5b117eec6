/**
 * Checks of a charter capital (vốn điều lệ) written with a certificate event: it is stated in the
 * certificate's currency (no conversion: the certificate states it so), and a decrease may not
 * take it below zero.
 */
import { AppError } from '../../../kernel/errors';
import { formatDate } from '../../../kernel/format';
import { type CharterEntry, charterGoesNegative } from '../charter-capital';
import { field } from './common';

export function charterCurrencyError(key: string, expected: string): AppError {
  const vi = `Vốn điều lệ ghi bằng đơn vị tiền của giấy chứng nhận (${expected}).`;
  const en = `The charter capital is stated in the certificate’s currency (${expected}).`;
  return new AppError('UNPROCESSABLE', vi, en, field(key, vi, en));
}

/** 422 on `key` when the history with the new entry would take the charter capital below zero. */
export function assertCharterNotNegative(history: readonly CharterEntry[], key: string): void {
  const below = charterGoesNegative(history);
  if (!below) return;
  const vi = `Vốn điều lệ sau lần điều chỉnh ngày ${formatDate(below.date)} sẽ âm (${below.value}); mức giảm không được lớn hơn vốn điều lệ đang có.`;
  const en = `The charter capital after the adjustment of ${below.date} would be negative (${below.value}); a decrease cannot exceed the current charter capital.`;
  throw new AppError('UNPROCESSABLE', vi, en, field(key, vi, en));
}
