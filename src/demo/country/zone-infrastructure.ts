/**
 * Infrastructure projects in the KKTs outside their parks (Biểu 2111): one per special zone that
 * builds it (issued some months after the zone's founding, in operation when the zone is), and in
 * most KKTs a resettlement and housing area of the zone itself. They come after the tenants in
 * the project stream (indices parks + tenants + j), each with its developer, from their own
 * random streams, so the rest of the country stays as it was. Tenants in a KKT outside its parks
 * are placed in one of its special zones already founded, about half of them.
 */
import type { CertificateEvent } from '../../modules/investment/certificate-events';
import { CURRENCY_OF, moneyOf } from './certificates';
import { developerHoldings } from './investors';
import { foreignPerson, vietnamesePerson } from './names';
import { classifyHoldings, type Generated, leadForeign, type ProjectContext, placeOf, projectBase } from './projects';
import { dayOf, ids, isoOf, rngFor, taxCodeOf, unitsToDecimal, YEAR_DAYS } from './random';
import { INFRASTRUCTURE_SECTOR } from './sectors';
import type { DemoSpecialZone } from './special-zones';
import type { DemoEconomicZone, DemoEnterprise, DemoProject } from './types';

/** One infrastructure project to generate: in a special zone, or in the KKT itself (zone = its index). */
export type ZoneInfraSlot = { kind: 'special'; special: DemoSpecialZone } | { kind: 'zone'; zoneIndex: number };

const ZONE_OBJECTIVE = 'Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu chức năng trong khu kinh tế';

export function zoneInfraSlots(seed: number, zones: readonly DemoEconomicZone[], specials: readonly DemoSpecialZone[]) {
  const slots: ZoneInfraSlot[] = specials.map((special) => ({ kind: 'special', special }));
  zones.forEach((z, i) => {
    if (z.type !== 'specialised' && rngFor(seed, 'zone-infra', i).chance(0.6))
      slots.push({ kind: 'zone', zoneIndex: i });
  });
  return slots;
}

/** Slot j's project and developer, or null when its issue would be after today. */
export function zoneInfrastructureAt(ctx: ProjectContext, j: number): Generated | null {
  const slot = ctx.zoneInfra[j];
  if (!slot) return null;
  const index = ctx.parks.length + ctx.tenantCount + j;
  const rng = rngFor(ctx.seed, 'zone-infra-project', j);
  const zone = slot.kind === 'zone' ? ctx.zones[slot.zoneIndex]! : ctx.zones.find((z) => z.id === slot.special.zoneId)!;
  const startDay =
    slot.kind === 'special'
      ? slot.special.foundedDay + rng.int(30, 365)
      : ctx.todayDay - Math.round(rng.range(0.5, 12) * YEAR_DAYS);
  const issueDay = Math.max(startDay, dayOf(zone.decision.date) + 30);
  if (issueDay > ctx.todayDay) return null;
  const holdings = developerHoldings(rng, ctx.seed, ctx.pool);
  const c = classifyHoldings(holdings, issueDay);
  const base = projectBase(index, ctx, c);
  const fdi = c.origin.origin === 'FDI';
  const areaH = slot.kind === 'special' ? slot.special.establishedH : Math.round(rng.range(80, 600) * 100);
  let units = Math.round((areaH / 100) * rng.range(fdi ? 60 : 1000, fdi ? 250 : 4500));
  units = fdi ? Math.max(1000, units) : Math.max(10_000, Math.round(units / 100) * 100);
  const subject = slot.kind === 'special' ? slot.special.name : `khu tái định cư và dân cư ${zone.name}`;
  const objective = slot.kind === 'special' ? ZONE_OBJECTIVE : 'Đầu tư xây dựng hạ tầng khu tái định cư và dân cư';
  const events: CertificateEvent[] = [
    {
      seq: 1,
      kind: 'issued',
      date: isoOf(issueDay),
      documentNo: base.code,
      registeredCapital: moneyOf(units, CURRENCY_OF[c.origin.origin]),
      landAreaHa: unitsToDecimal(areaH, 2),
      objectives: [objective],
      investors: c.investors,
    },
  ];
  const raiseDay = issueDay + Math.round(rng.range(2, 6) * YEAR_DAYS);
  if (rng.chance(0.35) && raiseDay <= ctx.todayDay) {
    const delta = Math.round(units * rng.range(0.1, 0.5));
    units += delta;
    events.push({
      seq: 2,
      kind: 'adjusted',
      date: isoOf(raiseDay),
      documentNo: base.code,
      capitalDelta: moneyOf(delta, base.currency),
    });
  }
  const operating =
    slot.kind === 'special' ? slot.special.operatingDay : issueDay + Math.round(rng.range(1.5, 4) * YEAR_DAYS);
  const lead = leadForeign(holdings);
  const registeredOn = lead ? Math.min(ctx.todayDay, issueDay + rng.int(5, 30)) : issueDay - rng.int(30, 700);
  const enterprise: DemoEnterprise = {
    id: base.enterpriseId,
    role: 'developer',
    taxCode: taxCodeOf(ctx.seed, index),
    nameVi: lead
      ? `Công ty TNHH Phát triển Hạ tầng ${lead.brand} ${zone.name.replace(/^KKT (ven biển|cửa khẩu) /, '')}`
      : `Công ty Cổ phần Đầu tư Hạ tầng ${subject.replace(/^khu/, 'Khu')}`,
    nameForeign: lead ? `${lead.brand} Economic Zone Infrastructure Co., Ltd` : null,
    ...placeOf(ctx, rng, null, zone, zone.historicalAdminUnitId ?? '', registeredOn),
    legalRepresentative: lead ? foreignPerson(rng, lead.nationality) : vietnamesePerson(rng),
    vsic: [INFRASTRUCTURE_SECTOR.vsic],
    registeredOn: isoOf(registeredOn),
  };
  const project: DemoProject = {
    ...base,
    id: ids.project(index),
    name: `Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng ${subject}`,
    type: 'infrastructure',
    parkId: null,
    zoneId: zone.id,
    specialZoneId: slot.kind === 'special' ? slot.special.id : null,
    vsic: [INFRASTRUCTURE_SECTOR.vsic],
    objectives: [objective],
    events,
    status: 'valid',
    registeredCapital: moneyOf(units, base.currency),
    operationStartedOn:
      operating !== null && operating <= ctx.todayDay && operating >= issueDay ? isoOf(operating) : null,
  };
  return { project, enterprise };
}

/** A special zone of the tenant's KKT founded by its issue, for about half the tenants outside parks. */
export function tenantSpecialZone(ctx: ProjectContext, i: number, zoneId: string | null, issueDay: number) {
  if (zoneId === null) return null;
  const open = (ctx.specialByZone.get(zoneId) ?? []).filter((s) => s.foundedDay <= issueDay);
  if (open.length === 0) return null;
  const rng = rngFor(ctx.seed, 'tenant-special-zone', i);
  return rng.chance(0.5) ? rng.pick(open).id : null;
}
