/**
 * The forms computed from SQL totals (facts/totals.ts) give every cell the value its records give
 * (the drill), on a small demo country: revocations, adjustments, both currencies, quarterly and
 * annual reports, a Board scope and the whole country. The hand-built fixtures of the other tests
 * prove the figures; this one proves the two paths agree on realistic data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/support/app';
import { loadDemoCountry } from '../../../demo/load-country';
import { add, type Decimal, parseDecimal, ZERO } from '../../../kernel/decimal';
import { parsePeriod } from '../../../kernel/period';
import {
  completenessAggregates,
  factContext,
  fdiSliceAggregates,
  namedRateOn,
  periodAggregates,
} from '../../insights/aggregates';
import { everyUnit, figureValues } from '../../insights/figures';
import type { FormSection } from '../contract';
import { realisedTo, validProjects } from '../facts/registry';
import { latestReports, periodReports } from '../facts/reports';
import type { FormContext, FormDefinition } from './definition';
import { compute2101FromRecords, F2101 } from './f2101';
import { F2104 } from './f2104';
import { F2106 } from './f2106';
import { compute2109FromRecords, F2109 } from './f2109';
import { compute2112FromRecords, FORM_2112 } from './f2112';
import { compute2113FromRecords, F2113 } from './f2113';
import { compute2114FromRecords, F2114 } from './f2114';
import { contextFor } from './project-forms.test-support';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');

let t: TestContext;
let boardUnits: string[];
let specialZoneUnits: string[];

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, {
    seed: 5,
    scale: 0.03,
    today: TODAY,
    clock,
    reports: { annualFrom: 2024, quarterlyFrom: 2025 },
  });
  // The unit with the most projects in parks.
  const [top] = await t.database.query<{ unit: string }>(
    `select pk.admin_unit_id as unit from projects p join industrial_parks pk on pk.id = p.park_id
     group by pk.admin_unit_id order by count(*) desc, pk.admin_unit_id limit 1`,
  );
  boardUnits = [top!.unit];
  // The unit with the most projects in special zones (2112).
  const [zoned] = await t.database.query<{ unit: string }>(
    `select z.admin_unit_id as unit from projects p join special_zones s on s.id = p.special_zone_id
     join economic_zones z on z.id = s.zone_id group by z.admin_unit_id order by count(*) desc, z.admin_unit_id limit 1`,
  );
  specialZoneUnits = [zoned!.unit];
}, 300_000);
afterAll(() => t?.close());

/**
 * Opens the total row's cells and the first rows' cells (those of `columns` only, when given) and
 * compares each drill's value with the cell's.
 */
async function agree(
  form: FormDefinition,
  ctx: FormContext,
  rowsPerSection: number,
  columns?: readonly string[],
): Promise<number> {
  const sections: FormSection[] = await form.compute(ctx);
  let n = 0;
  for (const s of sections) {
    for (const row of [...s.rows.slice(0, rowsPerSection), ...(s.total ? [s.total] : [])]) {
      for (const [column, cell] of Object.entries(row.cells)) {
        if (!cell.drill || (columns && !columns.includes(column))) continue;
        const d = await form.drill(ctx, cell.drill, { page: 1, pageSize: 1 });
        expect(d.cellValue, `${form.code} ${cell.drill}`).toBe(cell.value);
        n += 1;
      }
    }
  }
  return n;
}

describe('forms from SQL totals agree with their records', () => {
  for (const period of ['2025', '2026-Q3']) {
    it(`Biểu 2101, 2104, 2106 for ${period}, whole country and one Board`, async () => {
      for (const unitIds of [null, boardUnits]) {
        const ctx = contextFor(t, period, unitIds);
        const opened = [
          await agree(F2101, ctx, 100, ['outside', 'total']),
          await agree(F2104, ctx, 2),
          await agree(F2106, ctx, 2),
        ];
        // 2101: 2 columns of its 13 FDI and 13 DDI rows and 4 summary rows; 2104: 18 columns of 2 parks
        // (the Board's province has one) and the total; 2106: 4 columns of the same parks and the total.
        expect(opened).toEqual(unitIds === null ? [60, 54, 12] : [60, 36, 8]);
        // Every 2101 cell, not only the opened ones: the event and report totals are the records' sums.
        expect(await F2101.compute(ctx)).toEqual(await compute2101FromRecords(ctx));
      }
    }, 300_000);
  }

  it('Biểu 2114 from partner totals is the form its records build, for a quarter and a year, country and Board', async () => {
    let rows = 0;
    for (const period of ['2025', '2026-Q3']) {
      for (const unitIds of [null, boardUnits]) {
        const ctx = contextFor(t, period, unitIds);
        const fast = await F2114.compute(ctx);
        expect(fast).toEqual(await compute2114FromRecords(ctx));
        rows += fast[0]!.rows.length;
        await agree(F2114, ctx, 2);
      }
    }
    expect(rows).toBeGreaterThan(8);
  }, 300_000);

  it('Biểu 2109 from KKT totals is the form its records build, for a quarter and a year, country and Board', async () => {
    let filled = 0;
    for (const period of ['2025', '2026-Q3']) {
      for (const unitIds of [null, boardUnits]) {
        const ctx = contextFor(t, period, unitIds);
        const fast = await F2109.compute(ctx);
        expect(fast).toEqual(await compute2109FromRecords(ctx));
        filled += fast
          .flatMap((x) => x.rows)
          .filter((r) => Object.values(r.cells).some((c) => c.drill && c.value !== '0')).length;
      }
    }
    expect(filled).toBeGreaterThan(20);
  }, 300_000);

  it('Biểu 2112 from the sums per special zone is the form its records build, for a quarter and a year, country and Board', async () => {
    const filled = new Set<string>();
    for (const period of ['2025', '2026-Q3']) {
      for (const unitIds of [null, specialZoneUnits]) {
        const ctx = contextFor(t, period, unitIds);
        const fast = await FORM_2112.compute(ctx);
        expect(fast).toEqual(await compute2112FromRecords(ctx));
        for (const c of Object.entries(fast.at(-1)!.total!.cells))
          if (c[1].value && c[1].value !== '0') filled.add(c[0]);
      }
    }
    // Areas, both origins' projects, capital, realised capital, reports' figures and workers.
    for (const column of ['c5', 'c8', 'c9', 'c11', 'c12', 'c13', 'c16', 'c17', 'c20', 'c23', 'c27']) {
      expect(filled, column).toContain(column);
    }
  }, 300_000);

  it('Biểu 2113 from one read of its rows is the form its records build, for a quarter and a year, country and Board', async () => {
    let rows = 0;
    for (const period of ['2025', '2026-Q3']) {
      for (const unitIds of [null, boardUnits]) {
        const ctx = contextFor(t, period, unitIds);
        const fast = await F2113.compute(ctx);
        expect(fast).toEqual(await compute2113FromRecords(ctx));
        rows += fast[0]!.rows.length;
      }
    }
    expect(rows).toBeGreaterThan(4);
  }, 300_000);

  it('has the data to disagree on: revenue in both currencies and projects ended before the period', async () => {
    const [row] = await t.database.query<{ usd: number; vnd: number; ended: number }>(
      `select (select count(*) from reports where status = 'accepted' and currency = 'USD' and revenue > 0)::int as usd,
              (select count(*) from reports where status = 'accepted' and currency = 'VND' and revenue > 0)::int as vnd,
              (select count(*) from certificate_events where kind in ('revoked', 'terminated') and date < '2025-07-01')::int as ended`,
    );
    expect(row!.usd).toBeGreaterThan(0);
    expect(row!.vnd).toBeGreaterThan(0);
    expect(row!.ended).toBeGreaterThan(0);
  });
});

/** The insights figures from the record facts, added up here one record at a time. */
async function figuresFromRecords(period: string) {
  const p = parsePeriod(period);
  const ctx = factContext(t.database.db, p);
  const rate = (await namedRateOn(t.database.db, ctx.to))?.rate ?? null;
  const [valid, realised, flows, stock] = await Promise.all([
    validProjects(ctx, rate),
    realisedTo(ctx, rate),
    periodReports(ctx),
    latestReports(ctx),
  ]);
  const sum = <T>(xs: readonly T[], pick: (x: T) => string | number | null): Decimal =>
    xs.reduce((a, x) => {
      const v = pick(x);
      return v === null ? a : add(a, parseDecimal(String(v)));
    }, ZERO);
  const fdi = valid.filter((v) => v.origin === 'FDI');
  const ddi = valid.filter((v) => v.origin === 'DDI');
  return {
    fdiCount: fdi.length,
    ddiCount: ddi.length,
    fdiUsd: sum(fdi, (v) => v.usd),
    ddiVnd: sum(ddi, (v) => v.vnd),
    realisedUsd: sum(fdi, (v) => realised.get(v.projectId)?.usd ?? null),
    realisedVnd: sum(ddi, (v) => realised.get(v.projectId)?.vnd ?? null),
    revenueUsd: sum(
      flows.filter((r) => r.currency === 'USD'),
      (r) => r.revenue,
    ),
    exportUsd: sum(flows, (r) => r.exportUsd),
    budgetVnd: sum(flows, (r) => r.budgetVnd),
    reports: flows.length,
    workers: sum(stock, (r) => (r.workersDomestic ?? 0) + (r.workersForeign ?? 0)),
  };
}

describe('insights figures from SQL totals agree with the records', () => {
  for (const period of ['2025', '2026-Q3']) {
    it(`the whole country, ${period}`, async () => {
      const p = parsePeriod(period);
      const a = await periodAggregates(t.database.db, p);
      const f = figureValues(a, everyUnit);
      const r = await figuresFromRecords(period);
      const million = parseDecimal('1000000');
      const billion = parseDecimal('1000000000');
      const inUnit = (v: Decimal, unit: Decimal) => (Number(v) / Number(unit)).toFixed(4);
      const shown = (v: Decimal | null) => (v === null ? null : (Number(v) / 1_000_000).toFixed(4));
      expect({
        fdi: Number(f['valid.FDI.count']) / 1_000_000,
        ddi: Number(f['valid.DDI.count']) / 1_000_000,
        fdiCapital: shown(f['valid.FDI.capital']),
        ddiCapital: shown(f['valid.DDI.capital']),
        realisedFdi: shown(f['realised.FDI']),
        realisedDdi: shown(f['realised.DDI']),
        revenueFdi: shown(f['revenue.FDI']),
        export: shown(f.export),
        budget: shown(f.budget),
        reports: Number(f['reports.accepted']) / 1_000_000,
        workers: Number(f.workers) / 1_000_000,
      }).toEqual({
        fdi: r.fdiCount,
        ddi: r.ddiCount,
        fdiCapital: inUnit(r.fdiUsd, million),
        ddiCapital: inUnit(r.ddiVnd, billion),
        realisedFdi: inUnit(r.realisedUsd, million),
        realisedDdi: inUnit(r.realisedVnd, billion),
        revenueFdi: inUnit(r.revenueUsd, million),
        export: inUnit(r.exportUsd, million),
        budget: inUnit(r.budgetVnd, billion),
        reports: r.reports,
        workers: Number(r.workers) / 1_000_000,
      });
      expect(r.fdiCount).toBeGreaterThan(0);
      expect(r.reports).toBeGreaterThan(0);
    });
  }
});

describe('the dashboard’s completeness and FDI slices from SQL agree with the records', () => {
  it('per unit for 2026-Q3 (deadline 10/10/2026, seen on 26/11/2026)', async () => {
    const p = parsePeriod('2026-Q3');
    const ctx = factContext(t.database.db, p);
    const rate = (await namedRateOn(t.database.db, ctx.to))?.rate ?? null;
    const valid = await validProjects(ctx, rate);
    const reports = await t.database.query<{
      project_id: string;
      status: string;
      filed: boolean;
      first: string | null;
    }>(
      `select project_id, status, ever_submitted as filed,
              (first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as first
       from reports where type_id = 'quarterly_implementation' and period = '2026-Q3'`,
    );
    const byProject = new Map(reports.map((r) => [r.project_id, r]));
    const expected = new Map<string, { expected: number; filed: number; accepted: number; late: number }>();
    for (const v of valid) {
      const c = expected.get(v.unitId ?? '') ?? { expected: 0, filed: 0, accepted: 0, late: 0 };
      const r = byProject.get(v.projectId);
      c.expected += 1;
      if (r?.filed) c.filed += 1;
      if (r?.status === 'accepted') c.accepted += 1;
      if (r?.filed ? r.first !== null && r.first > '2026-10-10' : TODAY > '2026-10-10') c.late += 1;
      expected.set(v.unitId ?? '', c);
    }
    const got = await completenessAggregates(t.database.db, p, '2026-10-10', TODAY);
    expect(Object.fromEntries(got.map(({ unit, ...c }) => [unit, c]))).toEqual(Object.fromEntries(expected));
    expect([...expected.values()].some((c) => c.filed > 0 && c.late > 0)).toBe(true);

    const slices = await fdiSliceAggregates(t.database.db, p, rate);
    const byPartner = (rows: Array<{ partner: string | null; projects: number; usd: string | null }>) => {
      const out = new Map<string, { projects: number; usd: Decimal }>();
      for (const r of rows) {
        const k = r.partner ?? '—';
        const acc = out.get(k) ?? { projects: 0, usd: ZERO };
        acc.projects += r.projects;
        acc.usd = add(acc.usd, parseDecimal(r.usd ?? '0'));
        out.set(k, acc);
      }
      return Object.fromEntries(out);
    };
    const fdi = valid.filter((v) => v.origin === 'FDI').map((v) => ({ partner: v.partner, projects: 1, usd: v.usd }));
    expect(byPartner(slices)).toEqual(byPartner(fdi));
    expect(slices.reduce((n, s) => n + s.projects, 0)).toBe(fdi.length);
  });
});
