import { describe, expect, it } from 'vitest';
import {
  type KktLandRecord,
  type KktLandUse,
  kktLandTotals,
  kktLandUseAsOf,
  kktRegisterTotals,
  validateKktLandUse,
} from './kkt-land';

/** A coastal KKT whose function areas add up to its general-plan area (12,000 ha). */
const coastal: KktLandUse = {
  kktId: 'KKT-A',
  type: 'coastal',
  planDecision: { number: '1234/QĐ-TTg', date: '2020-08-01' },
  establishedArea: '11500',
  generalPlanArea: '12000',
  areas: {
    non_tariff_bonded: { general_plan: '500', detailed_plan: '300', built: '120.5' },
    export_processing_industrial: { general_plan: '4000', detailed_plan: '3500', built: '2100', leased: '1500.25' },
    tourism: { general_plan: '1500', built: '200' },
    urban_residential: { general_plan: '3000', detailed_plan: '1000', built: '800' },
    administrative_other: { general_plan: '1000', built: '100' },
    other: { general_plan: '2000' },
    unused: { current: '4500' },
  },
};
const border: KktLandUse = {
  kktId: 'KKT-B',
  type: 'border_gate',
  establishedArea: '20000.5',
  areas: { export_processing_industrial: { general_plan: '700', leased: '100' } },
};

describe('KKT land use (Biểu 2108, 2110)', () => {
  it('totals each measure over the categories that report it', () => {
    expect(kktLandTotals(coastal)).toEqual({
      general_plan: '12000',
      detailed_plan: '4800',
      // Other land has no built figure, so "total built" leaves it out as the form says.
      built: '3320.5',
      leased: '1500.25',
      current: '4500',
    });
    expect(validateKktLandUse([coastal])).toEqual([]);
  });

  it('sums the rows and counts KKTs by type for the overview and total row', () => {
    const totals = kktRegisterTotals([coastal, border]);
    expect(totals.count).toBe(2);
    expect(totals.countByType).toEqual({ coastal: 1, border_gate: 1, specialised: 0 });
    expect(totals.establishedArea).toBe('31500.5');
    expect(totals.generalPlanArea).toBe('12000');
    expect(totals.byArea.export_processing_industrial).toEqual({
      general_plan: '4700',
      detailed_plan: '3500',
      built: '2100',
      leased: '1600.25',
    });
    expect(totals.byArea.other).toEqual({ general_plan: '2000' });
    expect(totals.totals.general_plan).toBe('12700');
  });

  it('warns, without blocking, when the sum by function differs from the plan area', () => {
    const off = { ...coastal, generalPlanArea: '12500' };
    const issues = validateKktLandUse([coastal, off]);
    expect(issues.map((i) => [i.index, i.code, i.severity])).toEqual([[1, 'function_sum_differs', 'warning']]);
    expect(issues[0]?.message).toContain('12000 ha');
    expect(issues[0]?.messageEn).toContain('12500 ha');
  });

  it('reports figures in a measure their category does not have, and bad numbers', () => {
    const bad: KktLandUse = {
      kktId: 'KKT-C',
      type: 'specialised',
      establishedArea: '-1',
      areas: {
        tourism: { leased: '10', built: 'abc' },
        unused: { general_plan: '5' },
      },
    };
    expect(validateKktLandUse([bad]).map((i) => [i.field, i.code])).toEqual([
      ['establishedArea', 'value_out_of_range'],
      ['areas.tourism.leased', 'measure_not_applicable'],
      ['areas.tourism.built', 'value_invalid'],
      ['areas.unused.general_plan', 'measure_not_applicable'],
    ]);
  });

  it('reads a KKT as of a date from dated series', () => {
    const src = (date: string, value: string) => ({ date, value, source: 'Báo cáo BQL' });
    const record: KktLandRecord = {
      kktId: 'KKT-A',
      type: 'coastal',
      planDecisions: [
        { number: '2/QĐ-TTg', date: '2021-01-01' },
        { number: '1/QĐ-TTg', date: '2015-01-01' },
      ],
      establishedArea: [src('2015-01-01', '11500')],
      generalPlanArea: [src('2015-01-01', '12000')],
      areas: { export_processing_industrial: { built: [src('2016-01-01', '800'), src('2022-01-01', '2100')] } },
    };
    expect(kktLandUseAsOf(record, '2014-12-31')).toEqual({ kktId: 'KKT-A', type: 'coastal', areas: {} });
    expect(kktLandUseAsOf(record, '2020-12-31')).toEqual({
      kktId: 'KKT-A',
      type: 'coastal',
      planDecision: { number: '1/QĐ-TTg', date: '2015-01-01' },
      establishedArea: '11500',
      generalPlanArea: '12000',
      areas: { export_processing_industrial: { built: '800' } },
    });
    expect(kktLandUseAsOf(record, '2023-01-01')).toMatchObject({
      planDecision: { number: '2/QĐ-TTg' },
      areas: { export_processing_industrial: { built: '2100' } },
    });
  });
});
