import { describe, expect, it } from 'vitest';
import type { ParkLand } from './park-land';
import { landTimeSeries } from './park-land-series';
import type { ParkEvent } from './park-lifecycle';

const decision = (date: string) => ({ number: `QĐ-${date}`, date });

describe('landTimeSeries', () => {
  const events: ParkEvent[] = [
    { kind: 'planned', date: '2010-01-01', approved: true, decision: decision('2010-01-01') },
    {
      kind: 'established',
      date: '2012-05-01',
      act: 'establishment_decision',
      area: '300',
      decision: decision('2012-05-01'),
    },
    { kind: 'operating', date: '2014-01-01' },
    {
      kind: 'area_increased',
      date: '2020-01-01',
      areaBefore: '300',
      areaAfter: '450',
      decision: decision('2020-01-01'),
    },
  ];
  const land: ParkLand = {
    planned: [{ date: '2010-01-01', value: '320', source: 'QH' }],
    established: [
      { date: '2012-05-01', value: '300', source: 'QĐ-2012-05-01' },
      { date: '2020-01-01', value: '450', source: 'QĐ-2020-01-01' },
    ],
    industrial: [
      { date: '2013-01-01', value: '200', source: 'BC' },
      { date: '2020-06-01', value: '310', source: 'BC' },
    ],
    leased: [
      { date: '2015-01-01', value: '50', source: 'BC' },
      { date: '2022-01-01', value: '248', source: 'BC' },
    ],
  };

  it('has one point per day anything changes, each read as of that day', () => {
    const series = landTimeSeries(events, land);
    expect(series.map((p) => p.date)).toEqual([
      '2010-01-01',
      '2012-05-01',
      '2013-01-01',
      '2014-01-01',
      '2015-01-01',
      '2020-01-01',
      '2020-06-01',
      '2022-01-01',
    ]);
    expect(series[0]).toEqual({
      date: '2010-01-01',
      status: 'planned',
      values: { planned: '320', established: null, industrial: null, leased: null, handed_over: null },
      occupancyPercent: null,
    });
    expect(series[4]).toMatchObject({
      status: 'operating',
      values: { established: '300', industrial: '200', leased: '50' },
      occupancyPercent: '25',
    });
    // the area change moves the established area, the later report the industrial land
    expect(series[6]!.values).toEqual({
      planned: '320',
      established: '450',
      industrial: '310',
      leased: '50',
      handed_over: null,
    });
    expect(series[7]!.occupancyPercent).toBe('80');
  });

  it('is empty for a park with no history', () => {
    expect(landTimeSeries([], {})).toEqual([]);
  });
});
