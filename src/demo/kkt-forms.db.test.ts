import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/support/app';
import { generateDemoCountry } from './country/index';
import { uuidOf } from './country-rows';
import { seedDemo } from './seed';

/**
 * The demo country fills the KKT forms: Biểu 2111 (the KKTs' own infrastructure projects) and
 * 2112 (special zones with their projects and wastewater plants) for the last closed year, and
 * the charter-capital columns of 2115, read through the statistics API (read-only).
 */
const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const OPTIONS = { seed: 7, scale: 0.05, today: TODAY };
const LAST_YEAR = '2025';

type Cell = { value: string | null };
type Section = {
  key: string;
  rows: { key: string; cells: Record<string, Cell> }[];
  total?: { cells: Record<string, Cell> };
};
type Form = { sections: Section[] };

describe('demo KKT forms', () => {
  let ctx: TestContext;
  let ministry: Session;
  const country = generateDemoCountry(OPTIONS);

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    await seedDemo(ctx.app, ctx.database.db, { seed: OPTIONS.seed, scale: OPTIONS.scale, clock, modules: false });
    await ctx.addUser('bo.kkt', 'ministry');
    ministry = await ctx.signIn('bo.kkt');
  });
  afterAll(() => ctx?.close());

  const form = async (code: string, period = LAST_YEAR): Promise<Form> => {
    const res = await ministry.inject({ method: 'GET', url: `/api/statistics/forms/${code}?period=${period}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const positive = (v: string | null | undefined) => v !== null && v !== undefined && Number(v) > 0;

  it('writes the special zones with their statuses, areas and plants', async () => {
    const [row] = await ctx.database.query<{ zones: number; statuses: number; areas: number; plants: number }>(
      `select (select count(*)::int from special_zones) as zones,
              (select count(*)::int from special_zone_statuses) as statuses,
              (select count(*)::int from special_zone_areas) as areas,
              (select count(*)::int from special_zone_wastewater) as plants`,
    );
    expect(row!.zones).toBe(country.counts.specialZones);
    expect(row!.statuses).toBeGreaterThanOrEqual(row!.zones);
    expect(row!.areas).toBeGreaterThanOrEqual(2 * row!.zones);
    expect(row!.plants).toBeGreaterThan(0);
    const special = country.specialZones.find((s) => s.wastewater.length > 0)!;
    const kkt = await ministry.inject({ method: 'GET', url: `/api/zones/${uuidOf(special.zoneId)}` });
    expect(kkt.statusCode, kkt.body).toBe(200);
    const found = kkt.json().specialZones.find((s: { code: string }) => s.code === special.code);
    expect(found.name).toBe(special.name);
  });

  it('Biểu 2111 lists the KKTs’ own infrastructure projects valid at the end of the last closed year', async () => {
    const rows = (await form('2111')).sections.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(0);
    const money = ['c13', 'c15'];
    expect(rows.some((r) => money.some((c) => positive(r.cells[c]?.value)))).toBe(true);
    expect(rows.some((r) => positive(r.cells.c11?.value))).toBe(true);
  });

  it('Biểu 2112 lists special zones operating and under construction, with projects and plants', async () => {
    const sections = (await form('2112')).sections;
    const rows = sections.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => positive(r.cells.c5?.value))).toBe(true);
    expect(rows.some((r) => positive(r.cells.c8?.value) || positive(r.cells.c16?.value))).toBe(true);
    expect(rows.some((r) => positive(r.cells.c25?.value))).toBe(true);
  });

  it('Biểu 2115 carries charter-capital changes from the demo certificates', async () => {
    const rows = (await form('2115')).sections.flatMap((s) => s.rows);
    expect(rows.some((r) => positive(r.cells.charterUp?.value))).toBe(true);
  });
});
