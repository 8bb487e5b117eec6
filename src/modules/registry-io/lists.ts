/**
 * The lists a template offers in its dropdowns, built when it is downloaded: the 34 provinces in
 * force (and the 63 before 1 July 2025, for reference), countries with their Vietnamese names,
 * and the KKT and KCN codes the caller can see. Each entry is "code · name": the importer reads
 * the code and checks the name.
 */
import type { Actor } from '../../platform/auth/actor';
import type { AdminUnit } from '../geo/admin-units';
import type { GeoService } from '../geo/service';
import type { ReferenceService } from '../reference/service';
import type { ZonesService } from '../zones/service';
import type { ImportDefinition } from './definition';

/** The 34-province edition starts on this day (Nghị quyết 202/2025/QH15). */
export const MERGER_DAY = '2025-07-01';

export const provinceLabel = (u: Pick<AdminUnit, 'code' | 'name'>) => `${u.code} · ${u.name}`;

export type ListName = 'provinces' | 'provinces63' | 'countries' | 'zones' | 'parks';

export type TemplateLists = Partial<Record<ListName, string[]>>;

export const LIST_TITLES: Record<ListName, { vi: string; en: string }> = {
  provinces: { vi: 'Tỉnh, thành phố (34 đơn vị từ 01/07/2025)', en: 'Provinces (34, from 2025-07-01)' },
  provinces63: { vi: 'Tỉnh, thành phố trước 01/07/2025 (63 đơn vị)', en: 'Provinces before 2025-07-01 (63)' },
  countries: { vi: 'Quốc gia, vùng lãnh thổ (mã ISO)', en: 'Countries (ISO code)' },
  zones: { vi: 'Khu kinh tế (mã · tên)', en: 'Economic zones (code · name)' },
  parks: { vi: 'Khu công nghiệp (mã · tên)', en: 'Industrial parks (code · name)' },
};

export async function buildLists(
  deps: { geo: GeoService; reference: ReferenceService; zones: ZonesService },
  actor: Actor,
  definition: ImportDefinition,
  today: string,
): Promise<TemplateLists> {
  const lists: TemplateLists = {};
  const wanted = new Set(definition.lists);
  if (wanted.has('provinces')) {
    const ix = await deps.geo.getIndex();
    const day = today < MERGER_DAY ? MERGER_DAY : today;
    lists.provinces = ix.unitsAsOf(day).map(provinceLabel);
    lists.provinces63 = ix.unitsAsOf('2025-06-30').map(provinceLabel);
  }
  if (wanted.has('countries')) {
    const countries = await deps.reference.listCountries();
    const vn = countries.filter((c) => c.alpha2 === 'VN');
    lists.countries = [...vn, ...countries.filter((c) => c.alpha2 !== 'VN')].map((c) => `${c.alpha2} · ${c.nameVi}`);
  }
  if (wanted.has('zones')) {
    const zones = await deps.zones.findZones(actor, {});
    lists.zones = zones.items.map((z) => `${z.code} · ${z.name}`);
  }
  if (wanted.has('parks')) {
    const parks = await deps.zones.findParks(actor, { pageSize: 1_000_000, sort: 'code' });
    lists.parks = parks.items.map((p) => `${p.code} · ${p.name}`);
  }
  return lists;
}
