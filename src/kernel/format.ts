/** Vietnamese number and date formats (1.473.570,92; 26/11/2026), always in Hà Nội time. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatNumber(value: number | string, fractionDigits = 0, locale: 'vi' | 'en' = 'vi'): string {
  const n = typeof value === 'string' ? Number(value) : value;
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(n);
}

export function formatDate(value: Date | string, locale: 'vi' | 'en' = 'vi'): string {
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00+07:00` : value) : value;
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
}

/** Date first, then the 24-hour time: "27/11/2026 00:30:00" (Intl's vi-VN puts the time first). */
export function formatDateTime(value: Date | string, locale: 'vi' | 'en' = 'vi'): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(d);
  return `${formatDate(d, locale)} ${time}`;
}

/** Today's date in Hà Nội as YYYY-MM-DD (the machine clock is UTC). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
