import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { occupancy } from '../../modules/zones/park-land';
import { wastewaterCounts } from '../../modules/zones/wastewater';
import { loadDemoGeography } from './geography';
import { DEMO_LABEL, type DemoCountry, type DemoProject, generateDemoCountry } from './index';

const TODAY = '2026-01-15';
const geography = loadDemoGeography();
const generate = (seed: number, scale = 1) => generateDemoCountry({ seed, scale, today: TODAY, geography });

/** One digest of everything, streams included, so two countries compare without holding both. */
function digest(c: DemoCountry): string {
  const hash = createHash('sha256');
  const feed = (x: unknown) => hash.update(JSON.stringify(x));
  feed([c.label, c.provinces, c.economicZones, c.parks, c.wastewaterPlants, c.counts]);
  for (const s of [c.projects, c.enterprises, c.investors] as Iterable<unknown>[]) for (const x of s) feed(x);
  return hash.digest('hex');
}

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}

interface ProjectStats {
  count: number;
  origin: Record<'FDI' | 'DDI', number>;
  ended: number;
  revoked: number;
  lead: Map<string, number>;
  fdiIssue: number[];
}

function projectStats(projects: Iterable<DemoProject>): ProjectStats {
  const s: ProjectStats = { count: 0, origin: { FDI: 0, DDI: 0 }, ended: 0, revoked: 0, lead: new Map(), fdiIssue: [] };
  for (const p of projects) {
    s.count += 1;
    s.origin[p.origin] += 1;
    if (p.status !== 'valid') s.ended += 1;
    if (p.status === 'revoked') s.revoked += 1;
    const issued = p.events[0];
    if (p.origin === 'FDI' && p.type === 'production_business' && issued?.kind === 'issued') {
      s.fdiIssue.push(Number(issued.registeredCapital.value) / 1e6);
      const lead = p.investors.find((i) => i.nationality !== 'VN')?.nationality ?? 'VN';
      s.lead.set(lead, (s.lead.get(lead) ?? 0) + 1);
    }
  }
  return s;
}

const country = generate(2026);
const stats = projectStats(country.projects);

describe('determinism', () => {
  it('gives the same country for the same seed, and another for another seed', { timeout: 120_000 }, () => {
    const first = digest(country);
    expect(digest(generate(2026))).toBe(first);
    const other = generate(2027);
    expect(JSON.stringify(other.parks)).not.toBe(JSON.stringify(country.parks));
    expect(take(other.projects, 100)).not.toEqual(take(country.projects, 100));
  });

  it('gives the same items on every pass over a stream', () => {
    expect(take(country.projects, 50)).toEqual(take(country.projects, 50));
    expect(take(country.enterprises, 50)).toEqual(take(country.enterprises, 50));
  });

  it('is labelled synthetic', () => {
    expect(country.label).toBe(DEMO_LABEL);
    expect(country.label).toContain('DỮ LIỆU MẪU');
  });
});

describe('proportions at scale 1', () => {
  it('has about 480 parks and 44 economic zones (18 coastal, 26 border-gate)', () => {
    expect(country.parks.length).toBeGreaterThanOrEqual(430);
    expect(country.parks.length).toBeLessThanOrEqual(530);
    expect(country.economicZones).toHaveLength(44);
    expect(country.economicZones.filter((z) => z.type === 'coastal')).toHaveLength(18);
    expect(country.economicZones.filter((z) => z.type === 'border_gate')).toHaveLength(26);
    expect(country.provinces).toHaveLength(34);
    expect(country.provinces.reduce((n, p) => n + p.parks, 0)).toBe(country.parks.length);
    expect(country.provinces.every((p) => p.parks > 0)).toBe(true);
  });

  it('puts about 40 parks inside economic zones, mostly coastal ones', () => {
    const inZones = country.parks.filter((p) => p.parentZoneId !== null);
    expect(inZones.length).toBeGreaterThanOrEqual(35);
    expect(inZones.length).toBeLessThanOrEqual(45);
    expect(inZones.filter((p) => p.locationClass === 'in_coastal_kkt').length).toBeGreaterThan(inZones.length / 2);
  });

  it('has more parks in the Red River Delta and the Southeast', () => {
    const byRegion = new Map<string, { parks: number; provinces: number }>();
    for (const p of country.provinces) {
      const r = byRegion.get(p.region.code) ?? { parks: 0, provinces: 0 };
      byRegion.set(p.region.code, { parks: r.parks + p.parks, provinces: r.provinces + 1 });
    }
    const perProvince = (code: string) => byRegion.get(code)!.parks / byRegion.get(code)!.provinces;
    const national = country.parks.length / 34;
    expect(perProvince('dbsh-2025')).toBeGreaterThan(1.3 * national);
    expect(perProvince('dnb-2025')).toBeGreaterThan(2 * national);
    expect(perProvince('tay-nguyen-2025')).toBeLessThan(national);
    const skew = (byRegion.get('dbsh-2025')!.parks + byRegion.get('dnb-2025')!.parks) / country.parks.length;
    expect(skew).toBeGreaterThan(0.45);
  });

  it('has most parks operating, occupancy of operating parks 55–75 %, and a plant in most of them', () => {
    const operating = country.parks.filter((p) => p.status === 'operating').length;
    expect(operating / country.parks.length).toBeGreaterThan(0.6);
    expect(operating / country.parks.length).toBeLessThan(0.85);
    const onOperating = Number(occupancy(country.parks, TODAY, 'operating').percent);
    expect(onOperating).toBeGreaterThanOrEqual(55);
    expect(onOperating).toBeLessThanOrEqual(75);
    const onAll = Number(occupancy(country.parks, TODAY, 'all_established').percent);
    expect(onAll).toBeLessThan(onOperating);
    const plants = wastewaterCounts(country.parks, country.wastewaterPlants, TODAY);
    const share = plants.withOperatingPlant.length / plants.parks;
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.97);
  });

  it('has about 11,000 FDI and 10,000 DDI projects', () => {
    expect(stats.count).toBe(country.counts.projects);
    expect(Math.abs(stats.origin.FDI - 11_000)).toBeLessThanOrEqual(1_100);
    expect(Math.abs(stats.origin.DDI - 10_000)).toBeLessThanOrEqual(1_000);
  });

  it('draws FDI partners in a realistic order, Korea first', () => {
    const ranked = [...stats.lead].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked[0]).toBe('KR');
    expect(ranked.slice(0, 6).sort()).toEqual(['CN', 'HK', 'JP', 'KR', 'SG', 'TW']);
    for (const c of ['VG', 'NL', 'US', 'TH', 'MY']) expect(stats.lead.get(c) ?? 0).toBeGreaterThan(50);
  });

  it('sizes FDI log-normally: most 1–50 million USD, a few above 1 billion', () => {
    const n = stats.fdiIssue.length;
    const mid = stats.fdiIssue.filter((m) => m >= 1 && m <= 50).length;
    expect(mid / n).toBeGreaterThan(0.8);
    const huge = stats.fdiIssue.filter((m) => m > 1000).length;
    expect(huge).toBeGreaterThanOrEqual(1);
    expect(huge).toBeLessThanOrEqual(30);
  });

  it('ends about 8 % of certificates, by revocation or termination', () => {
    expect(stats.ended / stats.count).toBeGreaterThan(0.06);
    expect(stats.ended / stats.count).toBeLessThan(0.1);
    expect(stats.revoked).toBeGreaterThan(0);
    expect(stats.ended - stats.revoked).toBeGreaterThan(stats.revoked);
  });
});

describe('scale', () => {
  it('doubles parks, investors and projects at scale 2, zones staying 44', { timeout: 60_000 }, () => {
    const twice = generate(2026, 2);
    expect(twice.counts.parks).toBe(2 * country.counts.parks);
    // The KKTs' own infrastructure projects (Biểu 2111) go with the 44 zones, not with the scale.
    const kkt = country.counts.kktInfrastructureProjects;
    expect(twice.counts.kktInfrastructureProjects).toBe(kkt);
    expect(twice.counts.projects).toBe(2 * (country.counts.projects - kkt) + kkt);
    expect(twice.counts.enterprises).toBe(2 * (country.counts.enterprises - kkt) + kkt);
    expect(twice.counts.investors).toBe(2 * country.counts.investors);
    expect(twice.counts.economicZones).toBe(44);
    expect(twice.counts.specialZones).toBe(country.counts.specialZones);
    const s = projectStats(twice.projects);
    expect(s.count).toBe(2 * (stats.count - kkt) + kkt);
    expect(Math.abs(s.origin.FDI - 22_000)).toBeLessThanOrEqual(2_200);
    expect(Math.abs(s.origin.DDI - 20_000)).toBeLessThanOrEqual(2_000);
  });

  it('refuses a bad scale, seed or date', () => {
    expect(() => generateDemoCountry({ today: TODAY, scale: 0, geography })).toThrow();
    expect(() => generateDemoCountry({ today: TODAY, seed: 1.5, geography })).toThrow();
    expect(() => generateDemoCountry({ today: '2026-02-30', geography })).toThrow();
    expect(() => generateDemoCountry({ today: '1999-12-31', geography })).toThrow();
  });
});
