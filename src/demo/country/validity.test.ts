/**
 * Every generated record passes the registry's own rules: park histories, land, plants, kinds and
 * location classes (zones module), certificate histories and FDI/DDI from the investors
 * (investment module), and the forms' period flows can be computed over the whole country.
 */
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../kernel/decimal';
import { classifyCapitalOrigin } from '../../modules/investment/capital-origin';
import { certificateStateAsOf, validateCertificateEvents } from '../../modules/investment/certificate-events';
import { type ProjectCertificates, periodFlows } from '../../modules/investment/period-flows';
import { errorsOnly } from '../../modules/zones/checks';
import { kktLandUseAsOf, validateKktLandUse } from '../../modules/zones/kkt-land';
import { locationClassForPark, validateParkKinds } from '../../modules/zones/location-class';
import { type LandMeasure, landAsOf, validateParkLand } from '../../modules/zones/park-land';
import { validateParkEvents } from '../../modules/zones/park-lifecycle';
import { validatePlant } from '../../modules/zones/wastewater';
import { loadDemoGeography } from './geography';
import { type DemoEnterprise, type DemoProject, generateDemoCountry } from './index';

const TODAY = '2026-01-15';
const country = generateDemoCountry({ today: TODAY, geography: loadDemoGeography() });
const projects: DemoProject[] = [...country.projects];
const enterprises: DemoEnterprise[] = [...country.enterprises];
const investorIds = new Set([...country.investors].map((i) => i.id));
const zones = new Map(country.economicZones.map((z) => [z.id, z]));
const parks = new Map(country.parks.map((p) => [p.id, p]));

describe('parks and zones by the zones module', () => {
  it('has only valid park histories, land series, kinds and location classes', () => {
    for (const park of country.parks) {
      expect(validateParkEvents(park.events), park.id).toEqual([]);
      expect(validateParkLand(park.land), park.id).toEqual([]);
      expect(validateParkKinds(park.kinds, park.specialisedSector ?? undefined), park.id).toEqual([]);
      expect(locationClassForPark(park.parentZoneId, zones)).toBe(park.locationClass);
    }
  });

  it('keeps planned ≥ established ≥ industrial-service ≥ leased on every date', () => {
    for (const { id, land } of country.parks) {
      const dates = new Set(Object.values(land).flatMap((s) => s.map((v) => v.date)));
      for (const date of dates) {
        const value = (m: LandMeasure) => parseDecimal(landAsOf(land[m], date)?.value ?? '0');
        const [p, e, i, l] = [value('planned'), value('established'), value('industrial'), value('leased')];
        expect(p >= e && e >= i && i >= l, `${id} on ${date}: ${p} ${e} ${i} ${l}`).toBe(true);
      }
    }
  });

  it('hands land over for building (never above the established area) and completes the infrastructure with the status', () => {
    let operating = 0;
    for (const { id, land, infrastructure, status, events } of country.parks) {
      for (const v of land.handed_over ?? []) {
        const established = parseDecimal(landAsOf(land.established, v.date)?.value ?? '0');
        expect(parseDecimal(v.value) <= established, `${id} on ${v.date}`).toBe(true);
      }
      const pct = infrastructure.map((v) => Number(v.value));
      expect(
        pct.every((x, i) => x >= 0 && x <= 100 && (i === 0 || x >= pct[i - 1]!)),
        id,
      ).toBe(true);
      const since = events.find((e) => e.kind === 'operating')?.date;
      if (status === 'operating' && since && infrastructure.length && since <= infrastructure.at(-1)!.date) {
        operating += 1;
        expect(pct.at(-1)!, id).toBeGreaterThanOrEqual(75);
        expect(landAsOf(land.handed_over, TODAY)?.value, id).toBe(landAsOf(land.established, TODAY)?.value);
      }
      if (status === 'planned' || status === 'planned_unapproved') expect(pct, id).toEqual([]);
    }
    expect(operating).toBeGreaterThan(100);
  });

  it('has valid wastewater plants, all in established parks', () => {
    for (const plant of country.wastewaterPlants) {
      expect(validatePlant(plant), plant.id).toEqual([]);
      expect(parks.get(plant.parkId)?.developerEnterpriseId).not.toBeNull();
    }
  });

  it('has valid zone land records', () => {
    const rows = country.economicZones.map((z) => kktLandUseAsOf(z.land, TODAY));
    expect(validateKktLandUse(rows)).toEqual([]);
    expect(errorsOnly(validateKktLandUse(rows))).toEqual([]);
  });
});

describe('projects by the investment module', () => {
  it('has valid certificate histories whose state today is the project status', () => {
    for (const p of projects) {
      expect(validateCertificateEvents(p.events), p.id).toEqual([]);
      const state = certificateStateAsOf(p.events, TODAY);
      expect(state.status, p.id).toBe(p.status);
      expect(state.registeredCapital).toEqual(p.registeredCapital);
    }
  });

  it('takes FDI/DDI from the investors, as classifyCapitalOrigin gives it, with the currency of the forms', () => {
    for (const p of projects) {
      const origin = classifyCapitalOrigin(p.investors, p.originDate);
      expect(origin.origin, p.id).toBe(p.origin);
      expect(origin.rule.id).toBe(p.originRuleId);
      expect(p.currency).toBe(p.origin === 'FDI' ? 'USD' : 'VND');
      expect(p.originDate >= p.events[0]!.date || p.originDate === '2015-07-01').toBe(true);
    }
    const art23 = projects.filter((p) => p.origin === 'FDI' && p.investors.every((i) => i.nationality === 'VN'));
    expect(art23.length).toBeGreaterThan(0);
  });

  it('feeds the forms: period flows over every project for 2025', () => {
    const certificates: ProjectCertificates[] = projects.map((p) => ({
      projectId: p.id,
      origin: p.origin,
      events: p.events,
    }));
    const flows = periodFlows(certificates, { from: '2025-01-01', to: '2025-12-31' });
    expect(flows.FDI.new.projects).toBeGreaterThan(300);
    expect(flows.DDI.new.projects).toBeGreaterThan(300);
    expect(flows.FDI.validAtEnd.projects).toBeGreaterThan(flows.FDI.validAtStart.projects);
    expect(flows.FDI.ended.revoked + flows.FDI.ended.terminated).toBeGreaterThan(0);
  });

  it('starts tenant certificates in 2000 or later and infrastructure ones with the park or KKT', () => {
    for (const p of projects) {
      const issued = p.events[0]!;
      if (p.type === 'production_business') expect(issued.date >= '2000-01-01').toBe(true);
      else if (p.parkId === null) {
        // A KKT's own infrastructure (Biểu 2111): after the KKT, and after its special zone.
        expect(issued.date > zones.get(p.zoneId!)!.decision.date, p.id).toBe(true);
        const special = country.specialZones.find((s) => s.id === p.specialZoneId);
        if (p.specialZoneId) expect(issued.date > special!.decision.date, p.id).toBe(true);
      } else {
        const established = parks.get(p.parkId ?? '')?.events.find((e) => e.kind === 'established');
        expect(issued.date).toBe(established?.date);
      }
    }
  });
});

describe('dates, codes and references', () => {
  it('dates nothing after today', () => {
    const late: string[] = [];
    const check = (what: string, date: string | undefined) => {
      if (date !== undefined && date > TODAY) late.push(`${what} ${date}`);
    };
    for (const z of country.economicZones) check(z.id, z.decision.date);
    for (const park of country.parks) {
      for (const e of park.events) {
        check(park.id, e.date);
        if ('decision' in e) check(park.id, e.decision?.date);
      }
      for (const series of Object.values(park.land)) for (const v of series) check(park.id, v.date);
    }
    for (const plant of country.wastewaterPlants) for (const r of plant.records) check(plant.id, r.date);
    for (const p of projects) for (const e of p.events) check(p.id, e.date);
    for (const e of enterprises) check(e.id, e.registeredOn);
    expect(late).toEqual([]);
  });

  it('gives unique 10-digit tax codes and project codes, and unique park codes and names', () => {
    const taxCodes = new Set(enterprises.map((e) => e.taxCode));
    expect(taxCodes.size).toBe(enterprises.length);
    for (const code of taxCodes) expect(code).toMatch(/^\d{10}$/);
    const projectCodes = new Set(projects.map((p) => p.code));
    expect(projectCodes.size).toBe(projects.length);
    for (const code of projectCodes) expect(code).toMatch(/^\d{10}$/);
    expect(new Set(country.parks.map((p) => p.code)).size).toBe(country.parks.length);
    expect(new Set(country.parks.map((p) => p.name)).size).toBe(country.parks.length);
    expect(enterprises).toHaveLength(country.counts.enterprises);
    expect(investorIds.size).toBe(country.counts.investors);
  });

  it('links every project to its enterprise, park or zone and investors', () => {
    const enterpriseIds = new Set(enterprises.map((e) => e.id));
    const byId = new Map(projects.map((p) => [p.id, p]));
    for (const p of projects) {
      expect(enterpriseIds.has(p.enterpriseId), p.id).toBe(true);
      expect(p.parkId !== null || p.zoneId !== null).toBe(true);
      if (p.parkId !== null) expect(parks.get(p.parkId)?.parentZoneId ?? null).toBe(p.zoneId);
      if (p.zoneId !== null) expect(zones.has(p.zoneId)).toBe(true);
      for (const i of p.investors) expect(investorIds.has(i.id ?? ''), `${p.id} ${i.id}`).toBe(true);
    }
    for (const park of country.parks) {
      if (park.developerEnterpriseId !== null) expect(enterpriseIds.has(park.developerEnterpriseId)).toBe(true);
      if (park.infrastructureProjectId !== null) {
        expect(byId.get(park.infrastructureProjectId)?.type).toBe('infrastructure');
      }
    }
  });

  it('writes Vietnamese names and addresses', () => {
    expect(country.parks.every((p) => /^(KCN|KCX) /.test(p.name))).toBe(true);
    expect(country.parks.every((p) => /^(Xã|Phường) /.test(p.commune))).toBe(true);
    const tenants = enterprises.filter((e) => e.role === 'tenant');
    expect(tenants.some((e) => e.nameVi.startsWith('Công ty TNHH '))).toBe(true);
    expect(tenants.some((e) => e.nameVi.startsWith('Công ty Cổ phần '))).toBe(true);
    expect(tenants.some((e) => e.nameForeign?.endsWith(' Vina Co., Ltd'))).toBe(true);
    for (const e of enterprises.slice(0, 2000)) expect(e.address).toContain(e.commune);
  });
});
