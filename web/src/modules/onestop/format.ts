import type { TimeLimit } from '../../../../src/modules/onestop/contract';
import { formatNumber } from '../../app/format';
import type { Lang, Translate } from '../../app/i18n';

/** "15 ngày làm việc", "10 ngày", "4 giờ làm việc", "Trong ngày (nhận sau 15:00 …)"; numbers in vi-VN. */
export function formatTimeLimit(limit: TimeLimit, t: Translate): string {
  if (limit.unit === 'same_day') return t('onestop.unit.same_day', { cutoff: limit.cutoff });
  return t(`onestop.unit.${limit.unit}`, { amount: formatNumber(limit.amount) });
}

/** A fee in VND, "Không thu" when nothing is charged, or the province's rule when no national amount exists. */
export function formatFee(amountVnd: number | null, t: Translate): string {
  if (amountVnd === null) return t('onestop.fee.byProvince');
  return amountVnd === 0 ? t('onestop.fee.free') : `${formatNumber(amountVnd)} đồng`;
}

/** The catalogue's own text in the reader's language (legal references stay Vietnamese). */
export const inLang = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);
