/**
 * The demo's special zones and the KKTs' own infrastructure (Biểu 2111, 2112) pass the zones
 * module's rules: status transitions, leased ≤ industrial ≤ established, plant records, dates
 * after the KKT and not after today, land a small share of the KKT; projects placed in a special
 * zone lie in its KKT and come after its founding.
 */
import { describe, expect, it } from 'vitest';
import { validateCertificateEvents } from '../../modules/investment/certificate-events';
import { firstBadTransition } from '../../modules/zones/special-zone-rules';
import { validatePlant } from '../../modules/zones/wastewater';
import { loadDemoGeography } from './geography';
import { type DemoProject, generateDemoCountry } from './index';

const TODAY = '2026-01-15';
const country = generateDemoCountry({ today: TODAY, geography: loadDemoGeography(), scale: 0.2 });
const zones = new Map(country.economicZones.map((z) => [z.id, z]));
const specials = new Map(country.specialZones.map((s) => [s.id, s]));
const projects: DemoProject[] = [...country.projects];

describe('special zones of the demo KKTs', () => {
  it('gives every coastal and border-gate KKT at least one, with port, non-tariff, tourism or urban kinds', () => {
    const withSpecial = new Set(country.specialZones.map((s) => s.zoneId));
    const eligible = country.economicZones.filter((z) => z.type !== 'specialised');
    expect(withSpecial.size).toBeGreaterThan(eligible.length * 0.9);
    const names = country.specialZones.map((s) => s.name);
    for (const kind of ['Khu phi thuế quan', 'Khu cảng', 'Khu du lịch', 'Khu đô thị', 'Khu cửa khẩu quốc tế']) {
      expect(
        names.some((n) => n.startsWith(kind)),
        kind,
      ).toBe(true);
    }
    expect(new Set(country.specialZones.map((s) => s.code)).size).toBe(country.specialZones.length);
    expect(country.counts.specialZones).toBe(country.specialZones.length);
  });

  it('dates everything after the KKT and not after today, with valid status changes', () => {
    for (const s of country.specialZones) {
      const kkt = zones.get(s.zoneId)!;
      expect(s.decision.date > kkt.decision.date, s.id).toBe(true);
      expect(s.decision.date <= TODAY).toBe(true);
      expect(s.statuses[0]!.date).toBe(s.decision.date);
      expect(firstBadTransition(s.statuses), s.id).toBe(-1);
      for (const d of [...s.statuses, ...s.areas, ...s.wastewater]) expect(d.date <= TODAY, s.id).toBe(true);
    }
    expect(country.specialZones.some((s) => s.statuses.at(-1)!.status === 'operating')).toBe(true);
    expect(country.specialZones.some((s) => s.statuses.at(-1)!.status === 'under_construction')).toBe(true);
  });

  it('keeps leased ≤ industrial ≤ established, all of them a small share of the KKT', () => {
    const byKkt = new Map<string, number>();
    for (const s of country.specialZones) {
      const value = (m: string) => Number(s.areas.find((a) => a.measure === m)?.value ?? 0);
      expect(value('industrial')).toBeLessThanOrEqual(value('established'));
      expect(value('leased')).toBeLessThanOrEqual(value('industrial'));
      byKkt.set(s.zoneId, (byKkt.get(s.zoneId) ?? 0) + value('established'));
    }
    for (const [id, ha] of byKkt) expect(ha, id).toBeLessThanOrEqual(Number(zones.get(id)!.landAreaHa) * 0.3);
  });

  it('gives most of them a central wastewater plant that passes the plant rules', () => {
    const plants = country.specialZones.filter((s) => s.wastewater.length > 0);
    expect(plants.length).toBeGreaterThan(country.specialZones.length / 2);
    for (const s of plants) {
      expect(validatePlant({ id: s.id, parkId: s.id, records: s.wastewater }), s.id).toEqual([]);
      const operating = s.wastewater.find((r) => r.status === 'operating');
      if (operating) expect(s.operatingDay, s.id).not.toBeNull();
    }
    expect(plants.some((s) => s.wastewater.at(-1)!.status === 'operating')).toBe(true);
  });
});

describe('projects of the KKTs outside their parks', () => {
  const outside = projects.filter((p) => p.parkId === null);

  it('has infrastructure projects of special zones and of the KKTs, with valid certificates', () => {
    const infra = outside.filter((p) => p.type === 'infrastructure');
    expect(infra.length).toBe(country.counts.kktInfrastructureProjects);
    expect(infra.filter((p) => p.specialZoneId).length).toBeGreaterThan(country.specialZones.length * 0.8);
    expect(infra.some((p) => !p.specialZoneId)).toBe(true);
    for (const p of infra) {
      expect(validateCertificateEvents(p.events), p.id).toEqual([]);
      if (p.operationStartedOn) expect(p.operationStartedOn >= p.events[0]!.date).toBe(true);
    }
  });

  it('places production projects in a special zone of their own KKT founded by their issue', () => {
    const inSpecial = outside.filter((p) => p.specialZoneId);
    const production = inSpecial.filter((p) => p.type === 'production_business');
    expect(production.length).toBeGreaterThan(0);
    for (const p of inSpecial) {
      const s = specials.get(p.specialZoneId!)!;
      expect(s.zoneId, p.id).toBe(p.zoneId);
      expect(s.decision.date <= p.events[0]!.date, p.id).toBe(true);
    }
    expect(projects.filter((p) => p.parkId !== null).every((p) => !p.specialZoneId)).toBe(true);
  });
});
