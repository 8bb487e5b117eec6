import { describe, expect, it } from 'vitest';
import { A4_V1 } from './a4';
import { B4_V1 } from './b4';
import { A5_V1, B5_V1 } from './indicators';
import type { Facts } from './types';
import { yearLabel } from './types';
import { assemble, readInput, submitErrors, suggestionsOf, versionFor, warningsOf } from './values';

const facts: Facts = {
  'developer.name': 'Công ty Hạ tầng A',
  'park.name': 'KCN Hiệp Phước',
  'park.areaHa': 200,
  'park.enterprises': 12,
  'park.workers': 3400,
  'recp.kwh': 150000,
  'recp.energyCost': 300.5,
  'recp.waterCost': 20,
  'recp.materialsCost': 10,
  'recp.chemicalsCost': 4.25,
  'symbiosis.links': 3,
  'symbiosis.partners': ['Công ty B', 'Công ty C'],
  'symbiosis.cost': 7,
};

describe('eco report versions', () => {
  it('finds each form for a reported year and none before the decree', () => {
    for (const form of ['A.4', 'B.4', 'A.5', 'B.5'] as const) expect(versionFor(form, 2025)?.form).toBe(form);
    expect(versionFor('A.4', 2021)).toBeNull();
  });
  it('A.5 has the 18 indicators and B.5 the 5 of the national forms', () => {
    expect(A5_V1.fields.map((f) => f.code)).toEqual([
      'ENV.1',
      'ENV.3',
      'ENV.4',
      'ENV.5',
      'ENV.6',
      'PM.1',
      'PM.2',
      'PM.3',
      'PM.4',
      'SOC.3',
      'SOC.5',
      'SOC.7',
      'ECO.1',
      'ECO.2',
      'ECO.3',
      'ECO.4',
      'ECO.5',
      'ECO.6',
    ]);
    expect(B5_V1.fields.map((f) => f.code)).toEqual(['ENV.2', 'SOC.1', 'SOC.2', 'SOC.4', 'SOC.6']);
    expect(new Set(A4_V1.fields.map((f) => f.key)).size).toBe(A4_V1.fields.length);
    expect(new Set(B4_V1.fields.map((f) => f.key)).size).toBe(B4_V1.fields.length);
  });
  it('labels the years relative to N (the year after the reported one)', () => {
    expect(yearLabel('đến năm [N-2], trong năm [N-1], đến [N+3]', 2025)).toBe('đến năm 2024, trong năm 2025, đến 2029');
  });
});

describe('A.4 pre-fill and computation', () => {
  it('writes the registry facts into locked fields and computes shares and totals', () => {
    const { values, errors } = readInput(A4_V1, {
      landGreen: '30',
      landTraffic: 25.5,
      landTechnical: '10',
      landSocial: '4',
      wastewaterCost: '1.5',
      wasteReusedCost: 2,
    });
    expect(errors).toEqual({});
    const v = assemble(A4_V1, values, facts);
    expect(v.parkName).toBe('KCN Hiệp Phước');
    expect(v.landTotal).toBe(200);
    expect(v.workers).toBe(3400);
    expect(v.landGreenPct).toBe(15);
    expect(v.landTrafficPct).toBe(12.75);
    expect(v.symbiosisLinks).toBe(3);
    expect(v.partnersInPark).toEqual(['Công ty B', 'Công ty C']);
    // 1.3.16 = 1.2.6 + 1.3.3 + 1.3.5 + 1.3.9 + 1.3.11 + 1.3.13 + 1.3.15
    expect(v.recpCostTotal).toBe(300.5 + 20 + 1.5 + 2 + 10 + 4.25);
    // 3.25 from the registry's reuse cost only
    expect(v.symCostTotal).toBe(7);
    expect(submitErrors(A4_V1, { ...v, recpFirmsPlanned: 4 })).toEqual({});
  });
  it('refuses a typed value in a locked or computed field', () => {
    const { errors } = readInput(A4_V1, { parkName: 'Khác', landGreenPct: 50 });
    expect(Object.keys(errors).sort()).toEqual(['body.values.landGreenPct', 'body.values.parkName']);
    expect(errors['body.values.parkName']!.message).toContain('cơ sở dữ liệu');
  });
  it('asks for the required fields at submit and keeps land parts within the park', () => {
    const v = assemble(A4_V1, readInput(A4_V1, { landGreen: '150', landTraffic: '60' }).values, facts);
    const errors = submitErrors(A4_V1, v);
    expect(errors['body.values.landTechnical']?.messageEn).toContain('required');
    expect(errors['body.values.recpFirmsPlanned']).toBeDefined();
    expect(errors['body.values.landGreen']?.message).toContain('vượt diện tích đất KCN');
  });
  it('leaves a share empty when the park has no land figure', () => {
    const v = assemble(A4_V1, { landGreen: 3 }, {});
    expect(v.landGreenPct).toBeNull();
    expect(v.recpCostTotal).toBeNull();
  });
});

describe('ranges with per-field Vietnamese and English messages', () => {
  it('percent outside 0–100 uses the form’s own message', () => {
    const { errors } = readInput(A4_V1, { electricitySavingRate: '120' });
    expect(errors['body.values.electricitySavingRate']).toEqual({
      message: 'Giá trị hợp lệ trong khoảng từ 0 - 100%',
      messageEn: 'Valid values are 0–100%',
    });
  });
  it('negative amounts, non-numbers, fractions of counts and too many decimals are refused', () => {
    const { errors } = readInput(A4_V1, {
      wastewaterReduced: '-1',
      waterCost: 'abc',
      recpFirmsPlanned: '2.5',
      landGreen: '1.234',
    });
    expect(Object.keys(errors).sort()).toEqual([
      'body.values.landGreen',
      'body.values.recpFirmsPlanned',
      'body.values.wastewaterReduced',
      'body.values.waterCost',
    ]);
    expect(errors['body.values.recpFirmsPlanned']!.message).toContain('số nguyên');
    expect(errors['body.values.landGreen']!.messageEn).toContain('2 decimals');
  });
  it('yes/no rows of A.5 take booleans, and all are required', () => {
    const bad = readInput(A5_V1, { ENV_4: 'có', ENV_3: 101 });
    expect(Object.keys(bad.errors).sort()).toEqual(['body.values.ENV_3', 'body.values.ENV_4']);
    const v = assemble(A5_V1, readInput(A5_V1, { ENV_4: true, ENV_3: 40 }).values, { 'symbiosis.links': 2 });
    expect(v.ENV_1).toBe(2);
    const missing = Object.keys(submitErrors(A5_V1, v));
    expect(missing).toHaveLength(15);
    expect(missing).not.toContain('body.values.ENV_1');
  });
  it('B.5 accepts values from 0 and warns below the legal minimums', () => {
    const { values, errors } = readInput(B5_V1, { ENV_2: 10, SOC_1: 80, SOC_2: 74.5, SOC_4: 100, SOC_6: 0 });
    expect(errors).toEqual({});
    const w = warningsOf(B5_V1, assemble(B5_V1, values, {}));
    expect(w.map((x) => x.key)).toEqual(['ENV_2', 'SOC_2', 'SOC_6']);
    expect(w[0]!.vi).toContain('thấp hơn mức tối thiểu 20%');
  });
});

describe('B.4', () => {
  it('suggests the CO₂ total from its parts and keeps what the enterprise typed instead', () => {
    const typed = readInput(B4_V1, { electricityCo2: '1.25', fuelCo2: 2 }).values;
    expect(assemble(B4_V1, typed, {}).co2Total).toBe(3.25);
    expect(assemble(B4_V1, { ...typed, co2Total: 5 }, {}).co2Total).toBe(5);
    // The view tells the client what is proposed now, so an untouched suggestion is not sent back.
    expect(suggestionsOf(B4_V1, assemble(B4_V1, { ...typed, co2Total: 5 }, {}))).toEqual({
      co2Total: 3.25,
      symCo2Total: null,
    });
  });
  it('checks every cell of the production-capacity rows', () => {
    const { values, errors } = readInput(B4_V1, {
      capacity: [
        {
          product: 'Thép cuộn',
          unit: 'tấn/năm',
          designCapacity: 1000,
          output: '800',
          energyUse: 5,
          energyType: 'điện',
          revenue: 9000,
        },
        { product: '', unit: 'thùng', designCapacity: -1, output: 1, energyUse: 1, energyType: 'điện', revenue: 1 },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual([
      'body.values.capacity.1.designCapacity',
      'body.values.capacity.1.product',
      'body.values.capacity.1.unit',
    ]);
    expect((values.capacity as unknown[])[0]).toMatchObject({ product: 'Thép cuộn', output: 800 });
  });
  it('needs at least one capacity row at submit', () => {
    expect(submitErrors(B4_V1, assemble(B4_V1, {}, {}))['body.values.capacity']).toBeDefined();
  });
});
