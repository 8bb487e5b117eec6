import dayjs, { type Dayjs } from 'dayjs';
import type { ParkStatus } from '../../../../src/modules/zones/contract';
import { formatNumber } from '../../app/format';
import type { Lang } from '../../app/i18n';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/** Select options from one of the contract's label tables, in its order. */
export function optionsOf<K extends string>(labels: Labels<K>, lang: Lang, keys?: readonly K[]) {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value][lang] }));
}

/** The colour of a park status on tags and on the map (one palette everywhere). */
export const STATUS_COLORS: Record<ParkStatus, string> = {
  planned_unapproved: '#bfbfbf',
  planned: '#8c8c8c',
  established: '#1677ff',
  under_construction: '#fa8c16',
  operating: '#389e0d',
  revoked: '#cf1322',
  converted: '#722ed1',
};

/** Hectares (a decimal string from the server) in vi-VN: "1.329,5 ha". */
export function formatHa(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(Number(value))} ha`;
}

/** A decimal string in vi-VN with its unit, or a dash. */
export function formatDecimal(value: string | null | undefined, unit = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${formatNumber(Number(value))}${unit ? ` ${unit}` : ''}`;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
export const toDay = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
export const fromDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);

/** A URL query value that is one of the allowed values, else undefined. */
export function oneOf<K extends string>(value: string | null, allowed: readonly K[]): K | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as K) : undefined;
}

/** The province edition in force on a day (the 2025 merger). */
export const editionOn = (day: string | undefined): '63' | '34' => (day && day < '2025-07-01' ? '63' : '34');

/**
 * A decimal typed the Vietnamese way, sent with a point as the API expects: a comma is the
 * decimal mark ("1.329,5" → "1329.5"); without a comma, dots that group thousands are read as
 * such ("3.500" → "3500") and any other dot as a decimal point ("125.5" → "125.5").
 */
export const decimalInput = (text: string | undefined | null): string | undefined => {
  const raw = (text ?? '').trim().replace(/\s/g, '');
  if (!raw) return undefined;
  if (raw.includes(',')) return raw.replace(/\./g, '').replace(',', '.');
  return /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw;
};

const coordinate = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
/** A longitude or latitude in vi-VN with up to 6 decimals. */
export const formatCoord = (v: number) => coordinate.format(v);
