/** Hand-built listings for the matcher's tests (not shipped data). */
import type { MatchContext } from './score';
import type { MatchListing, ParkPlace } from './types';

let n = 0;
export function listing(over: Partial<MatchListing> & Pick<MatchListing, 'side'>): MatchListing {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    enterpriseId: `e-${n}`,
    parkId: 'park-a',
    provinceCode: '75',
    resource: 'material',
    title: 'Vật liệu',
    ewcCode: null,
    nationalCode: null,
    description: '',
    hazardous: false,
    acceptsHazardous: false,
    quantity: 100,
    unit: 't',
    frequency: 'month',
    availableFrom: '2026-01-01',
    availableTo: null,
    confidentiality: 'public',
    partnerEnterpriseIds: [],
    status: 'open',
    ...over,
  };
}

/** Park A and B in Đồng Nai (≈ 20 km apart), C in Hải Phòng. */
export const PARKS = new Map<string, ParkPlace>([
  ['park-a', { provinceCode: '75', lon: 106.85, lat: 10.95 }],
  ['park-b', { provinceCode: '75', lon: 107.0, lat: 10.85 }],
  ['park-c', { provinceCode: '31', lon: 106.7, lat: 20.85 }],
]);

export const CTX: MatchContext = {
  parks: PARKS,
  substitutions: [{ offerCode: '1001', needCode: '1013', note: 'tro bay làm phụ gia xi măng' }],
  factors: { tco2ePerTonneDiverted: 0.5, tco2ePerM3Water: 0.0004, tco2ePerMwh: 0.66 },
};
