import { describe, expect, it } from 'vitest';
import { socialFactsOf } from './social-facts';

describe('social criteria from workers and accepted B.5 reports', () => {
  const firms = new Set(['big-ok', 'big-low', 'big-none', 'small']);
  const workers = new Map([
    ['big-ok', 450],
    ['big-low', 101],
    ['big-none', 2000],
    ['small', 100],
  ]);
  const b5 = new Map([
    ['big-ok', { SOC_1: 80, SOC_2: 90, SOC_4: 75, SOC_6: 100 }],
    ['big-low', { SOC_1: 74.9, SOC_2: 75, SOC_4: 60, SOC_6: 10 }],
    ['small', { SOC_1: 100, SOC_2: 100, SOC_4: 100, SOC_6: 100 }],
  ]);

  it('SOC.1 and SOC.4 count only firms over 100 workers; a large firm without B.5 does not meet it', () => {
    const facts = socialFactsOf(firms, workers, b5, 2025);
    expect(facts.get('large_firm_grievance_share')?.value).toBe(33.33);
    expect(facts.get('large_firm_grievance_share')?.detailVi).toContain('1/3 doanh nghiệp trên 100 lao động');
    expect(facts.get('large_firm_grievance_share')?.detailVi).toContain('(1 chưa có B.5)');
    expect(facts.get('large_firm_gender_share')?.value).toBe(33.33);
  });
  it('SOC.2 and SOC.6 count every firm of the park', () => {
    const facts = socialFactsOf(firms, workers, b5, 2025);
    expect(facts.get('disclosure_share')?.value).toBe(75);
    expect(facts.get('anti_harassment_share')?.value).toBe(50);
  });
  it('no fact without a large firm, or without any accepted B.5 among the firms concerned', () => {
    expect(socialFactsOf(new Set(['small']), workers, b5, 2025).has('large_firm_grievance_share')).toBe(false);
    expect(socialFactsOf(firms, workers, new Map(), 2025).size).toBe(0);
  });
});
