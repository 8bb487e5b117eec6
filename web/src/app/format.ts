/** Vietnamese formats, used in both languages: 1.473.570,92 · 01/07/2025 · 14:05:09 in Hà Nội time. */
const numberFormat = new Intl.NumberFormat('vi-VN');

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** `2025-07-01` → `01/07/2025`; anything else is returned unchanged. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as `dd/mm/yyyy HH:mm:ss` in Asia/Ho_Chi_Minh. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part: Record<string, string> = {};
  for (const p of dateTimeParts.formatToParts(date)) part[p.type] = p.value;
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}:${part.second}`;
}

/** Lower case without diacritics, so "ha noi" finds "Hà Nội" and "dak lak" finds "Đắk Lắk". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/** Today in Hà Nội as YYYY-MM-DD. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}
