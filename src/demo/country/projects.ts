/**
 * Projects and their enterprises, generated one at a time from their index: first the
 * infrastructure project and developer of every established park, then the tenants. A tenant is
 * placed in a year (more every year, a dip in 2020), then in a park open that year (by area) or an
 * economic zone outside the parks; its investors are drawn and classified, and FDI or DDI, the
 * currency and the business line follow from that classification.
 */
import { formatDecimal, parseDecimal, sub } from '../../kernel/decimal';
import { MERGER_DATE_2025 } from '../../modules/geo/admin-units';
import { classifyCapitalOrigin } from '../../modules/investment/capital-origin';
import type { CertificateEvent } from '../../modules/investment/certificate-events';
import { CURRENCY_OF, capitalUnits, FIRST_RULE_DAY, moneyOf, tenantHistory, tenantLandH } from './certificates';
import {
  asProjectInvestor,
  ddiHoldings,
  developerHoldings,
  fdiHoldings,
  type Holding,
  type InvestorPool,
} from './investors';
import { type LocationTables, locate } from './locations';
import { foreignPerson, vietnameseCompany, vietnamesePerson, vietnamSubsidiary } from './names';
import type { ParkTimeline } from './park-history';
import { dayOf, ids, isoOf, projectCodeOf, type Rng, rngFor, taxCodeOf, unitsToDecimal } from './random';
import { drawSector, INFRASTRUCTURE_SECTOR } from './sectors';
import type { DemoSpecialZone } from './special-zones';
import type { DemoEconomicZone, DemoEnterprise, DemoPark, DemoProject } from './types';
import { tenantSpecialZone, type ZoneInfraSlot, zoneInfrastructureAt } from './zone-infrastructure';
import { zoneUnit63 } from './zones';

export interface ProjectContext {
  seed: number;
  todayDay: number;
  parks: readonly DemoPark[];
  timelines: readonly ParkTimeline[];
  units63: readonly string[];
  zones: readonly DemoEconomicZone[];
  pool: InvestorPool;
  provinceNames: ReadonlyMap<string, string>;
  provinceShortNames: ReadonlyMap<string, string>;
  tables: LocationTables;
  tenantCount: number;
  /** Infrastructure projects in the KKTs outside parks, generated after the tenants (zone-infrastructure.ts). */
  zoneInfra: readonly ZoneInfraSlot[];
  specialByZone: ReadonlyMap<string, readonly DemoSpecialZone[]>;
  /** Chance that a tenant's investors are drawn as foreign, so FDI lands near its target. */
  pFdi: number;
}

export interface Generated {
  project: DemoProject;
  enterprise: DemoEnterprise;
}

/** At scale 1: about 11,000 FDI and 10,000 DDI projects, infrastructure projects included. */
export const PROJECT_TARGETS = { FDI: 11_000, DDI: 10_000 } as const;

export const classifyHoldings = (holdings: readonly Holding[], day: number) => {
  const investors = holdings.map((h) => asProjectInvestor(h.investor, h.share));
  const originDate = isoOf(Math.max(day, FIRST_RULE_DAY));
  return { investors, originDate, origin: classifyCapitalOrigin(investors, originDate) };
};

export const leadForeign = (holdings: readonly Holding[]) =>
  holdings.find((h) => h.investor.nationality !== 'VN')?.investor;

export function placeOf(
  ctx: ProjectContext,
  rng: Rng,
  park: DemoPark | null,
  zone: DemoEconomicZone | null,
  unit63: string,
  registeredOn: number,
) {
  const where = park ?? zone;
  if (!where) throw new Error('a project needs a park or a zone');
  const province = ctx.provinceNames.get(where.adminUnitId) ?? where.adminUnitId;
  const lot = `Lô ${rng.pick(['A', 'B', 'C', 'CN', 'D', 'E'])}${rng.int(1, 40)}`;
  return {
    address: `${lot}, ${where.name}, ${where.commune}, ${province}`,
    adminUnitId: where.adminUnitId,
    historicalAdminUnitId: isoOf(registeredOn) < MERGER_DATE_2025 ? unit63 : null,
    commune: where.commune,
  };
}

const provinceShort = (ctx: ProjectContext, where: { adminUnitId: string } | null): string | null =>
  where === null ? null : (ctx.provinceShortNames.get(where.adminUnitId) ?? null);

/** What every project has: ids, code, investors and what follows from classifying them. */
export function projectBase(index: number, ctx: ProjectContext, c: ReturnType<typeof classifyHoldings>) {
  return {
    id: ids.project(index),
    code: projectCodeOf(ctx.seed, index),
    enterpriseId: ids.enterprise(index),
    investors: c.investors,
    origin: c.origin.origin,
    originRuleId: c.origin.rule.id,
    originDate: c.originDate,
    currency: CURRENCY_OF[c.origin.origin],
  };
}

/**
 * The day a project began operating: most some months to two and a half years after the issue,
 * about one in ten never built; never after today nor after its certificate ended. Drawn from its
 * own stream so the rest of the project stays as before.
 */
function operationStart(seed: number, key: string, i: number, events: readonly CertificateEvent[], todayDay: number) {
  const rng = rngFor(seed, 'operation', key, i);
  if (rng.chance(0.1)) return null;
  const day = dayOf(events[0]!.date) + rng.int(120, 900);
  const end = events.find((e) => e.kind === 'revoked' || e.kind === 'terminated');
  if (day > todayDay || (end && day >= dayOf(end.date))) return null;
  return isoOf(day);
}

/** Park k's infrastructure project and developer, or null while the park is only planned. */
export function infrastructureAt(ctx: ProjectContext, k: number): Generated | null {
  const park = ctx.parks[k];
  const t = ctx.timelines[k];
  if (!park || !t || t.establishedDay === null) return null;
  const rng = rngFor(ctx.seed, 'infra', k);
  const holdings = developerHoldings(rng, ctx.seed, ctx.pool);
  const c = classifyHoldings(holdings, t.establishedDay);
  const base = projectBase(k, ctx, c);
  const areaH = t.areaSteps[0]?.areaH ?? 0;
  const fdi = c.origin.origin === 'FDI';
  let units = Math.round((areaH / 100) * rng.range(fdi ? 80 : 1500, fdi ? 300 : 6000));
  units = fdi ? units : Math.max(100, Math.round(units / 100) * 100);
  const events: CertificateEvent[] = [
    {
      seq: 1,
      kind: 'issued',
      date: isoOf(t.establishedDay),
      documentNo: base.code,
      registeredCapital: moneyOf(units, base.currency),
      landAreaHa: unitsToDecimal(areaH, 2),
      objectives: [INFRASTRUCTURE_SECTOR.objective],
      investors: c.investors,
    },
  ];
  let status: DemoProject['status'] = 'valid';
  for (const e of park.events) {
    const seq = events.length + 1;
    if (e.kind === 'area_increased' || e.kind === 'area_decreased') {
      // The capital follows the area; the ratio only sizes a whole number of units.
      const ratio = Number(e.areaAfter) / Number(e.areaBefore);
      const delta = Math.max(1 - units, Math.round(units * (ratio - 1)));
      units += delta;
      const land = formatDecimal(sub(parseDecimal(e.areaAfter), parseDecimal(e.areaBefore)));
      events.push({
        seq,
        kind: 'adjusted',
        date: e.date,
        documentNo: base.code,
        capitalDelta: moneyOf(delta, base.currency),
        landAreaDeltaHa: land,
      });
    } else if (e.kind === 'revoked') {
      status = 'terminated';
      events.push({
        seq,
        kind: 'terminated',
        date: e.date,
        documentNo: e.decision.number,
        capitalAtEnd: moneyOf(units, base.currency),
      });
    } else if (e.kind === 'converted_to_urban_service') {
      const objectives = ['Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu đô thị – dịch vụ'];
      events.push({ seq, kind: 'adjusted', date: e.date, documentNo: e.decision.number, objectives });
    }
  }
  const lead = leadForeign(holdings);
  const registeredOn = lead
    ? Math.min(ctx.todayDay, t.establishedDay + rng.int(5, 30))
    : t.establishedDay - rng.int(30, 700);
  const enterprise: DemoEnterprise = {
    id: base.enterpriseId,
    role: 'developer',
    taxCode: taxCodeOf(ctx.seed, k),
    nameVi: lead
      ? `Công ty TNHH Phát triển KCN ${lead.brand}`
      : `Công ty Cổ phần Đầu tư Phát triển Hạ tầng ${park.name}`,
    nameForeign: lead ? `${lead.brand} Industrial Park Development Co., Ltd` : null,
    ...placeOf(ctx, rng, park, null, ctx.units63[k] ?? '', registeredOn),
    legalRepresentative: lead ? foreignPerson(rng, lead.nationality) : vietnamesePerson(rng),
    vsic: [INFRASTRUCTURE_SECTOR.vsic],
    registeredOn: isoOf(registeredOn),
  };
  const project: DemoProject = {
    ...base,
    name: `Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng ${park.name}`,
    type: 'infrastructure',
    parkId: park.id,
    zoneId: park.parentZoneId,
    vsic: [INFRASTRUCTURE_SECTOR.vsic],
    objectives: [INFRASTRUCTURE_SECTOR.objective],
    events,
    status,
    registeredCapital: moneyOf(units, base.currency),
    operationStartedOn: operationStart(ctx.seed, 'infra', k, events, ctx.todayDay),
  };
  return { project, enterprise };
}

/** Tenant i (project and enterprise index: parks.length + i). */
export function tenantAt(ctx: ProjectContext, i: number): Generated {
  const index = ctx.parks.length + i;
  const rng = rngFor(ctx.seed, 'tenant', i);
  const fdiIntent = rng.chance(ctx.pFdi);
  const spot = locate(ctx.tables, rng);
  const park = spot.park === null ? null : (ctx.parks[spot.park] ?? null);
  const zone = spot.zone === null ? null : (ctx.zones[spot.zone] ?? null);
  const zoneOfPark = park?.parentZoneId ? (ctx.zones.find((z) => z.id === park.parentZoneId) ?? null) : null;
  const issueDay = spot.day;
  const holdings = fdiIntent ? fdiHoldings(rng, ctx.seed, ctx.pool) : ddiHoldings(rng, ctx.seed, ctx.pool);
  const c = classifyHoldings(holdings, issueDay);
  const base = projectBase(index, ctx, c);
  const sector = drawSector(rng, c.origin.origin);
  const units = capitalUnits(rng, c.origin.origin);
  const objectives = [sector.objective];
  const history = tenantHistory(rng, {
    code: base.code,
    issueDay,
    lastDay: spot.lastDay,
    todayDay: ctx.todayDay,
    currency: base.currency,
    units,
    landH: tenantLandH(rng, units, base.currency),
    investors: c.investors,
    objectives,
    forcedEndFrom: spot.endsFrom,
  });
  const lead = leadForeign(holdings);
  const names = lead
    ? vietnamSubsidiary(lead.brand, lead.nationality, rng.chance(0.5) ? provinceShort(ctx, park ?? zone) : null)
    : { nameVi: vietnameseCompany(rng, sector.activity), nameForeign: null };
  const registeredOn = lead ? Math.min(ctx.todayDay, issueDay + rng.int(3, 30)) : issueDay - rng.int(0, 1500);
  const unit63 = park ? (ctx.units63[spot.park ?? -1] ?? '') : zone ? zoneUnit63(zone) : '';
  const enterprise: DemoEnterprise = {
    id: base.enterpriseId,
    role: 'tenant',
    taxCode: taxCodeOf(ctx.seed, index),
    ...names,
    ...placeOf(ctx, rng, park, zone, unit63, registeredOn),
    legalRepresentative: lead ? foreignPerson(rng, lead.nationality) : vietnamesePerson(rng),
    vsic: [sector.vsic],
    registeredOn: isoOf(registeredOn),
  };
  const short = lead ? lead.brand : names.nameVi.split(' ').slice(-2).join(' ');
  const project: DemoProject = {
    ...base,
    name: `Dự án ${sector.facility} ${sector.product} ${short}`,
    type: 'production_business',
    parkId: park?.id ?? null,
    zoneId: zone?.id ?? zoneOfPark?.id ?? null,
    specialZoneId: park ? null : tenantSpecialZone(ctx, i, zone?.id ?? null, issueDay),
    vsic: [sector.vsic],
    objectives,
    events: history.events,
    status: history.status,
    registeredCapital: history.capital,
    operationStartedOn: operationStart(ctx.seed, 'tenant', i, history.events, ctx.todayDay),
  };
  return { project, enterprise };
}

export function* generatedStream(ctx: ProjectContext): Generator<Generated> {
  for (let k = 0; k < ctx.parks.length; k++) {
    const g = infrastructureAt(ctx, k);
    if (g) yield g;
  }
  for (let i = 0; i < ctx.tenantCount; i++) yield tenantAt(ctx, i);
  for (let j = 0; j < ctx.zoneInfra.length; j++) {
    const g = zoneInfrastructureAt(ctx, j);
    if (g) yield g;
  }
}
