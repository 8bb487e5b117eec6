/**
 * Reads the reference files shipped in data/ (see data/SOURCES.md). The raw files stay as
 * published; corrections such as Vietnamese country names are applied here, from data files too.
 */
import { readFileSync } from 'node:fs';
import { dataPath, field, readCsv, readText } from '../../platform/files/csv';
import {
  type AdminUnit,
  buildProvinceGroups,
  EDITION_63_FROM,
  type Edition,
  type GroupDefinition,
  MERGER_BASIS_2025,
  MERGER_DATE_2025,
  type ProvinceGroup,
  type Succession,
  unitId,
} from './admin-units';

export { dataPath } from '../../platform/files/csv';

const CITY_PREFIX = 'Thành phố ';
const PROVINCE_PREFIX = 'Tỉnh ';

const shortNameOf = (name: string): string =>
  name.startsWith(CITY_PREFIX)
    ? name.slice(CITY_PREFIX.length)
    : name.startsWith(PROVINCE_PREFIX)
      ? name.slice(PROVINCE_PREFIX.length)
      : name;

function makeUnit(edition: Edition, code: string, name: string, extra: Partial<AdminUnit>): AdminUnit {
  return {
    id: unitId(edition, code),
    code,
    edition,
    name,
    shortName: shortNameOf(name),
    kind: name.startsWith(CITY_PREFIX) ? 'city' : 'province',
    isoCode: null,
    validFrom: edition === '63' ? EDITION_63_FROM : MERGER_DATE_2025,
    validTo: edition === '63' ? '2025-06-30' : null,
    communeCount: null,
    ...extra,
  };
}

/**
 * The 63 units from provinces-63-pre2025.csv and the 34 from the official GSO list (dispatch
 * 915/CTK-CSCL), with names and commune counts from provinces-34-2025.csv, which must agree with it.
 */
export function loadAdminUnits(): AdminUnit[] {
  const old = readCsv('admin-units', 'provinces-63-pre2025.csv').map((r) =>
    makeUnit('63', field(r, 'code'), field(r, 'name'), { isoCode: field(r, 'iso_3166_2') || null }),
  );
  const derived = new Map(readCsv('admin-units', 'provinces-34-2025.csv').map((r) => [field(r, 'code'), r]));
  const official = readCsv('admin-units', '915_CTK-CSCL.csv').map((r) => {
    const code = field(r, 'Mã số');
    const officialName = field(r, 'Tên 34 tỉnh sau sáp nhập');
    const row = derived.get(code);
    if (!row || shortNameOf(field(row, 'name')) !== shortNameOf(officialName)) {
      throw new Error(`provinces-34-2025.csv disagrees with the 915 list on code ${code} (${officialName})`);
    }
    const communes = Number(field(row, 'ward_commune_count'));
    return makeUnit('34', code, field(row, 'name'), { communeCount: Number.isInteger(communes) ? communes : null });
  });
  if (official.length !== derived.size) throw new Error('provinces-34-2025.csv has units missing from the 915 list');
  return [...old, ...official];
}

export function loadSuccessions(): Succession[] {
  return readCsv('admin-units', 'province-merger-2025.csv').map((r) => {
    const mergeType = field(r, 'merge_type');
    if (mergeType !== 'full' && mergeType !== 'partial') throw new Error(`Unknown merge type ${mergeType}`);
    return {
      fromId: unitId('63', field(r, 'old_code')),
      toId: unitId('34', field(r, 'new_code')),
      effectiveDate: MERGER_DATE_2025,
      mergeType,
      legalBasis: MERGER_BASIS_2025,
    };
  });
}

export function loadGroupDefinitions(): GroupDefinition[] {
  const file = JSON.parse(readText('admin-units', 'groups.json')) as { groups: GroupDefinition[] };
  return file.groups;
}

/**
 * The regions and sets of groups.json, one group per edition. The 34-unit side of the
 * "30 northern provinces" (`north30-2025`) is computed from the merger, never typed.
 */
export function loadProvinceGroups(
  units: readonly AdminUnit[] = loadAdminUnits(),
  successions: readonly Succession[] = loadSuccessions(),
): ProvinceGroup[] {
  return buildProvinceGroups(loadGroupDefinitions(), units, successions);
}

export interface BoundaryFeature {
  type: 'Feature';
  id: string;
  properties: { ma_tinh: string; ten_tinh: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  attribution: string;
  features: BoundaryFeature[];
}

export const BOUNDARY_ATTRIBUTION =
  'Boundaries: Open Development Mekong / Department of Survey and Mapping Vietnam, CC BY-SA 4.0';

export const boundaryFile = (edition: Edition): string => dataPath('boundaries', `provinces-${edition}.geojson`);

/** The simplified province polygons of one edition, keyed by GSO code in `ma_tinh`. */
export function loadBoundaries(edition: Edition): BoundaryCollection {
  return JSON.parse(readFileSync(boundaryFile(edition), 'utf8')) as BoundaryCollection;
}
