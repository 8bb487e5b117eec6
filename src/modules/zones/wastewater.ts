/**
 * Centralised wastewater treatment plants of parks over time, and the Biểu 2105 counts. A plant's
 * status and capacities are dated records like the park's land, so "how many operating parks had
 * an operating plant at the end of the quarter" is read from history, not from a field someone
 * forgot to update (published: 221 of 251 operating parks in June 2019, domain brief §6).
 */
import { add, compare, type Decimal, formatDecimal, ZERO } from '../../kernel/decimal';
import { type CommonIssueCode, checkDateOrder, checkQuantity, issue, readDecimal, type ZoneIssue } from './checks';
import { type ParkHistory, parkStatusAsOf } from './park-lifecycle';
import { inParkSet, type ParkSet } from './park-rules';

export const PLANT_STATUSES = ['not_built', 'under_construction', 'operating'] as const;
export type PlantStatus = (typeof PLANT_STATUSES)[number];

/** As Biểu 2112 col. 24 prints them. */
export const PLANT_STATUS_LABELS = {
  not_built: { vi: 'Chưa xây dựng', en: 'Not built' },
  under_construction: { vi: 'Đang xây dựng', en: 'Under construction' },
  operating: { vi: 'Đang hoạt động', en: 'Operating' },
} as const satisfies Record<PlantStatus, { vi: string; en: string }>;

/**
 * Which status may follow which. An operating plant being extended stays "operating" with a new
 * design capacity; a plant is never recorded as un-built.
 */
export const PLANT_TRANSITIONS = {
  not_built: ['not_built', 'under_construction'],
  under_construction: ['under_construction', 'operating'],
  operating: ['operating'],
} as const satisfies Record<PlantStatus, readonly PlantStatus[]>;

export interface PlantRecord {
  /** ISO date from which the record holds. */
  date: string;
  status: PlantStatus;
  /** m³ per day-night (m³/ngày đêm), decimal strings. */
  designCapacity?: string;
  operatingCapacity?: string;
  source: string;
}

export interface WastewaterPlant {
  id: string;
  parkId: string;
  name?: string;
  records: readonly PlantRecord[];
}

export interface PlantAsOf {
  status: PlantStatus;
  /** The date the plant entered the status. */
  since: string;
  designCapacity: string | null;
  operatingCapacity: string | null;
  recordIndex: number;
}

/** The plant on `date` (records dated up to it, in order), or null before its first record. */
export function plantAsOf(plant: WastewaterPlant, date: string): PlantAsOf | null {
  let state: PlantAsOf | null = null;
  for (const [i, r] of plant.records.entries()) {
    if (r.date > date) continue;
    state = {
      status: r.status,
      since: state && state.status === r.status ? state.since : r.date,
      designCapacity: r.designCapacity ?? null,
      operatingCapacity: r.operatingCapacity ?? null,
      recordIndex: i,
    };
  }
  return state;
}

export type PlantIssueCode =
  | CommonIssueCode
  | 'source_missing'
  | 'transition_not_allowed'
  | 'design_capacity_missing'
  | 'operating_capacity_without_operation'
  | 'operating_exceeds_design';

const m3 = (d: Decimal) => `${formatDecimal(d)} m³/ngày đêm`;
const m3en = (d: Decimal) => `${formatDecimal(d)} m³/day`;

/** Every problem in a plant's records: order, status steps, capacities (operating ≤ design). */
export function validatePlant(plant: WastewaterPlant): ZoneIssue<PlantIssueCode>[] {
  const issues: ZoneIssue<PlantIssueCode>[] = [];
  let previous: string | null = null;
  let status: PlantStatus | null = null;
  for (const [i, r] of plant.records.entries()) {
    if (checkDateOrder(issues, i, r.date, previous) && (previous === null || r.date > previous)) previous = r.date;
    if (r.source.trim() === '') {
      issues.push(issue(i, 'source_missing', 'Cần ghi nguồn số liệu.', 'The source is required.', 'source'));
    }
    if (status !== null && !(PLANT_TRANSITIONS[status] as readonly PlantStatus[]).includes(r.status)) {
      const [from, to] = [PLANT_STATUS_LABELS[status], PLANT_STATUS_LABELS[r.status]];
      issues.push(
        issue(
          i,
          'transition_not_allowed',
          `Nhà máy không thể chuyển từ "${from.vi}" sang "${to.vi}".`,
          `A plant cannot go from "${from.en}" to "${to.en}".`,
          'status',
        ),
      );
    }
    status = r.status;

    const design =
      r.designCapacity === undefined
        ? null
        : checkQuantity(issues, i, 'designCapacity', r.designCapacity, {
            vi: 'Công suất thiết kế',
            en: 'Design capacity',
          });
    const operating =
      r.operatingCapacity === undefined
        ? null
        : checkQuantity(issues, i, 'operatingCapacity', r.operatingCapacity, {
            vi: 'Công suất hoạt động',
            en: 'Operating capacity',
          });
    if (r.status !== 'not_built' && r.designCapacity === undefined) {
      issues.push(
        issue(
          i,
          'design_capacity_missing',
          'Nhà máy đang xây dựng hoặc hoạt động phải có công suất thiết kế.',
          'A plant under construction or operating needs its design capacity.',
          'designCapacity',
        ),
      );
    }
    if (r.status !== 'operating' && operating !== null && compare(operating, ZERO) > 0) {
      issues.push(
        issue(
          i,
          'operating_capacity_without_operation',
          `Nhà máy "${PLANT_STATUS_LABELS[r.status].vi}" không thể có công suất hoạt động (${m3(operating)}).`,
          `A plant that is "${PLANT_STATUS_LABELS[r.status].en}" cannot have an operating capacity (${m3en(operating)}).`,
          'operatingCapacity',
        ),
      );
    }
    if (design !== null && operating !== null && compare(operating, design) > 0) {
      issues.push(
        issue(
          i,
          'operating_exceeds_design',
          `Công suất hoạt động (${m3(operating)}) lớn hơn công suất thiết kế (${m3(design)}).`,
          `The operating capacity (${m3en(operating)}) exceeds the design capacity (${m3en(design)}).`,
          'operatingCapacity',
        ),
      );
    }
  }
  return issues;
}

export interface WastewaterCounts {
  date: string;
  basis: ParkSet;
  /** Parks of the set on the date. */
  parks: number;
  /** Parks with at least one operating plant ("KCN đã có nhà máy XLNT tập trung đi vào hoạt động"). */
  withOperatingPlant: string[];
  /** Parks with no operating plant but one under construction. */
  withPlantUnderConstruction: string[];
  /** Parks with neither. */
  withoutPlant: string[];
  plantsByStatus: Record<PlantStatus, number>;
  /** Σ over the operating plants of the set's parks, m³/day. */
  designCapacity: string;
  operatingCapacity: string;
}

/**
 * The 2105 counts on `date` over the parks of `basis` (operating parks by default, the published
 * figure). The three park lists partition the set; a park is counted once however many plants.
 */
export function wastewaterCounts(
  parks: readonly ParkHistory[],
  plants: readonly WastewaterPlant[],
  date: string,
  basis: ParkSet = 'operating',
): WastewaterCounts {
  const inSet = new Set(parks.filter((p) => inParkSet(parkStatusAsOf(p.events, date)?.status, basis)).map((p) => p.id));
  const best = new Map<string, PlantStatus>();
  const plantsByStatus: Record<PlantStatus, number> = { not_built: 0, under_construction: 0, operating: 0 };
  let design = ZERO;
  let operating = ZERO;
  for (const plant of plants) {
    if (!inSet.has(plant.parkId)) continue;
    const state = plantAsOf(plant, date);
    if (!state) continue;
    plantsByStatus[state.status] += 1;
    const rank = PLANT_STATUSES.indexOf(state.status);
    const current = best.get(plant.parkId);
    if (current === undefined || rank > PLANT_STATUSES.indexOf(current)) best.set(plant.parkId, state.status);
    if (state.status === 'operating') {
      design = add(design, readDecimal(state.designCapacity) ?? ZERO);
      operating = add(operating, readDecimal(state.operatingCapacity) ?? ZERO);
    }
  }
  const ids = [...inSet];
  return {
    date,
    basis,
    parks: ids.length,
    withOperatingPlant: ids.filter((id) => best.get(id) === 'operating'),
    withPlantUnderConstruction: ids.filter((id) => best.get(id) === 'under_construction'),
    withoutPlant: ids.filter((id) => best.get(id) === undefined || best.get(id) === 'not_built'),
    plantsByStatus,
    designCapacity: formatDecimal(design),
    operatingCapacity: formatDecimal(operating),
  };
}
