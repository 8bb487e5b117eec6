import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../kernel/calendar/local-time';
import { add, formatDecimal, parseDecimal, sub } from '../../kernel/decimal';
import { AppError } from '../../kernel/errors';
import { type ExchangeRate, money } from '../../kernel/money';
import { parsePeriod } from '../../kernel/period';
import { historyArb } from './certificate-events.arbitrary';
import { type OriginFlows, type ProjectCertificates, periodFlows, periodFlowsFor } from './period-flows';

const SBV: ExchangeRate = {
  from: 'USD',
  to: 'VND',
  rate: '25450',
  date: '2024-06-28',
  source: 'NHNN tỷ giá trung tâm',
};
const Q2 = { from: '2024-04-01', to: '2024-06-30' };
const usd = (v: string) => money(v, 'USD');
const vnd = (v: string) => money(v, 'VND');

/** Seven projects around 2024-Q2; the expected totals below are worked out by hand. */
const PROJECTS: ProjectCertificates[] = [
  {
    projectId: 'P1', // valid before, raised in the period
    origin: 'FDI',
    events: [
      { seq: 1, kind: 'issued', date: '2023-05-10', registeredCapital: usd('20000000'), landAreaHa: '4' },
      { seq: 2, kind: 'adjusted', date: '2024-05-15', capitalDelta: usd('5000000') },
    ],
  },
  {
    projectId: 'P2', // new in the period
    origin: 'FDI',
    events: [{ seq: 1, kind: 'issued', date: '2024-04-20', registeredCapital: usd('12500000'), landAreaHa: '2' }],
  },
  {
    projectId: 'P3', // FDI recorded in VND, revoked on the last day: 254.5 bn VND = 10 m USD
    origin: 'FDI',
    events: [
      { seq: 1, kind: 'issued', date: '2022-01-10', registeredCapital: vnd('254500000000'), landAreaHa: '3' },
      { seq: 2, kind: 'revoked', date: '2024-06-30', documentNo: '45/QĐ-BQL', capitalAtEnd: vnd('254500000000') },
    ],
  },
  {
    projectId: 'P4', // issued after the period
    origin: 'FDI',
    events: [{ seq: 1, kind: 'issued', date: '2024-07-01', registeredCapital: usd('1000000'), landAreaHa: '1' }],
  },
  {
    projectId: 'P5', // lowered by 30 bn on the first day, raised by 10 bn
    origin: 'DDI',
    events: [
      { seq: 1, kind: 'issued', date: '2020-02-02', registeredCapital: vnd('100000000000'), landAreaHa: '10' },
      { seq: 2, kind: 'adjusted', date: '2024-04-01', capitalDelta: vnd('-30000000000') },
      { seq: 3, kind: 'adjusted', date: '2024-06-15', capitalDelta: vnd('10000000000') },
    ],
  },
  {
    projectId: 'P6', // issued and terminated within the period
    origin: 'DDI',
    events: [
      { seq: 1, kind: 'issued', date: '2024-05-01', registeredCapital: vnd('50000000000'), landAreaHa: '1' },
      { seq: 2, kind: 'terminated', date: '2024-06-01', documentNo: '77/QĐ-BQL', capitalAtEnd: vnd('50000000000') },
    ],
  },
  {
    projectId: 'P7', // only re-issued in the period
    origin: 'DDI',
    events: [
      { seq: 1, kind: 'issued', date: '2023-01-01', registeredCapital: vnd('7500000000'), landAreaHa: '0.5' },
      { seq: 2, kind: 'reissued', date: '2024-05-05' },
    ],
  },
];

const lines = (f: OriginFlows) => ({
  validAtStart: [f.validAtStart.projects, f.validAtStart.value],
  new: [f.new.projects, f.new.value],
  increased: [f.increased.projects, f.increased.value],
  decreased: [f.decreased.projects, f.decreased.value],
  ended: [f.ended.projects, f.ended.value, f.ended.revoked, f.ended.terminated],
  validAtEnd: [f.validAtEnd.projects, f.validAtEnd.value],
});

describe('periodFlows over a small synthetic set', () => {
  const flows = periodFlows(PROJECTS, Q2, { rate: SBV });

  it('FDI in triệu USD', () => {
    expect(flows.FDI.unit).toBe('trieu_usd');
    expect(lines(flows.FDI)).toEqual({
      validAtStart: [2, '30'],
      new: [1, '12.5'],
      increased: [1, '5'],
      decreased: [0, '0'],
      ended: [1, '10', 1, 0],
      validAtEnd: [2, '37.5'],
    });
    expect(flows.FDI.validAtEnd.amount).toEqual(usd('37500000'));
  });

  it('DDI in tỷ đồng', () => {
    expect(flows.DDI.unit).toBe('ty_dong');
    expect(lines(flows.DDI)).toEqual({
      validAtStart: [2, '107.5'],
      new: [1, '50'],
      increased: [1, '10'],
      decreased: [1, '30'],
      ended: [1, '50', 0, 1],
      validAtEnd: [2, '87.5'],
    });
  });

  it('names the rate of every conversion', () => {
    expect(flows.conversions).toEqual([{ projectId: 'P3', rate: SBV }]);
  });

  it('nets the adjustments of a project when asked', () => {
    const net = periodFlows(PROJECTS, Q2, { rate: SBV, adjustments: 'net' });
    expect(lines(net.DDI).increased).toEqual([0, '0']);
    expect(lines(net.DDI).decreased).toEqual([1, '20']);
    expect(net.FDI).toEqual(flows.FDI);
  });

  it('accepts a kernel period', () => {
    expect(periodFlowsFor(PROJECTS, parsePeriod('2024-Q2'), { rate: SBV })).toEqual(flows);
  });

  it('rounds the form unit to the places asked', () => {
    const odd: ProjectCertificates = {
      projectId: 'X',
      origin: 'FDI',
      events: [{ seq: 1, kind: 'issued', date: '2024-04-02', registeredCapital: usd('1234567.89'), landAreaHa: '0' }],
    };
    expect(periodFlows([odd], Q2).FDI.new.value).toBe('1.23');
    expect(periodFlows([odd], Q2, { places: 5 }).FDI.new.value).toBe('1.23457');
  });
});

describe('periodFlows refuses', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof AppError) return e;
    }
    throw new Error('expected an AppError');
  };

  it('to convert without a named rate', () => {
    const e = error(() => periodFlows(PROJECTS, Q2));
    expect(e.code).toBe('UNPROCESSABLE');
    expect(e.message).toContain('Dự án P3 (FDI) ghi vốn bằng VND');
    expect(e.messageEn).toContain('a State Bank rate is needed');
  });

  it('an invalid history, naming the project and event', () => {
    const broken: ProjectCertificates = {
      projectId: 'B1',
      origin: 'DDI',
      events: [{ seq: 1, kind: 'reissued', date: '2024-01-01' }],
    };
    const e = error(() => periodFlows([broken], Q2));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toContain('dự án B1');
    expect(e.messageEn).toContain('project B1');
    expect(Object.keys(e.fields ?? {})).toEqual(['projects.B1.events.0']);
  });

  it('duplicate projects and impossible periods', () => {
    expect(error(() => periodFlows([PROJECTS[0]!, PROJECTS[0]!], Q2, { rate: SBV })).code).toBe('VALIDATION_FAILED');
    expect(error(() => periodFlows(PROJECTS, { from: '2024-07-01', to: '2024-06-30' })).code).toBe('VALIDATION_FAILED');
    expect(error(() => periodFlows(PROJECTS, { from: '2024-02-30', to: '2024-06-30' })).code).toBe('VALIDATION_FAILED');
  });
});

describe('properties', () => {
  const projectsArb = fc
    .array(
      fc.oneof(
        historyArb('USD').map((events) => ({ origin: 'FDI' as const, events })),
        historyArb('VND').map((events) => ({ origin: 'DDI' as const, events })),
      ),
      {
        maxLength: 12,
      },
    )
    .map((list) => list.map((p, i) => ({ ...p, projectId: `P${i}` })));
  const day = (n: number) => addDays('2020-01-01', n);
  /** A period [from, to] with a split day `mid` inside it (the first part ends on mid). */
  const splitArb = fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }))
    .map(([a, b, c]) => ({ from: day(a), mid: day(a + b), to: day(a + b + c + 1) }));
  const amount = (v: { amount: { value: string } }) => parseDecimal(v.amount.value);

  it('valid at end = valid at start + new − ended, in count and capital', () => {
    fc.assert(
      fc.property(projectsArb, splitArb, (projects, { from, to }) => {
        const flows = periodFlows(projects, { from, to });
        for (const f of [flows.FDI, flows.DDI]) {
          expect(f.validAtEnd.projects).toBe(f.validAtStart.projects + f.new.projects - f.ended.projects);
          const expected = sub(
            add(add(amount(f.validAtStart), amount(f.new)), sub(amount(f.increased), amount(f.decreased))),
            amount(f.ended),
          );
          expect(formatDecimal(amount(f.validAtEnd))).toBe(formatDecimal(expected));
        }
      }),
    );
  });

  it('for any split of a period, the parts chain and add up to the whole', () => {
    fc.assert(
      fc.property(projectsArb, splitArb, (projects, { from, mid, to }) => {
        const whole = periodFlows(projects, { from, to });
        const first = periodFlows(projects, { from, to: mid });
        const second = periodFlows(projects, { from: addDays(mid, 1), to });
        for (const origin of ['FDI', 'DDI'] as const) {
          const [w, a, b] = [whole[origin], first[origin], second[origin]];
          expect(b.validAtStart).toEqual(a.validAtEnd);
          expect(w.validAtStart).toEqual(a.validAtStart);
          expect(w.validAtEnd).toEqual(b.validAtEnd);
          expect(w.validAtEnd.projects).toBe(
            a.validAtStart.projects + a.new.projects + b.new.projects - a.ended.projects - b.ended.projects,
          );
          expect(w.new.projects).toBe(a.new.projects + b.new.projects);
          expect(w.ended.projects).toBe(a.ended.projects + b.ended.projects);
          expect(formatDecimal(amount(w.new))).toBe(formatDecimal(add(amount(a.new), amount(b.new))));
          expect(formatDecimal(amount(w.ended))).toBe(formatDecimal(add(amount(a.ended), amount(b.ended))));
        }
      }),
    );
  });

  it('gross and net adjustments differ in counts, never in the net change', () => {
    fc.assert(
      fc.property(projectsArb, splitArb, (projects, { from, to }) => {
        const gross = periodFlows(projects, { from, to });
        const net = periodFlows(projects, { from, to }, { adjustments: 'net' });
        for (const origin of ['FDI', 'DDI'] as const) {
          const change = (f: OriginFlows) => formatDecimal(sub(amount(f.increased), amount(f.decreased)));
          expect(change(net[origin])).toBe(change(gross[origin]));
          expect(net[origin].increased.projects + net[origin].decreased.projects).toBeLessThanOrEqual(
            gross[origin].increased.projects + gross[origin].decreased.projects,
          );
        }
      }),
    );
  });
});
