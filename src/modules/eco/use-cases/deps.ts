import type { FieldErrors } from '../../../kernel/errors';
import { AppError, notFound } from '../../../kernel/errors';
import { todayInVietnam } from '../../../kernel/format';
import { type Actor, systemActor } from '../../../platform/auth/actor';
import type { Target } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import type { InvestmentService } from '../../investment/service';
import type { ReferenceService } from '../../reference/service';
import type { ZonesService } from '../../zones/service';
import type { Viewer } from '../matching';

export interface EcoDeps {
  db: Db;
  clock: () => Date;
  zones: ZonesService;
  investment: InvestmentService;
  reference: ReferenceService;
}

/** The eco module reads the registry as the system and decides visibility itself (policy + confidentiality). */
export const ECO_READER = systemActor('eco');

export const todayOf = (d: EcoDeps) => todayInVietnam(d.clock());

export function viewerOf(actor: Actor): Viewer {
  if (actor.kind === 'system') return { kind: 'ministry' };
  if (actor.kind !== 'user') return { kind: 'none' };
  if (actor.role === 'ministry') return { kind: 'ministry' };
  if ((actor.role === 'board_officer' || actor.role === 'board_leader') && actor.scope.provinceCode)
    return { kind: 'board', provinceCode: actor.scope.provinceCode };
  if ((actor.role === 'enterprise' || actor.role === 'developer') && actor.scope.enterpriseId)
    return { kind: 'enterprise', enterpriseId: actor.scope.enterpriseId };
  return { kind: 'none' };
}

export interface ParkInfo {
  id: string;
  name: string;
  provinceCode: string | null;
  developerEnterpriseId: string | null;
  lon: number | null;
  lat: number | null;
}

/** Names, provinces and points of parks, read once per call (one query for every park with a point). */
export function parkDirectory(d: EcoDeps) {
  let points: Map<string, { name: string; lon: number; lat: number }> | null = null;
  const cache = new Map<string, ParkInfo | null>();
  return async (id: string): Promise<ParkInfo | null> => {
    if (cache.has(id)) return cache.get(id) ?? null;
    if (!points) {
      const all = await d.zones.parkPoints(ECO_READER, {});
      points = new Map(all.items.map((p) => [p.id, { name: p.name, lon: p.lon, lat: p.lat }]));
    }
    const scope = await d.zones.parkScope(id);
    if (!scope) {
      cache.set(id, null);
      return null;
    }
    const point = points.get(id);
    const name = point?.name ?? (await d.zones.getPark(ECO_READER, id)).name;
    const info: ParkInfo = {
      id,
      name,
      provinceCode: scope.provinceCode,
      developerEnterpriseId: scope.developerEnterpriseId,
      lon: point?.lon ?? null,
      lat: point?.lat ?? null,
    };
    cache.set(id, info);
    return info;
  };
}
export type ParkDirectory = ReturnType<typeof parkDirectory>;

export function enterpriseDirectory(d: EcoDeps) {
  const cache = new Map<string, string | null>();
  return async (id: string): Promise<string | null> => {
    if (!cache.has(id)) {
      try {
        cache.set(id, (await d.investment.getEnterprise(ECO_READER, id)).nameVi);
      } catch (e) {
        if (e instanceof AppError && e.code === 'NOT_FOUND') cache.set(id, null);
        else throw e;
      }
    }
    return cache.get(id) ?? null;
  };
}

/** The scope target of a record of the exchange: the park's province, and the enterprises it belongs to. */
export const recordTarget = (park: ParkInfo, enterpriseIds: readonly string[]): Target => ({
  kind: 'record',
  provinceCode: park.provinceCode,
  enterpriseIds,
});

export const parkTargetOf = (park: ParkInfo): Target =>
  recordTarget(park, park.developerEnterpriseId ? [park.developerEnterpriseId] : []);

export async function requirePark(parks: ParkDirectory, id: string): Promise<ParkInfo> {
  const park = await parks(id);
  if (!park) throw notFound('khu công nghiệp', 'Industrial park');
  return park;
}

export function invalid(fields: FieldErrors): AppError {
  const first = Object.values(fields)[0]!;
  return new AppError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${first.message}`,
    `Invalid input: ${first.messageEn}`,
    fields,
  );
}
export const fieldError = (key: string, vi: string, en: string): FieldErrors => ({
  [key]: { message: vi, messageEn: en },
});

/** Numeric column text without trailing zeros ("12.500" → "12.5"). */
export const num = (v: string | null): string => (v === null ? '0' : v.includes('.') ? v.replace(/\.?0+$/, '') : v);
