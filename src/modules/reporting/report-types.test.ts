import { describe, expect, it } from 'vitest';
import { type Decimal, parseDecimal } from '../../kernel/decimal';
import { type CheckContext, fromColumns, readValues, shownValues, submitErrors, toColumns } from './field-values';
import { checkReportTypes, REPORT_TYPE_VERSIONS, reportCode, typeVersionFor } from './report-types';

const quarterly = typeVersionFor('quarterly_implementation', '2026-03-31')!;
const annual = typeVersionFor('annual_implementation', '2025-12-31')!;
const ctx: CheckContext = {
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  operationStartedOn: '2020-01-01',
  registeredCapital: parseDecimal('10000000'),
  otherRealised: parseDecimal('0'),
};
const complete = {
  realisedCapital: '250',
  operating: true,
  revenue: '1200.5',
  exportUsd: '800',
  importUsd: '300',
  budgetVnd: '1500',
  workersDomestic: '120',
  workersForeign: '4',
  workersFemale: '70',
};

describe('report types as versioned data', () => {
  it('ships consistent versions: legal basis, unique keys, no overlapping dates', () => {
    expect(checkReportTypes()).toEqual([]);
    const twice = [REPORT_TYPE_VERSIONS[1]!, { ...REPORT_TYPE_VERSIONS[1]!, id: 'again', effectiveFrom: '2024-01-01' }];
    expect(checkReportTypes(twice)).toEqual(['again: overlaps aiii1-2021']);
  });

  it('picks the version by the period’s end: 2021 rules from 26 March 2021, the 2015 ones before', () => {
    expect(typeVersionFor('quarterly_implementation', '2021-03-31')!.id).toBe('aiii1-2021');
    expect(typeVersionFor('quarterly_implementation', '2020-12-31')!.id).toBe('aiii1-2015');
    expect(typeVersionFor('annual_implementation', '2015-12-31')!.legalBasis).toMatch(/unverified/);
    expect(typeVersionFor('annual_implementation', '2005-12-31')).toBeNull();
  });

  it('names reports EZ_<form without dots>_<number>', () => {
    expect(reportCode('A.III.1', 15)).toBe('EZ_AIII1_15');
    expect(reportCode('A.III.2', 7)).toBe('EZ_AIII2_7');
  });

  it('asks profit, R&D and environment items only in the annual report', () => {
    const keys = (v: typeof quarterly) => v.fields.map((f) => f.key);
    expect(keys(quarterly)).not.toContain('profit');
    expect(keys(annual)).toEqual(
      expect.arrayContaining(['profit', 'rndSpending', 'wastewaterM3', 'environmentalPermit']),
    );
  });
});

describe('values in shown units and base units', () => {
  it('converts triệu đồng and nghìn USD exactly, and back', () => {
    const vnd = readValues(quarterly, 'VND', { ...complete, realisedCapital: '0.001', budgetVnd: '123456789.123' });
    expect(vnd.errors).toEqual({});
    expect(vnd.values.realisedCapital).toBe(parseDecimal('1000'));
    expect(vnd.values.budgetVnd).toBe(parseDecimal('123456789123000'));
    const usd = readValues(quarterly, 'USD', complete);
    expect(usd.values.realisedCapital).toBe(parseDecimal('250000'));
    expect(usd.values.exportUsd).toBe(parseDecimal('800000'));
    expect(usd.values.budgetVnd).toBe(parseDecimal('1500000000'));
    expect(shownValues(quarterly, 'USD', usd.values)).toMatchObject({
      realisedCapital: '250',
      revenue: '1200.5',
      operating: true,
    });
    const { columns, extra } = toColumns(quarterly, usd.values);
    expect(columns).toMatchObject({ realisedCapital: '250000', workersDomestic: 120, operating: true });
    expect(fromColumns(quarterly, { ...columns, extra })).toEqual(usd.values);
  });

  it('refuses unreadable numbers, too many decimals, bounds and unknown fields per field', () => {
    const { errors } = readValues(quarterly, 'USD', {
      revenue: '1,5',
      realisedCapital: '1.234',
      workersDomestic: '3.5',
      budgetVnd: '-1',
      nonsense: '1',
      operating: 'yes',
    });
    expect(Object.keys(errors).sort()).toEqual(
      [
        'body.values.budgetVnd',
        'body.values.nonsense',
        'body.values.operating',
        'body.values.realisedCapital',
        'body.values.revenue',
        'body.values.workersDomestic',
      ].sort(),
    );
    expect(errors['body.values.workersDomestic']!.message).toMatch(/số nguyên/);
  });

  it('keeps extra (annual environment items) beside the typed columns', () => {
    const r = readValues(annual, 'VND', {
      ...complete,
      profit: '-50',
      wastewaterM3: '12000.5',
      environmentalPermit: true,
    });
    expect(r.errors).toEqual({});
    const { columns, extra } = toColumns(annual, r.values);
    expect(columns.profit).toBe('-50000000');
    expect(extra).toEqual({ wastewaterM3: '12000.5', environmentalPermit: true });
  });
});

describe('submit checks', () => {
  const errorsOf = (input: Record<string, string | boolean>, over: Partial<CheckContext> = {}) => {
    const r = readValues(quarterly, 'USD', input);
    return Object.keys(submitErrors(quarterly, 'USD', r.values, { ...ctx, ...over }));
  };

  it('passes a complete report and names each missing required field', () => {
    expect(errorsOf(complete)).toEqual([]);
    expect(errorsOf({})).toEqual(
      expect.arrayContaining([
        'body.values.realisedCapital',
        'body.values.operating',
        'body.values.budgetVnd',
        'body.values.workersFemale',
      ]),
    );
  });

  it('female workers at most domestic plus foreign', () => {
    expect(errorsOf({ ...complete, workersFemale: '125' })).toEqual(['body.values.workersFemale']);
    expect(errorsOf({ ...complete, workersFemale: '124' })).toEqual([]);
  });

  it('revenue and exports only when operating; operating needs revenue', () => {
    expect(errorsOf({ ...complete, operating: false }).sort()).toEqual([
      'body.values.exportUsd',
      'body.values.revenue',
    ]);
    expect(errorsOf({ ...complete, operating: false, revenue: '0', exportUsd: '0' })).toEqual([]);
    const { revenue: _, ...noRevenue } = complete;
    expect(errorsOf(noRevenue)).toEqual(['body.values.revenue']);
  });

  it('no revenue before the project’s operation start', () => {
    expect(errorsOf(complete, { operationStartedOn: '2026-05-01' }).sort()).toEqual([
      'body.values.operating',
      'body.values.revenue',
    ]);
    expect(errorsOf(complete, { operationStartedOn: '2026-03-31' })).toEqual([]);
  });

  it('cumulative realised capital at most 3× the registered capital, with the figures in the message', () => {
    // registered 10,000,000 USD = 10,000 nghìn USD; earlier 29,800,000 USD; this period 250 nghìn USD.
    const other = parseDecimal('29800000') as Decimal;
    const r = readValues(quarterly, 'USD', complete);
    const errors = submitErrors(quarterly, 'USD', r.values, { ...ctx, otherRealised: other });
    expect(errors['body.values.realisedCapital']!.message).toContain('30050');
    expect(errorsOf(complete, { otherRealised: parseDecimal('29750000') })).toEqual([]);
  });
});
