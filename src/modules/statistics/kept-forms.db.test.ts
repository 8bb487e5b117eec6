/**
 * Kept list forms (kept-forms.ts, migration 0028): a page read from the kept form is exactly the
 * same page of the form computed whole, at any page size and alignment; a form is computed once
 * and then read; every kind of write that can change it drops it in its own transaction (its
 * units' or, for the country, any unit's; from its day on; the tables only forms read, every kept
 * form), and a build that a write overtakes stores nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../test/support/app';
import { loadDemoCountry } from '../../demo/load-country';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/client';
import type { FormRow, FormTable } from './contract';
import { rowsOf } from './facts/sql';
import { auditedWrite } from './facts/writes.test-support';
import { type KeptFormKey, keptFormPage, pageOf } from './kept-forms';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');

let t: TestContext;
let ministry: Session;
let board: Session;
let otherBoard: Session;

beforeAll(async () => {
  t = await createTestContext({ clock });
  await loadDemoCountry(t.database.db, {
    seed: 11,
    scale: 0.1,
    today: TODAY,
    clock,
    reports: { annualFrom: 2025, quarterlyFrom: 2026 },
  });
  await t.addUser('kept.bo', 'ministry');
  await t.addUser('kept.hcm', 'board_officer', { provinceCode: '79' });
  await t.addUser('kept.hn', 'board_officer', { provinceCode: '01' });
  ministry = await t.signIn('kept.bo');
  board = await t.signIn('kept.hcm');
  otherBoard = await t.signIn('kept.hn');
}, 300_000);
afterAll(() => t?.close());

const db = () => t.database.db;

/** A synthetic form: a long section and a short one, each with a total row. */
function table(version: string, long = 250, short = 4): FormTable {
  const rows = (section: string, n: number): FormRow[] =>
    Array.from({ length: n }, (_, i) => ({
      key: `${section}${i}`,
      label: null,
      level: 1,
      cells: { name: { value: `${section} ${i} ${version}` }, value: { value: String(i), drill: `${section}:${i}` } },
    }));
  const total = (n: number): FormRow => ({
    key: 'total',
    label: null,
    level: 0,
    cells: { value: { value: String(n) } },
  });
  return {
    code: '2113',
    fullCode: '2113.H.QLKKT',
    title: { vi: 'Biểu thử', en: 'Test form' },
    period: '2025',
    periodLabel: { vi: 'Năm 2025', en: 'Year 2025' },
    from: '2025-01-01',
    to: '2025-12-31',
    scope: { kind: 'country' },
    landscape: true,
    notes: [{ vi: 'Ghi chú', en: 'Note' }],
    sections: [
      { key: 'long', title: null, columns: [], rows: rows('a', long), total: total(long) },
      {
        key: 'short',
        title: { vi: 'Nhóm II', en: 'Group II' },
        columns: [],
        rows: rows('b', short),
        total: total(short),
      },
    ],
    computedAt: '2026-11-26T03:00:00.000Z',
  };
}

let keyNo = 0;
function keyOf(units: string[] | null, periodEnd = '2025-12-31'): KeptFormKey {
  keyNo += 1;
  return { form: `T${keyNo}`, period: '2025', scopeKey: units ? `p${keyNo}` : 'country', units, periodEnd };
}

/** A compute that counts its calls, optionally doing something (a write) while it runs. */
function counting(make: () => FormTable, during?: () => Promise<void>) {
  const c = {
    calls: 0,
    compute: async () => {
      c.calls += 1;
      if (during) await during();
      return make();
    },
  };
  return c;
}

const invalidate = (unit: string, day: string) =>
  db().execute(sql`select invalidate_statistics_unit_sums(array[${unit}]::text[], array[${day}::date])`);

const audited = (statement: ReturnType<typeof sql>) =>
  auditedWrite(t, 'kept-forms test', (tx) => tx.execute(statement));

const isKept = async (key: KeptFormKey) =>
  (
    await rowsOf(
      db(),
      sql`select 1 from statistics_kept_forms where form = ${key.form} and scope_key = ${key.scopeKey} and header is not null`,
    )
  ).length === 1;

describe('keptFormPage', () => {
  it('computes once, then reads every page, aligned or not, exactly as the whole form cut', async () => {
    const key = keyOf(null);
    const c = counting(() => table('v1'));
    const whole = table('v1');
    for (const page of [
      { page: 1, pageSize: 100 },
      { page: 3, pageSize: 100 },
      { page: 4, pageSize: 30 },
      { page: 2, pageSize: 170 },
      { page: 1, pageSize: 500 },
      { page: 9, pageSize: 100 },
    ]) {
      const got = await keptFormPage(db(), key, page, c.compute);
      expect(got).toEqual(pageOf(whole, page));
    }
    expect(c.calls).toBe(1);
    const p4 = await keptFormPage(db(), key, { page: 4, pageSize: 30 }, c.compute);
    expect(p4.sections[0]!.rows.map((r) => r.key)).toEqual(Array.from({ length: 30 }, (_, i) => `a${90 + i}`));
    expect(p4.sections[0]!.rowCount).toBe(250);
    // The short section comes whole on every page, and every section keeps its total.
    expect(p4.sections[1]!.rows).toHaveLength(4);
    expect(p4.sections.map((s) => s.total?.cells.value?.value)).toEqual(['250', '4']);
    expect(p4.paging).toEqual({ page: 4, pageSize: 30 });
  });

  it('is dropped by a write in one of its units from its period end back, and computed again', async () => {
    const key = keyOf(['34:79', '63:79', '63:74']);
    const c = counting(() => table(`v${c.calls}`));
    const page = { page: 2, pageSize: 100 };
    await keptFormPage(db(), key, page, c.compute);
    await invalidate('63:01', '2020-01-01');
    await invalidate('63:74', '2026-01-01');
    await keptFormPage(db(), key, page, c.compute);
    expect(c.calls).toBe(1);
    await invalidate('63:74', '2025-12-31');
    expect(await isKept(key)).toBe(false);
    const again = await keptFormPage(db(), key, page, c.compute);
    expect(c.calls).toBe(2);
    expect(again.sections[0]!.rows[0]!.cells.name!.value).toBe('a 100 v2');
  });

  it('keeps a country form until a write in any unit', async () => {
    const key = keyOf(null);
    const c = counting(() => table('v'));
    await keptFormPage(db(), key, { page: 1, pageSize: 100 }, c.compute);
    await invalidate('63:96', '2025-06-30');
    expect(await isKept(key)).toBe(false);
  });

  it('stores nothing when a write overtakes the build, and computes afresh on the next read', async () => {
    const key = keyOf(['34:01']);
    const c = counting(
      () => table(`v${c.calls}`),
      async () => {
        if (c.calls === 1) await invalidate('34:01', '2025-01-01');
      },
    );
    const first = await keptFormPage(db(), key, { page: 1, pageSize: 100 }, c.compute);
    expect(first.sections[0]!.rows[0]!.cells.name!.value).toBe('a 0 v1');
    expect(await isKept(key)).toBe(false);
    const second = await keptFormPage(db(), key, { page: 1, pageSize: 100 }, c.compute);
    expect(c.calls).toBe(2);
    expect(second.sections[0]!.rows[0]!.cells.name!.value).toBe('a 0 v2');
    expect(await isKept(key)).toBe(true);
  });

  /** A write held open (its locks taken) while a read of the form starts: the read computes after it commits. */
  async function expectBuildWaitsFor(units: string[], write: (tx: Tx) => Promise<unknown>) {
    const key = keyOf(units);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked!: () => void;
    const lockTaken = new Promise<void>((r) => {
      locked = r;
    });
    const order: string[] = [];
    const writing = db().transaction(async (tx) => {
      await write(tx);
      await recordAudit(tx, systemActor('test'), { action: 'test.write', entityType: 'test', after: {} });
      locked();
      await held;
      order.push('write commits');
    });
    await lockTaken;
    const c = counting(() => {
      order.push('compute');
      return table('v');
    });
    const read = keptFormPage(db(), key, { page: 1, pageSize: 100 }, c.compute);
    await new Promise((r) => setTimeout(r, 150));
    release();
    await Promise.all([writing, read]);
    expect(order).toEqual(['write commits', 'compute']);
    expect(await isKept(key)).toBe(true);
  }

  it('waits for a write in progress on its units before it computes', async () => {
    await expectBuildWaitsFor(['34:48'], (tx) =>
      tx.execute(sql`select invalidate_statistics_unit_sums(array['34:48']::text[], array['2020-01-01'::date])`),
    );
  });

  it('waits for a write in progress on a table only forms read, whatever its units', async () => {
    await expectBuildWaitsFor(['34:48'], (tx) =>
      tx.execute(sql`update exchange_rates set rate = rate where id = (select id from exchange_rates limit 1)`),
    );
  });

  it('is dropped by a write to a table only forms read, and by an enterprise renamed, not otherwise edited', async () => {
    const keep = async () => {
      const key = keyOf(['34:01']);
      await keptFormPage(db(), key, { page: 1, pageSize: 100 }, async () => table('v'));
      expect(await isKept(key)).toBe(true);
      return key;
    };
    const progress = await keep();
    await audited(
      sql`update park_infrastructure_progress set completion_pct = completion_pct
          where park_id = (select park_id from park_infrastructure_progress limit 1)`,
    );
    expect(await isKept(progress)).toBe(false);
    const rate = await keep();
    await audited(sql`update exchange_rates set rate = rate where id = (select id from exchange_rates limit 1)`);
    expect(await isKept(rate)).toBe(false);
    const other = await keep();
    await audited(
      sql`update enterprises set name_foreign = coalesce(name_foreign, '') || ' ' where id = (select id from enterprises limit 1)`,
    );
    expect(await isKept(other)).toBe(true);
    await audited(
      sql`update enterprises set name_vi = name_vi || ' (mới)' where id = (select id from enterprises limit 1)`,
    );
    expect(await isKept(other)).toBe(false);
  });
});

/** The whole form and its pages over HTTP, as the web reads them. */
async function getForm(s: Session, url: string): Promise<FormTable> {
  const res = await s.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FormTable;
}

async function expectPagesOfWhole(s: Session, code: string, query: string, pageSize: number) {
  const whole = await getForm(s, `/api/statistics/forms/${code}?${query}`);
  const count = Math.max(...whole.sections.map((x) => x.rows.length));
  expect(count).toBeGreaterThan(pageSize);
  for (let page = 1; (page - 1) * pageSize < count; page++) {
    const got = await getForm(s, `/api/statistics/forms/${code}?${query}&page=${page}&pageSize=${pageSize}`);
    const want = pageOf(whole, { page, pageSize });
    // Kept rows come back from jsonb, whose objects keep no key order: compare values, not text.
    expect(isDeepStrictEqual({ ...got, computedAt: '' }, { ...want, computedAt: '' })).toBe(true);
  }
}

describe('GET /api/statistics/forms/:code?page=', () => {
  it('gives every page of the country list forms exactly as the whole form cut', async () => {
    for (const code of ['2103', '2104', '2113', '2115']) await expectPagesOfWhole(ministry, code, 'period=2025', 10);
  }, 120_000);

  it("gives a Board its province's pages, and refuses it another province's", async () => {
    await expectPagesOfWhole(board, '2115', 'period=2025', 10);
    const refused = await otherBoard.inject({
      method: 'GET',
      url: '/api/statistics/forms/2115?period=2025&province=79&page=1',
    });
    expect(refused.statusCode).toBe(403);
  }, 60_000);

  it('shows an accepted report in the next page read', async () => {
    const url = '/api/statistics/forms/2104?period=2026-Q2&page=1&pageSize=10';
    const before = await getForm(ministry, url);
    const [report] = await rowsOf(
      db(),
      sql`select r.id from reports r join projects p on p.id = r.project_id
          where r.status = 'accepted' and r.period = '2026-Q2' and p.park_id is not null
            and p.type = 'production_business' limit 1`,
    );
    await auditedWrite(t, 'kept-forms test: revenue corrected', (tx) =>
      tx.execute(sql`update reports set revenue = coalesce(revenue, 0) + 1000000000000 where id = ${report!.id}`),
    );
    const after = await getForm(ministry, url);
    expect(after.sections[0]!.total).not.toEqual(before.sections[0]!.total);
    const whole = await getForm(ministry, '/api/statistics/forms/2104?period=2026-Q2');
    expect(isDeepStrictEqual(after.sections[0]!.total, whole.sections[0]!.total)).toBe(true);
  }, 60_000);

  it('answers 400 in both languages for a page size out of range', async () => {
    const res = await ministry.inject({
      method: 'GET',
      url: '/api/statistics/forms/2104?period=2025&page=1&pageSize=5',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['querystring.pageSize']).toBeDefined();
  });
});
