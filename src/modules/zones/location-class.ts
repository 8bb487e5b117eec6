/**
 * Where a park sits for the national forms, and what kind of park it is. Every KCN indicator is
 * split by four location classes (Biểu 2101 columns; a dropdown in 2102/2103/2104/2107), derived
 * from the park's parent economic zone (KKT) and that zone's type — never typed by hand, so a
 * park cannot claim a coastal KKT it is not in.
 */
import { unprocessable } from '../../kernel/errors';
import { issue, type ZoneIssue } from './checks';

/** The three KKT kinds of Decree 35/2022 Art. 14(1); "specialised" is new in that decree. */
export const KKT_TYPES = ['coastal', 'border_gate', 'specialised'] as const;
export type KktType = (typeof KKT_TYPES)[number];

export const KKT_TYPE_LABELS = {
  coastal: { vi: 'Khu kinh tế ven biển', en: 'Coastal economic zone', short: 'KKTvb' },
  border_gate: { vi: 'Khu kinh tế cửa khẩu', en: 'Border-gate economic zone', short: 'KKTck' },
  specialised: { vi: 'Khu kinh tế chuyên biệt', en: 'Specialised economic zone', short: 'KKTcb' },
} as const satisfies Record<KktType, { vi: string; en: string; short: string }>;

export const LOCATION_CLASSES = ['outside_kkt', 'in_coastal_kkt', 'in_border_gate_kkt', 'in_specialised_kkt'] as const;
export type LocationClass = (typeof LOCATION_CLASSES)[number];

export const LOCATION_CLASS_LABELS = {
  outside_kkt: { vi: 'KCN nằm ngoài KKT', en: 'Outside any economic zone' },
  in_coastal_kkt: { vi: 'KCN nằm trong KKT ven biển', en: 'In a coastal economic zone' },
  in_border_gate_kkt: { vi: 'KCN nằm trong KKT cửa khẩu', en: 'In a border-gate economic zone' },
  in_specialised_kkt: { vi: 'KCN nằm trong KKT chuyên biệt', en: 'In a specialised economic zone' },
} as const satisfies Record<LocationClass, { vi: string; en: string }>;

export const LOCATION_CLASS_BY_KKT_TYPE = {
  coastal: 'in_coastal_kkt',
  border_gate: 'in_border_gate_kkt',
  specialised: 'in_specialised_kkt',
} as const satisfies Record<KktType, LocationClass>;

/**
 * The classes each form offers. The BA spec gives the 4th class in 2101 only and three in the
 * other dropdowns, which cannot place a park in a specialised KKT [S, inconsistent]; the model
 * keeps four and the export decides what a 3-class form does with the fourth.
 */
export const FORM_LOCATION_CLASSES = {
  '2101': LOCATION_CLASSES,
  '2102': ['outside_kkt', 'in_coastal_kkt', 'in_border_gate_kkt'],
  '2103': ['outside_kkt', 'in_coastal_kkt', 'in_border_gate_kkt'],
  '2104': ['outside_kkt', 'in_coastal_kkt', 'in_border_gate_kkt'],
  '2107': ['outside_kkt', 'in_coastal_kkt', 'in_border_gate_kkt'],
} as const satisfies Record<string, readonly LocationClass[]>;

export const locationClassOf = (parentKkt: { type: KktType } | null | undefined): LocationClass =>
  parentKkt ? LOCATION_CLASS_BY_KKT_TYPE[parentKkt.type] : 'outside_kkt';

/** The class of a park from its parent KKT id; an id that names no KKT is a data error. */
export function locationClassForPark(
  parentKktId: string | null,
  kkts: ReadonlyMap<string, { type: KktType }>,
): LocationClass {
  if (parentKktId === null) return 'outside_kkt';
  const kkt = kkts.get(parentKktId);
  if (!kkt) {
    throw unprocessable(
      `KCN thuộc khu kinh tế "${parentKktId}" không có trong danh mục.`,
      `The park's economic zone "${parentKktId}" is not in the register.`,
    );
  }
  return locationClassOf(kkt);
}

/** Items per class, every class present (a form prints a column even when it is empty). */
export function groupByLocationClass<T>(
  items: readonly T[],
  classOf: (item: T) => LocationClass,
): Record<LocationClass, T[]> {
  const groups = { outside_kkt: [], in_coastal_kkt: [], in_border_gate_kkt: [], in_specialised_kkt: [] } as Record<
    LocationClass,
    T[]
  >;
  for (const item of items) groups[classOf(item)].push(item);
  return groups;
}

/**
 * Kinds of KCN (Decree 35/2022 Art. 6(1) lists KCX, supporting, specialised, eco and high-tech
 * parks; ch. IV the industrial–urban–service zone). They are not exclusive — a supporting-industry
 * park can be certified eco — so a park has a set of kinds; the empty set is a plain KCN.
 */
export const PARK_KINDS = [
  'export_processing',
  'supporting',
  'specialised',
  'high_tech',
  'eco',
  'industrial_urban_service',
] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

export const PARK_KIND_LABELS = {
  export_processing: { vi: 'Khu chế xuất', en: 'Export processing zone' },
  supporting: { vi: 'KCN hỗ trợ', en: 'Supporting-industry park' },
  specialised: { vi: 'KCN chuyên ngành', en: 'Specialised park' },
  high_tech: { vi: 'KCN công nghệ cao', en: 'High-tech park' },
  eco: { vi: 'KCN sinh thái', en: 'Eco-industrial park' },
  industrial_urban_service: { vi: 'KCN – đô thị – dịch vụ', en: 'Industrial–urban–service zone' },
} as const satisfies Record<ParkKind, { vi: string; en: string }>;

export const isParkKind = (value: string): value is ParkKind => (PARK_KINDS as readonly string[]).includes(value);

/** The set in canonical order, duplicates dropped, so equal sets compare and store equally. */
export const normalizeParkKinds = (kinds: Iterable<ParkKind>): ParkKind[] => {
  const set = new Set(kinds);
  return PARK_KINDS.filter((k) => set.has(k));
};

export type ParkKindIssueCode = 'kind_unknown' | 'kind_duplicate' | 'sector_missing';

/**
 * A specialised park exists for one business line (at least 60% of its industrial land for it,
 * Decree 35/2022), so it must name that line; the share itself is appraised, not checked here.
 */
export function validateParkKinds(
  kinds: readonly string[],
  specialisedSector?: string,
): ZoneIssue<ParkKindIssueCode>[] {
  const issues: ZoneIssue<ParkKindIssueCode>[] = [];
  const seen = new Set<string>();
  for (const [i, kind] of kinds.entries()) {
    if (!isParkKind(kind)) {
      issues.push(
        issue(i, 'kind_unknown', `Loại hình KCN "${kind}" không hợp lệ.`, `Unknown park kind "${kind}".`, 'kind'),
      );
    } else if (seen.has(kind)) {
      const l = PARK_KIND_LABELS[kind];
      issues.push(
        issue(
          i,
          'kind_duplicate',
          `Loại hình "${l.vi}" bị ghi hai lần.`,
          `Park kind "${l.en}" is given twice.`,
          'kind',
        ),
      );
    }
    seen.add(kind);
  }
  const at = kinds.indexOf('specialised');
  if (at >= 0 && !specialisedSector?.trim()) {
    issues.push(
      issue(
        at,
        'sector_missing',
        'KCN chuyên ngành phải ghi ngành nghề chuyên ngành.',
        'A specialised park must name its business line.',
        'specialisedSector',
      ),
    );
  }
  return issues;
}
