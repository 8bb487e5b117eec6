import { describe, expect, it } from 'vitest';
import { ruleSets } from './rule-sets';
import { RuleSet, versionOn } from './rules';
import { type Fact, scoreVersion } from './scorer';

const live = (value: number | boolean): Fact => ({ value, source: 'live', detailVi: 'đo', detailEn: 'measured' });
const declared = (value: number | boolean): Fact => ({
  value,
  source: 'declared',
  detailVi: 'kê khai',
  detailEn: 'declared',
});

describe('shipped rule sets', () => {
  it('both parse, and the national one switches version on the Circular’s date', () => {
    const sets = ruleSets();
    expect([...sets.keys()]).toEqual(['vn-eco-park', 'eip-framework']);
    const vn = sets.get('vn-eco-park')!;
    expect(versionOn(vn, '2022-07-14')).toBeNull();
    expect(versionOn(vn, '2024-12-31')?.version).toBe(1);
    expect(versionOn(vn, '2025-03-10')?.version).toBe(2);
    expect(versionOn(vn, '2026-12-31')?.requirements.map((r) => r.id)).toContain('ENV.3');
  });
  it('refuses overlapping versions', () => {
    const v = {
      version: 1,
      effectiveFrom: '2022-01-01',
      effectiveTo: null,
      basis: [{ source: 'x', confidence: 'V' }],
      requirements: ruleSets().get('eip-framework')!.versions[0]!.requirements,
    };
    const parsed = RuleSet.safeParse({
      id: 'x',
      nameVi: 'x',
      nameEn: 'x',
      binding: false,
      versions: [v, { ...v, version: 2, effectiveFrom: '2023-01-01' }],
    });
    expect(parsed.success).toBe(false);
  });
});

describe('scoring a hand-built park', () => {
  const v2 = versionOn(ruleSets().get('vn-eco-park')!, '2026-06-30')!;
  const byId = (card: ReturnType<typeof scoreVersion>, id: string) =>
    card.requirements.find((r) => r.requirement.id === id)!;

  it('marks met, not met with the gap, and unknown without data', () => {
    const card = scoreVersion(
      v2,
      new Map([
        ['symbiosis_links', live(2)],
        ['recp_share', live(12.5)],
        ['large_firm_grievance_share', declared(80)],
        ['ghg_programme', declared(false)],
      ]),
    );
    expect(byId(card, 'ENV.1')).toMatchObject({ status: 'met', gap: null, source: 'live' });
    expect(byId(card, 'ENV.2')).toMatchObject({ status: 'not_met', gap: 7.5, gapVi: 'Cần thêm 7.5 điểm %' });
    expect(byId(card, 'SOC.1')).toMatchObject({ status: 'met', source: 'declared' });
    expect(byId(card, 'ENV.4')).toMatchObject({ status: 'not_met', gapVi: 'Chưa đáp ứng (cần “Có”)' });
    expect(byId(card, 'ENV.3')).toMatchObject({ status: 'unknown', value: null });
    expect(card.met + card.notMet + card.unknown).toBe(v2.requirements.length);
    expect(card.prerequisitesMet).toBe(false);
    expect(card.qualifies).toBe(false);
  });

  it('qualifies a park that meets every requirement', () => {
    const facts = new Map<string, Fact>();
    for (const r of v2.requirements)
      facts.set(
        r.measure,
        r.unit === 'yes_no' ? declared(true) : live((r.threshold ?? 0) + (r.comparator === '>' ? 1 : 0)),
      );
    const card = scoreVersion(v2, facts);
    expect(card).toMatchObject({ notMet: 0, unknown: 0, prerequisitesMet: true, qualifies: true });
  });

  it('judges the same value by the threshold of the version in force', () => {
    const vn = ruleSets().get('vn-eco-park')!;
    const facts = new Map([['symbiosis_links', live(0)]]);
    for (const day of ['2024-06-30', '2026-06-30']) {
      const card = scoreVersion(versionOn(vn, day)!, facts);
      expect(card.requirements.find((r) => r.requirement.id === 'ENV.1')).toMatchObject({ status: 'not_met', gap: 1 });
    }
    expect(versionOn(vn, '2024-06-30')!.requirements.some((r) => r.id === 'LAND.1')).toBe(true);
    expect(versionOn(vn, '2026-06-30')!.requirements.some((r) => r.id === 'LAND.1')).toBe(false);
  });
});
