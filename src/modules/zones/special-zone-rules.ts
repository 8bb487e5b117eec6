/**
 * Special zones inside a KKT (Biểu 2112): their kinds, the statuses the form groups them by, and
 * which status may follow which. Pure vocabulary, read by the service and the web alike.
 */
/** 'functional': a functional zone of the KKT's general plan (port, logistics, tourism, urban…), Biểu 2112. */
export const SPECIAL_ZONE_KINDS = ['non_tariff', 'free_trade', 'bonded', 'functional'] as const;
export type SpecialZoneKind = (typeof SPECIAL_ZONE_KINDS)[number];

export const SPECIAL_ZONE_KIND_LABELS = {
  non_tariff: { vi: 'Khu phi thuế quan', en: 'Non-tariff zone' },
  free_trade: { vi: 'Khu thương mại tự do', en: 'Free-trade zone' },
  bonded: { vi: 'Khu bảo thuế', en: 'Bonded zone' },
  functional: { vi: 'Khu chức năng theo quy hoạch chung', en: 'Functional zone of the general plan' },
} as const satisfies Record<SpecialZoneKind, { vi: string; en: string }>;

/** Biểu 2112 groups the zones "đang vận hành" and "đang xây dựng cơ bản"; a zone may also be dissolved. */
export const SPECIAL_ZONE_STATUSES = ['under_construction', 'operating', 'dissolved'] as const;
export type SpecialZoneStatus = (typeof SPECIAL_ZONE_STATUSES)[number];

export const SPECIAL_ZONE_STATUS_LABELS = {
  under_construction: { vi: 'Đang xây dựng cơ bản', en: 'Under construction' },
  operating: { vi: 'Đang vận hành', en: 'Operating' },
  dissolved: { vi: 'Đã giải thể', en: 'Dissolved' },
} as const satisfies Record<SpecialZoneStatus, { vi: string; en: string }>;

/** A dissolved zone stays dissolved; an operating one may be extended (back under construction). */
export const SPECIAL_ZONE_TRANSITIONS = {
  under_construction: ['operating', 'dissolved'],
  operating: ['under_construction', 'dissolved'],
  dissolved: [],
} as const satisfies Record<SpecialZoneStatus, readonly SpecialZoneStatus[]>;

export const SPECIAL_ZONE_MEASURES = ['established', 'industrial', 'leased'] as const;
export type SpecialZoneMeasure = (typeof SPECIAL_ZONE_MEASURES)[number];

/** The status on `date` from records in date order: the last dated on or before it. */
export function specialZoneStatusAsOf<T extends { date: string; status: SpecialZoneStatus }>(
  records: readonly T[],
  date: string,
): { status: SpecialZoneStatus; since: string } | null {
  let found = null as { status: SpecialZoneStatus; since: string } | null;
  for (const r of records) {
    if (r.date > date) break;
    if (found?.status !== r.status) found = { status: r.status, since: r.date };
  }
  return found;
}

/** The index of the first record that does not follow from the one before it, or -1. */
export function firstBadTransition(records: readonly { status: SpecialZoneStatus }[]): number {
  for (let i = 1; i < records.length; i++) {
    const from = records[i - 1]!.status;
    const to = records[i]!.status;
    if (!(SPECIAL_ZONE_TRANSITIONS[from] as readonly SpecialZoneStatus[]).includes(to)) return i;
  }
  return -1;
}
