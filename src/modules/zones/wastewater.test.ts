import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParkEvent, ParkHistory } from './park-lifecycle';
import {
  PLANT_STATUSES,
  type PlantRecord,
  plantAsOf,
  validatePlant,
  type WastewaterPlant,
  wastewaterCounts,
} from './wastewater';

const qd = (number: string, date: string) => ({ number, date });
const rec = (date: string, status: PlantRecord['status'], design?: string, operating?: string): PlantRecord => ({
  date,
  status,
  ...(design ? { designCapacity: design } : {}),
  ...(operating ? { operatingCapacity: operating } : {}),
  source: 'Báo cáo chủ đầu tư hạ tầng',
});
const plant = (id: string, parkId: string, records: PlantRecord[]): WastewaterPlant => ({ id, parkId, records });

const established: ParkEvent = {
  kind: 'established',
  date: '2010-01-01',
  act: 'irc',
  decision: qd('1', '2010-01-01'),
  area: '300',
};
const operatingPark = (id: string, since = '2012-01-01'): ParkHistory => ({
  id,
  events: [established, { kind: 'operating', date: since }],
});

describe('a plant over time', () => {
  const p = plant('W1', 'P1', [
    rec('2014-01-01', 'not_built'),
    rec('2016-03-01', 'under_construction', '4000'),
    rec('2018-07-01', 'operating', '4000', '2500'),
    rec('2021-01-01', 'operating', '6000', '5200'),
  ]);

  it('reads status and capacities as of a date', () => {
    expect(validatePlant(p)).toEqual([]);
    expect(plantAsOf(p, '2013-12-31')).toBeNull();
    expect(plantAsOf(p, '2017-01-01')).toEqual({
      status: 'under_construction',
      since: '2016-03-01',
      designCapacity: '4000',
      operatingCapacity: null,
      recordIndex: 1,
    });
    // An extension keeps the plant operating since 2018 with the new capacities.
    expect(plantAsOf(p, '2022-01-01')).toEqual({
      status: 'operating',
      since: '2018-07-01',
      designCapacity: '6000',
      operatingCapacity: '5200',
      recordIndex: 3,
    });
  });

  it('reports every problem with its record', () => {
    const codes = (records: PlantRecord[]) => validatePlant(plant('W', 'P', records)).map((i) => [i.index, i.code]);
    expect(codes([rec('2018-01-01', 'operating', '4000', '4500')])).toEqual([[0, 'operating_exceeds_design']]);
    expect(codes([rec('2018-01-01', 'operating')])).toEqual([[0, 'design_capacity_missing']]);
    expect(codes([rec('2018-01-01', 'under_construction', '100', '50')])).toEqual([
      [0, 'operating_capacity_without_operation'],
    ]);
    expect(codes([rec('2018-01-01', 'operating', '4000'), rec('2019-01-01', 'under_construction', '4000')])).toEqual([
      [1, 'transition_not_allowed'],
    ]);
    expect(codes([rec('2018-01-01', 'not_built'), rec('2017-01-01', 'not_built')])).toEqual([[1, 'date_order']]);
    expect(codes([rec('2018-02-30', 'not_built')])).toEqual([[0, 'date_invalid']]);
    expect(codes([rec('2018-01-01', 'operating', 'x', '-2')])).toEqual([
      [0, 'value_invalid'],
      [0, 'value_out_of_range'],
    ]);
    expect(codes([{ ...rec('2018-01-01', 'not_built'), source: '' }])).toEqual([[0, 'source_missing']]);
    const [first] = validatePlant(plant('W', 'P', [rec('2018-01-01', 'operating', '4000', '4500')]));
    expect(first?.message).toContain('4500 m³/ngày đêm');
    expect(first?.messageEn).toContain('4000 m³/day');
  });
});

describe('Biểu 2105 counts', () => {
  const parks: ParkHistory[] = [
    operatingPark('P1'),
    operatingPark('P2'),
    operatingPark('P3'),
    operatingPark('P4'),
    operatingPark('P5', '2030-01-01'),
  ];
  const plants = [
    plant('W1', 'P1', [rec('2015-01-01', 'operating', '3000', '2000')]),
    plant('W2', 'P2', [rec('2015-01-01', 'under_construction', '2000')]),
    plant('W4a', 'P4', [rec('2016-01-01', 'operating', '5000', '4000')]),
    plant('W4b', 'P4', [
      rec('2019-01-01', 'under_construction', '5000'),
      rec('2024-01-01', 'operating', '5000', '1000'),
    ]),
    plant('W5', 'P5', [rec('2015-01-01', 'operating', '1000', '900')]),
  ];

  it('counts operating parks with an operating plant, once each', () => {
    const counts = wastewaterCounts(parks, plants, '2023-12-31');
    expect(counts).toEqual({
      date: '2023-12-31',
      basis: 'operating',
      parks: 4,
      withOperatingPlant: ['P1', 'P4'],
      withPlantUnderConstruction: ['P2'],
      withoutPlant: ['P3'],
      plantsByStatus: { not_built: 0, under_construction: 2, operating: 2 },
      designCapacity: '8000',
      operatingCapacity: '6000',
    });
  });

  it('reads plants and parks on the date, and over all established parks when asked', () => {
    expect(wastewaterCounts(parks, plants, '2024-06-30')).toMatchObject({
      withOperatingPlant: ['P1', 'P4'],
      plantsByStatus: { under_construction: 1, operating: 3 },
      designCapacity: '13000',
    });
    const all = wastewaterCounts(parks, plants, '2023-12-31', 'all_established');
    expect(all.parks).toBe(5);
    expect(all.withOperatingPlant).toEqual(['P1', 'P4', 'P5']);
  });

  it('the three park lists partition the set (property)', () => {
    const recordArb = fc.tuple(fc.integer({ min: 2005, max: 2025 }), fc.constantFrom(...PLANT_STATUSES));
    const plantsArb = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 5 }), recordArb))
      .map((list) =>
        list.map(([n, [year, status]], i) =>
          plant(`W${i}`, `P${n}`, [rec(`${year}-01-01`, status, status === 'not_built' ? undefined : '100')]),
        ),
      );
    fc.assert(
      fc.property(plantsArb, fc.integer({ min: 2005, max: 2035 }), (ps, year) => {
        const c = wastewaterCounts(parks, ps, `${year}-06-30`);
        const all = [...c.withOperatingPlant, ...c.withPlantUnderConstruction, ...c.withoutPlant];
        expect(all.sort()).toEqual(parks.filter((p) => p.events[1]!.date <= `${year}-06-30`).map((p) => p.id));
        expect(c.parks).toBe(all.length);
      }),
    );
  });
});
