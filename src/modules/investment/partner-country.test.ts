import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import type { Investor } from './capital-origin';
import { PARTNER_RULES, type PartnerRule } from './capital-origin-rules';
import { mainPartnerCountry, partnerGroup2114 } from './partner-country';

const ON = '2025-06-30';
const inv = (nationality: string, share: string, kind: Investor['kind'] = 'organisation'): Investor => ({
  kind,
  nationality,
  share,
});
const base = PARTNER_RULES[0]!;
const withRule = (patch: Partial<PartnerRule>) => ({ rules: [{ ...base, ...patch }] });

const NAMES: Record<string, { vi: string; en: string }> = {
  KR: { vi: 'Hàn Quốc', en: 'Korea, Republic of' },
  JP: { vi: 'Nhật Bản', en: 'Japan' },
  SG: { vi: 'Xingapo', en: 'Singapore' },
};
const name = (code: string) => NAMES[code] ?? { vi: code, en: code };

describe('mainPartnerCountry', () => {
  it('is the foreign investor with the largest share', () => {
    expect(mainPartnerCountry([inv('KR', '70'), inv('VN', '30')], ON)).toEqual({
      country: 'KR',
      share: '70',
      tiedWith: [],
      rule: { id: base.id, legalBasis: base.legalBasis },
    });
  });

  it('breaks ties by the lowest country code, or by the order on the certificate', () => {
    const investors = [inv('KR', '40'), inv('JP', '40'), inv('VN', '20')];
    expect(mainPartnerCountry(investors, ON)).toMatchObject({ country: 'JP', tiedWith: ['KR'] });
    expect(mainPartnerCountry(investors, ON, withRule({ tieBreak: 'first_listed' }))).toMatchObject({
      country: 'KR',
      tiedWith: ['JP'],
    });
  });

  it('ranks single investors, or countries when configured', () => {
    const investors = [inv('JP', '20'), inv('JP', '20', 'individual'), inv('KR', '30'), inv('VN', '30')];
    expect(mainPartnerCountry(investors, ON)).toMatchObject({ country: 'KR', share: '30' });
    expect(mainPartnerCountry(investors, ON, withRule({ rankBy: 'country' }))).toMatchObject({
      country: 'JP',
      share: '40',
    });
  });

  it('two investors of the same country with the same share are not a tie between countries', () => {
    expect(mainPartnerCountry([inv('SG', '50'), inv('SG', '50')], ON)?.tiedWith).toEqual([]);
  });

  it('is null when every investor is Vietnamese, including an Art. 23(1) company', () => {
    expect(mainPartnerCountry([{ ...inv('VN', '100'), foreignShare: '90' }], ON)).toBeNull();
  });

  it('validates the shares first', () => {
    expect(() => mainPartnerCountry([inv('KR', '60')], ON)).toThrow(AppError);
  });
});

describe('partnerGroup2114 (the four cases of the BA specification)', () => {
  it('100% Vietnamese capital', () => {
    expect(partnerGroup2114([inv('VN', '60'), inv('VN', '40', 'individual')], name)).toEqual({
      kind: 'vietnam',
      countries: [],
      label: { vi: 'Việt Nam', en: 'Viet Nam' },
    });
  });

  it('one foreign country', () => {
    expect(partnerGroup2114([inv('KR', '60'), inv('KR', '40')], name)).toEqual({
      kind: 'single_country',
      countries: ['KR'],
      label: { vi: 'Hàn Quốc', en: 'Korea, Republic of' },
    });
  });

  it('a joint venture with Viet Nam names the foreign countries, largest share first', () => {
    const group = partnerGroup2114([inv('VN', '30'), inv('SG', '20'), inv('KR', '20'), inv('JP', '30')], name);
    expect(group.kind).toBe('jv_with_vietnam');
    expect(group.countries).toEqual(['JP', 'KR', 'SG']);
    expect(group.label.vi).toBe('Liên doanh Việt Nam - Nhật Bản - Hàn Quốc - Xingapo');
  });

  it('several foreign countries without Viet Nam', () => {
    expect(partnerGroup2114([inv('KR', '50'), inv('JP', '50')], name)).toMatchObject({
      kind: 'jv_foreign_only',
      countries: ['JP', 'KR'],
      label: { vi: 'Liên doanh khác (không có Việt Nam)' },
    });
  });

  it('uses the ISO code when no names are given', () => {
    expect(partnerGroup2114([inv('TW', '100')]).label).toEqual({ vi: 'TW', en: 'TW' });
  });
});
