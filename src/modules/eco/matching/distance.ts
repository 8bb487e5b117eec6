import { formatNumber } from '../../../kernel/format';
import type { MatchListing, ParkPlace } from './types';

/** Half the score at this many kilometres (trucking by-products much further rarely pays). */
export const HALF_SCORE_KM = 30;

export function haversineKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Same park 1; else by straight-line km between the parks' points; without points, by province. */
export function distanceFit(offer: MatchListing, need: MatchListing, parks: ReadonlyMap<string, ParkPlace>) {
  if (offer.parkId === need.parkId) return { value: 1, km: 0, vi: 'Cùng khu công nghiệp', en: 'Same industrial park' };
  const a = parks.get(offer.parkId);
  const b = parks.get(need.parkId);
  const sameProvince = offer.provinceCode !== null && offer.provinceCode === need.provinceCode;
  const where = sameProvince ? { vi: 'cùng tỉnh', en: 'same province' } : { vi: 'khác tỉnh', en: 'another province' };
  if (a?.lon != null && a.lat != null && b?.lon != null && b.lat != null) {
    const km = haversineKm({ lon: a.lon, lat: a.lat }, { lon: b.lon, lat: b.lat });
    return {
      value: 1 / (1 + km / HALF_SCORE_KM),
      km,
      vi: `Cách ${formatNumber(km, 0)} km (đường chim bay), ${where.vi}`,
      en: `${formatNumber(km, 0, 'en')} km apart (straight line), ${where.en}`,
    };
  }
  return sameProvince
    ? { value: 0.5, km: null, vi: 'Cùng tỉnh (chưa có toạ độ KCN)', en: 'Same province (park points unknown)' }
    : { value: 0.1, km: null, vi: 'Khác tỉnh (chưa có toạ độ KCN)', en: 'Another province (park points unknown)' };
}
