import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, formatDecimal, parseDecimal, ZERO } from '../../kernel/decimal';
import {
  establishedSeriesFromEvents,
  type LandSeries,
  type LandValue,
  landAsOf,
  type OccupancyPark,
  occupancy,
  parkLandAsOf,
  validateParkLand,
} from './park-land';
import type { ParkEvent } from './park-lifecycle';
import type { ParkSet } from './park-rules';

const qd = (number: string, date: string) => ({ number, date });
const v = (date: string, value: string, source = 'Báo cáo BQL'): LandValue => ({ date, value, source });

/** The worked park: planned 2015, established 2017, operating 2019, area increased 2023. */
const history: ParkEvent[] = [
  { kind: 'planned', date: '2015-03-10', approved: true, decision: qd('123/QĐ-TTg', '2015-03-10') },
  { kind: 'established', date: '2017-06-01', act: 'irc', decision: qd('456/QĐ-UBND', '2017-06-01'), area: '300' },
  { kind: 'operating', date: '2019-09-15' },
  {
    kind: 'area_increased',
    date: '2023-04-20',
    decision: qd('789/QĐ-UBND', '2023-04-20'),
    areaBefore: '300',
    areaAfter: '450.5',
  },
];
const land = {
  planned: [v('2015-03-10', '320')],
  established: establishedSeriesFromEvents(history),
  industrial: [v('2017-06-01', '210'), v('2023-04-20', '315.35')],
  leased: [v('2019-09-15', '50'), v('2021-01-01', '120.25'), v('2024-03-01', '200')],
};

describe('land as of a date (worked example)', () => {
  it('derives the established-area series from the lifecycle', () => {
    expect(land.established).toEqual([v('2017-06-01', '300', '456/QĐ-UBND'), v('2023-04-20', '450.5', '789/QĐ-UBND')]);
  });

  it('reads each measure between the dated values', () => {
    const values = (date: string) =>
      Object.fromEntries(Object.entries(parkLandAsOf(land, date)).map(([k, x]) => [k, x?.value ?? null]));
    expect(values('2016-01-01')).toEqual({
      planned: '320',
      established: null,
      industrial: null,
      leased: null,
      handed_over: null,
    });
    expect(values('2018-01-01')).toMatchObject({ planned: '320', established: '300', industrial: '210', leased: null });
    expect(values('2020-01-01')).toMatchObject({ planned: '320', established: '300', industrial: '210', leased: '50' });
    expect(values('2023-12-31')).toMatchObject({ established: '450.5', industrial: '315.35', leased: '120.25' });
    expect(values('2024-06-30')).toMatchObject({ established: '450.5', industrial: '315.35', leased: '200' });
    expect(validateParkLand(land)).toEqual([]);
  });

  it('takes the later of two values on the same date, whatever the list order', () => {
    const series = [v('2020-01-01', '5'), v('2019-01-01', '1'), v('2020-01-01', '7')];
    expect(landAsOf(series, '2020-06-01')?.value).toBe('7');
    expect(landAsOf(series, '2019-06-01')?.value).toBe('1');
    expect(landAsOf(undefined, '2019-06-01')).toBeNull();
  });
});

describe('occupancy', () => {
  const operatingSince = (date: string): ParkEvent[] => [
    { kind: 'established', date: '2010-01-01', act: 'irc', decision: qd('1', '2010-01-01'), area: '1000' },
    { kind: 'construction_started', date: '2011-01-01' },
    { kind: 'operating', date },
  ];
  const park = (id: string, events: ParkEvent[], industrial?: string, leased?: string): OccupancyPark => ({
    id,
    events,
    land: {
      ...(industrial ? { industrial: [v('2020-01-01', industrial)] } : {}),
      ...(leased ? { leased: [v('2020-01-01', leased)] } : {}),
    },
  });
  const underConstruction = operatingSince('2099-01-01');
  const parks = [
    park('A', operatingSince('2015-01-01'), '400', '300'),
    park('B', operatingSince('2016-01-01'), '230', '159.27'),
    park('C', underConstruction, '247', '47.636'),
    park('D', underConstruction.slice(0, 1)),
    park('E', [{ kind: 'planned', date: '2019-01-01', approved: true, decision: qd('2', '2019-01-01') }], '100', '90'),
    park(
      'F',
      [...operatingSince('2015-01-01'), { kind: 'revoked', date: '2021-01-01', decision: qd('3', '2021-01-01') }],
      '50',
      '50',
    ),
    park('G', operatingSince('2017-01-01'), '80'),
  ];

  it('splits like the published 57.8% (all established) / 72.9% (operating)', () => {
    const operating = occupancy(parks, '2023-12-31', 'operating');
    expect(operating).toMatchObject({ leased: '459.27', industrial: '630', ratio: '0.729', percent: '72.9' });
    expect(operating.included.map((p) => p.id)).toEqual(['A', 'B']);
    expect(operating.withoutData).toEqual([{ id: 'G', missing: ['leased'] }]);

    const all = occupancy(parks, '2023-12-31', 'all_established');
    expect(all).toMatchObject({ leased: '506.906', industrial: '877', ratio: '0.578', percent: '57.8' });
    expect(all.included.map((p) => p.id)).toEqual(['A', 'B', 'C']);
    expect(all.withoutData).toEqual([
      { id: 'D', missing: ['industrial', 'leased'] },
      { id: 'G', missing: ['leased'] },
    ]);
    // Drill-down: each contribution carries the value and its source.
    expect(all.included[2]).toEqual({ id: 'C', leased: v('2020-01-01', '47.636'), industrial: v('2020-01-01', '247') });
  });

  it('reads the set and the values on the date asked', () => {
    // In 2015 park B was still under construction and no land value was recorded yet.
    const early = occupancy(parks, '2015-06-30', 'operating');
    expect(early).toMatchObject({ leased: '0', industrial: '0', ratio: null, percent: null });
    expect(early.withoutData.map((p) => p.id)).toEqual(['A', 'F']);
    // F was revoked in 2021: counted before, not after.
    expect(occupancy(parks, '2020-06-30', 'operating').included.map((p) => p.id)).toEqual(['A', 'B', 'F']);
  });

  it('shows why the published national ratio does not reproduce from the published sums', () => {
    const national = park('VN', operatingSince('2000-01-01'), '87700', '51800');
    expect(occupancy([national], '2023-10-31', 'operating').percent).toBe('59.06');
  });

  it('rounds the percentage once, from the exact quotient', () => {
    const p = park('X', operatingSince('2015-01-01'), '1000', '123.449996');
    const result = occupancy([p], '2023-01-01', 'operating');
    expect(result.ratio).toBe('0.12345');
    // Rounding the 6-place ratio again would give 12.35.
    expect(result.percent).toBe('12.34');
  });
});

describe('land validation', () => {
  const codes = (l: Parameters<typeof validateParkLand>[0]) =>
    validateParkLand(l).map((i) => [i.series, i.index, i.code]);

  it('requires non-negative decimals with a source, in date order', () => {
    expect(codes({ leased: [v('2020-01-01', '1.5.2')] })).toEqual([['leased', 0, 'value_invalid']]);
    expect(codes({ planned: [v('2020-01-01', '-1')] })).toEqual([['planned', 0, 'value_out_of_range']]);
    expect(codes({ planned: [v('2020-02-30', '1')] })).toEqual([['planned', 0, 'date_invalid']]);
    expect(codes({ planned: [v('2020-02-01', '1'), v('2020-01-01', '2')] })).toEqual([['planned', 1, 'date_order']]);
    expect(codes({ planned: [v('2020-01-01', '1', ' ')] })).toEqual([['planned', 0, 'source_missing']]);
  });

  it('keeps leased ≤ industrial-service land ≤ established area on every date, blaming the value that changed', () => {
    const l = {
      established: [v('2018-01-01', '100')],
      industrial: [v('2018-01-01', '70'), v('2020-01-01', '120')],
      leased: [v('2019-01-01', '60'), v('2021-01-01', '130'), v('2022-01-01', '60')],
    };
    expect(codes(l)).toEqual([
      ['leased', 1, 'leased_exceeds_industrial'],
      ['industrial', 1, 'industrial_exceeds_established'],
    ]);
    // Industrial land shrinking under what is already leased is the industrial value's fault.
    const shrink = { industrial: [v('2018-01-01', '70'), v('2020-01-01', '50')], leased: [v('2019-01-01', '60')] };
    expect(codes(shrink)).toEqual([['industrial', 1, 'leased_exceeds_industrial']]);
    const [first] = validateParkLand(shrink);
    expect(first?.message).toContain('2020-01-01');
    expect(first?.messageEn).toContain('exceeds');
  });
});

/** Valid land for a park: leased ≤ industrial ≤ established on one date, in hundredths of a hectare. */
const validLand = fc
  .tuple(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000))
  .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y).map((n) => (n / 100).toFixed(2)) as [string, string, string]);
const operating: ParkEvent[] = [
  { kind: 'established', date: '2010-01-01', act: 'irc', decision: qd('1', '2010-01-01'), area: '1' },
  { kind: 'operating', date: '2011-01-01' },
];
const parksArb = fc.array(
  fc.tuple(fc.boolean(), validLand).map(([isOperating, [leased, industrial, established]]) => ({
    events: isOperating ? operating : operating.slice(0, 1),
    land: {
      established: [v('2012-01-01', established)],
      industrial: [v('2012-01-01', industrial)],
      leased: [v('2012-01-01', leased)],
    },
  })),
  { maxLength: 8 },
);
const withIds = (parks: Omit<OccupancyPark, 'id'>[]): OccupancyPark[] => parks.map((p, i) => ({ id: `P${i}`, ...p }));

describe('land properties', () => {
  it('occupancy lies between 0 and 1 when the data is valid', () => {
    fc.assert(
      fc.property(parksArb, fc.constantFrom<ParkSet>('operating', 'all_established'), (raw, basis) => {
        const parks = withIds(raw);
        for (const p of parks) expect(validateParkLand(p.land)).toEqual([]);
        const { ratio } = occupancy(parks, '2020-01-01', basis);
        if (ratio === null) return;
        expect(compare(parseDecimal(ratio), ZERO)).toBeGreaterThanOrEqual(0);
        expect(compare(parseDecimal(ratio), parseDecimal('1'))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('adding a park with no land data does not change occupancy', () => {
    fc.assert(
      fc.property(parksArb, fc.nat(8), (raw, at) => {
        const parks = withIds(raw);
        const blank: OccupancyPark = { id: 'blank', events: operating, land: {} };
        const more = [...parks.slice(0, at), blank, ...parks.slice(at)];
        for (const basis of ['operating', 'all_established'] as const) {
          const [a, b] = [occupancy(parks, '2020-01-01', basis), occupancy(more, '2020-01-01', basis)];
          expect([b.leased, b.industrial, b.ratio, b.percent]).toEqual([a.leased, a.industrial, a.ratio, a.percent]);
          expect(b.withoutData).toContainEqual({ id: 'blank', missing: ['industrial', 'leased'] });
        }
      }),
    );
  });

  it('the numerator and denominator are the exact sums of the parks listed', () => {
    fc.assert(
      fc.property(parksArb, (raw) => {
        const o = occupancy(withIds(raw), '2020-01-01', 'all_established');
        const sum = (pick: (c: (typeof o.included)[number]) => string) =>
          formatDecimal(o.included.reduce((s, c) => add(s, parseDecimal(pick(c))), ZERO));
        expect(o.leased).toBe(sum((c) => c.leased.value));
        expect(o.industrial).toBe(sum((c) => c.industrial.value));
      }),
    );
  });

  it('landAsOf is the latest value dated on or before the date', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((n) => `2020-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + Math.floor(n / 12)).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.nat(999)), { maxLength: 10 }), day, (raw, date) => {
        const series: LandSeries = raw.map(([d, n]) => v(d, String(n)));
        const eligible = series.filter((x) => x.date <= date);
        const latest = eligible.reduce<string | null>((m, x) => (m === null || x.date > m ? x.date : m), null);
        const expected = latest === null ? null : eligible.filter((x) => x.date === latest).at(-1)!;
        expect(landAsOf(series, date)).toBe(expected);
      }),
    );
  });
});
