import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import { classifyCapitalOrigin, type Investor, shareProblems, standingOf } from './capital-origin';
import { FOREIGN_CONTROL_RULES, type ForeignControlRule, foreignControlRuleOn } from './capital-origin-rules';

const ON = '2025-06-30';
const rule2020 = foreignControlRuleOn(ON);
const org = (share: string, extra: Partial<Investor> = {}): Investor => ({
  kind: 'organisation',
  nationality: 'VN',
  share,
  ...extra,
});

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('classifyCapitalOrigin: worked examples', () => {
  it('a Korean 70% / Vietnamese 30% project is FDI', () => {
    const result = classifyCapitalOrigin(
      [
        { name: 'Hanwha Co.', kind: 'organisation', nationality: 'KR', share: '70' },
        { name: 'Công ty CP Sao Mai', kind: 'organisation', nationality: 'VN', share: '30' },
      ],
      ON,
    );
    expect(result).toMatchObject({ origin: 'FDI', foreignShare: '70', asForeignInvestor: false });
    expect(result.rule).toEqual({
      id: 'loi2020-art23-1',
      legalBasis: rule2020.legalBasis,
      effectiveFrom: '2021-01-01',
    });
    expect(result.reason.vi).toContain('Hanwha Co. (KR) góp 70%');
    expect(result.reason.en).toContain('Foreign investor Hanwha Co. (KR) holds 70%');
    expect(result.investors.map((s) => s.standing)).toEqual(['foreign', 'domestic']);
  });

  it('a Vietnamese company 49% foreign-owned invests as a domestic investor: DDI (Art. 23(2))', () => {
    const result = classifyCapitalOrigin([org('100', { name: 'Công ty TNHH An Phú', foreignShare: '49' })], ON);
    expect(result).toMatchObject({ origin: 'DDI', foreignShare: '0', asForeignInvestor: false });
    expect(result.investors[0]).toEqual({
      standing: 'domestic',
      point: null,
      foreignShare: '49',
      controlledShare: '0',
    });
    expect(result.reason.vi).toContain('khoản 2 Điều 23 Luật Đầu tư số 61/2020/QH14');
    expect(result.reason.en).toContain('49% foreign capital, not over 50%');
  });

  it('51% foreign-owned: FDI under Art. 23(1)(a)', () => {
    const result = classifyCapitalOrigin([org('100', { name: 'Công ty TNHH An Phú', foreignShare: '51' })], ON);
    expect(result).toMatchObject({ origin: 'FDI', foreignShare: '100', asForeignInvestor: true });
    expect(result.investors[0]?.point).toBe('a');
    expect(result.reason.vi).toContain('nắm giữ 51% vốn điều lệ (trên 50%)');
    expect(result.reason.vi).toContain('điểm a khoản 1 Điều 23');
    expect(result.reason.en).toContain('Art. 23(1)(a)');
  });

  it('exactly 50% is not "over 50%"', () => {
    expect(classifyCapitalOrigin([org('100', { foreignShare: '50' })], ON).origin).toBe('DDI');
    expect(classifyCapitalOrigin([org('100', { foreignShare: '50.000001' })], ON).origin).toBe('FDI');
  });

  it('a chain: controlled by a 51%-foreign company (point b)', () => {
    const parent = org('60', {
      name: 'B',
      owners: [{ kind: 'individual', nationality: 'JP', share: '51' }, org('49')],
    });
    const company = org('100', { name: 'A', owners: [parent, { kind: 'individual', nationality: 'VN', share: '40' }] });
    const result = classifyCapitalOrigin([company], ON);
    expect(result.origin).toBe('FDI');
    expect(result.investors[0]).toEqual({ standing: 'art23', point: 'b', foreignShare: '0', controlledShare: '60' });
    expect(result.reason.vi).toContain('điểm b khoản 1 Điều 23');
  });

  it('a chain: foreign 30% plus a point-(a) company 25% (point c)', () => {
    const a = org('25', { owners: [{ kind: 'organisation', nationality: 'SG', share: '100' }] });
    const company = org('100', { owners: [{ kind: 'organisation', nationality: 'JP', share: '30' }, a, org('45')] });
    const standing = standingOf(company, rule2020);
    expect(standing).toEqual({ standing: 'art23', point: 'c', foreignShare: '30', controlledShare: '25' });
    const shortcut = standingOf(org('100', { foreignShare: '30', controlledShare: '25' }), rule2020);
    expect(shortcut).toEqual(standing);
    expect(standingOf(org('100', { foreignShare: '30', controlledShare: '20' }), rule2020).standing).toBe('domestic');
  });

  it('a second-level chain counts only under the transitive reading', () => {
    const b = org('100', { owners: [org('100', { foreignShare: '80' })] }); // point b
    const c = org('100', { owners: [b] });
    expect(standingOf(b, rule2020).point).toBe('b');
    expect(classifyCapitalOrigin([c], ON).origin).toBe('DDI');
    const transitive: ForeignControlRule[] = [{ ...rule2020, chain: 'transitive' }];
    expect(classifyCapitalOrigin([c], ON, { rules: transitive }).investors[0]?.point).toBe('b');
  });

  it('a partnership with mostly foreign general partners (point a)', () => {
    const result = classifyCapitalOrigin([org('100', { generalPartners: { total: 3, foreignIndividuals: 2 } })], ON);
    expect(result.origin).toBe('FDI');
    expect(result.reason.vi).toContain('đa số thành viên hợp danh là cá nhân nước ngoài');
    const half = classifyCapitalOrigin([org('100', { generalPartners: { total: 4, foreignIndividuals: 2 } })], ON);
    expect(half.origin).toBe('DDI');
  });

  it('a minority foreign investor still makes the project FDI (Art. 22, 37(1)(a)), unless configured otherwise', () => {
    const investors: Investor[] = [
      { kind: 'individual', nationality: 'US', share: '10' },
      { kind: 'individual', nationality: 'VN', share: '90' },
    ];
    expect(classifyCapitalOrigin(investors, ON).origin).toBe('FDI');
    const byThreshold: ForeignControlRule[] = [{ ...rule2020, projectIsFdiWhen: 'foreign_share_over_threshold' }];
    const result = classifyCapitalOrigin(investors, ON, { rules: byThreshold });
    expect(result).toMatchObject({ origin: 'DDI', foreignShare: '10' });
    expect(result.reason.en).toContain('hold only 10% of the project, not over 50%');
  });

  it('all-domestic investors', () => {
    const result = classifyCapitalOrigin([{ kind: 'individual', nationality: 'VN', share: '100' }], ON);
    expect(result.origin).toBe('DDI');
    expect(result.reason.en).toBe(
      'All investors are domestic investors (Art. 3 of the Law on Investment No. 61/2020/QH14).',
    );
  });

  it('applies the 2014 law ("51% or more") before 2021', () => {
    const investors = [org('100', { foreignShare: '50.5' })];
    expect(classifyCapitalOrigin(investors, '2020-12-31').origin).toBe('DDI');
    expect(classifyCapitalOrigin(investors, '2021-01-01').origin).toBe('FDI');
    const at51 = classifyCapitalOrigin([org('100', { foreignShare: '51' })], '2019-05-01');
    expect(at51.rule.id).toBe('loi2014-art23-1');
    expect(at51.reason.vi).toContain('từ 51% trở lên');
  });

  it('reads older projects by the law of their day, and has no rule before foreign investment was licensed', () => {
    // Decree 108/2006 Art. 56: over 49% foreign-held makes a Vietnamese company invest as a foreign investor.
    const half = { kind: 'organisation' as const, nationality: 'VN', share: '100', foreignShare: '49.5' };
    expect(classifyCapitalOrigin([half], '2015-06-30').origin).toBe('FDI');
    expect(classifyCapitalOrigin([{ ...half, foreignShare: '49' }], '2015-06-30').origin).toBe('DDI');
    // Under the 1996 law a Vietnamese company was never a foreign investor; a foreign one always was.
    expect(classifyCapitalOrigin([{ ...half, foreignShare: '99' }], '2005-01-01').origin).toBe('DDI');
    expect(
      classifyCapitalOrigin(
        [
          { kind: 'organisation', nationality: 'JP', share: '1' },
          { ...half, share: '99' },
        ],
        '2005-01-01',
      ).origin,
    ).toBe('FDI');
    const e = thrown(() => classifyCapitalOrigin([org('100')], '1987-12-31'));
    expect(e.code).toBe('UNPROCESSABLE');
    expect(e.messageEn).toContain('recorded from its licence');
  });

  it('rule records carry legal basis and consecutive validity windows', () => {
    for (const r of FOREIGN_CONTROL_RULES) {
      expect(r.legalBasis).toMatch(/Luật Đầu tư/);
      expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Each window starts the day after the previous one ends: no gap, no overlap.
    for (let i = 1; i < FOREIGN_CONTROL_RULES.length; i++) {
      const end = new Date(`${FOREIGN_CONTROL_RULES[i - 1]!.effectiveTo}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(FOREIGN_CONTROL_RULES[i]!.effectiveFrom).toBe(end.toISOString().slice(0, 10));
    }
    expect(FOREIGN_CONTROL_RULES.at(-1)?.effectiveTo).toBeNull();
  });
});

describe('share validation', () => {
  it('refuses shares that do not add up to 100 (±0.01), with a bilingual message', () => {
    const e = thrown(() =>
      classifyCapitalOrigin(
        [
          { kind: 'individual', nationality: 'KR', share: '70' },
          { kind: 'individual', nationality: 'VN', share: '29.5' },
        ],
        ON,
      ),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toContain('Tổng tỷ lệ góp vốn là 99.5%');
    expect(e.messageEn).toContain('add up to 99.5%');
    expect(e.fields?.investors?.messageEn).toContain('±0.01');
  });

  it('accepts a rounding difference within the tolerance', () => {
    const split = (...shares: string[]) =>
      shares.map((share) => ({ kind: 'individual' as const, nationality: 'VN', share }));
    expect(shareProblems(split('33.33', '33.33', '33.33'))).toEqual({});
    expect(shareProblems(split('33.34', '33.34', '33.33'))).toEqual({});
    expect(Object.keys(shareProblems(split('33.33', '33.33', '33.32')))).toEqual(['investors']);
    expect(shareProblems(split('33.33', '33.33', '33.32'), '0.05')).toEqual({});
  });

  it('reports every field problem, recursively', () => {
    const problems = shareProblems([
      { kind: 'individual', nationality: 'kr', share: '0' },
      { kind: 'individual', nationality: 'VN', share: 'abc', foreignShare: '10' },
      org('100', { foreignShare: '120', owners: [org('60'), org('30')] }),
      org('0.5', { foreignShare: '60', controlledShare: '50', generalPartners: { total: 2, foreignIndividuals: 3 } }),
    ]);
    expect(Object.keys(problems).sort()).toEqual([
      'investors.0.nationality',
      'investors.0.share',
      'investors.1',
      'investors.1.share',
      'investors.2.foreignShare',
      'investors.2.owners',
      'investors.3.controlledShare',
      'investors.3.generalPartners',
    ]);
    expect(shareProblems([])).toHaveProperty('investors');
  });
});

describe('properties', () => {
  const percent = fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2));

  it('a single Vietnamese company is FDI exactly when its foreign share is over 50% (2020 law)', () => {
    fc.assert(
      fc.property(percent, (f) => {
        const { origin } = classifyCapitalOrigin([org('100', { foreignShare: f })], ON);
        expect(origin).toBe(Number(f) > 50 ? 'FDI' : 'DDI');
      }),
    );
  });

  it('the order of investors does not matter, and any foreign investor makes FDI', () => {
    const listArb = fc
      .array(fc.constantFrom('VN', 'KR', 'JP', 'SG'), { minLength: 1, maxLength: 6 })
      .map((nationalities) => {
        const share = (100 / nationalities.length).toFixed(6);
        const last = (100 - Number(share) * (nationalities.length - 1)).toFixed(6);
        return nationalities.map((nationality, i) => ({
          kind: 'individual' as const,
          nationality,
          share: i === nationalities.length - 1 ? last : share,
        }));
      });
    const withShuffle = listArb.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([investors, shuffled]) => {
        const a = classifyCapitalOrigin(investors, ON);
        const b = classifyCapitalOrigin(shuffled, ON);
        expect(b.origin).toBe(a.origin);
        expect(b.foreignShare).toBe(a.foreignShare);
        expect(a.origin).toBe(investors.some((x) => x.nationality !== 'VN') ? 'FDI' : 'DDI');
      }),
    );
  });
});
