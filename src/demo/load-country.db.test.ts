import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../test/support/app';
import { recordAudit } from '../platform/audit/service';
import { systemActor } from '../platform/auth/actor';
import { auditLog, enterprises, industrialParks, projects } from '../platform/db/schema';
import { generateDemoCountry } from './country/index';
import { uuidOf } from './country-rows';
import { loadDemoCountry } from './load-country';
import { seedDemo } from './seed';

const TODAY = '2026-11-26';
const clock = () => new Date('2026-11-26T03:00:00Z');
const OPTIONS = { seed: 7, scale: 0.05, today: TODAY };

describe('iza seed demo: the demo country in the registry', () => {
  let ctx: TestContext;
  let ministry: Session;
  const country = generateDemoCountry(OPTIONS);

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    const result = await seedDemo(ctx.app, ctx.database.db, {
      seed: OPTIONS.seed,
      scale: OPTIONS.scale,
      clock,
      modules: false,
    });
    expect(result.country?.counts.parks).toBe(country.counts.parks);
    await ctx.addUser('bo.test', 'ministry');
    ministry = await ctx.signIn('bo.test');
  });
  afterAll(() => ctx?.close());

  it('writes every generated record, under one audit entry that names the seed and scale', async () => {
    const db = ctx.database.db;
    const n = async (t: typeof industrialParks | typeof projects | typeof enterprises) =>
      Number((await db.select({ n: count() }).from(t))[0]!.n);
    expect(await n(industrialParks)).toBe(country.counts.parks);
    expect(await n(projects)).toBe(country.counts.projects);
    expect(await n(enterprises)).toBe(country.counts.enterprises);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'demo.load'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entityId).toBe('seed-7-scale-0.05');
  });

  it('reads a loaded park and project through the API exactly as generated', async () => {
    const park = country.parks.find((p) => p.events.length > 2)!;
    const res = await ministry.inject({ method: 'GET', url: `/api/parks/${uuidOf(park.id)}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.code).toBe(park.code);
    expect(body.status).toBe(park.status);

    const project = [...country.projects].find((p) => p.events.length > 1 && p.status === 'valid')!;
    const pr = await ministry.inject({ method: 'GET', url: `/api/projects/${uuidOf(project.id)}` });
    expect(pr.statusCode, pr.body).toBe(200);
    const detail = pr.json();
    expect(detail.projectCode).toBe(project.code);
    expect(detail.origin.origin).toBe(project.origin);
    expect(detail.certificate.status).toBe('valid');
    expect(Number(detail.certificate.registeredCapital.value)).toBe(Number(project.registeredCapital.value));
    expect(detail.certificate.registeredCapital.currency).toBe(project.currency);
    expect(detail.events).toHaveLength(project.events.length);
  });

  it('keeps the listing caches (origin, main partner) equal to the fold of each history', async () => {
    const rows = await ctx.database.db
      .select({ id: projects.id, origin: projects.originCache, partner: projects.partnerCache })
      .from(projects)
      .limit(60);
    for (const row of rows) {
      const detail = (await ministry.inject({ method: 'GET', url: `/api/projects/${row.id}` })).json();
      expect(detail.origin?.origin ?? row.origin).toBe(row.origin);
      expect(detail.mainPartner?.country ?? null).toBe(row.partner);
    }
    const korea = (await ministry.inject({ method: 'GET', url: '/api/projects?partnerCountry=KR&pageSize=5' })).json();
    expect(korea.total).toBeGreaterThan(0);
    // Realised capital is on record, so a park profile sets it against the registered capital.
    const park = country.parks.find((p) => p.status === 'operating')!;
    const profile = await ministry.inject({ method: 'GET', url: `/api/projects/profile?parkId=${uuidOf(park.id)}` });
    expect(profile.statusCode, profile.body).toBe(200);
    const body = profile.json();
    expect(Number(body.realised.fdiMillionUsd) + Number(body.realised.ddiBillionVnd)).toBeGreaterThan(0);
  });

  it('answers "which parks in the province" on either side of the 2025 merger', async () => {
    // Bắc Giang (63:24) went into the new Bắc Ninh (34:24) on 2025-07-01.
    const oldBacGiang = country.parks.filter((p) => p.historicalAdminUnitId === '63:24');
    const newBacNinh = country.parks.filter((p) => p.adminUnitId === '34:24');
    const codes = async (url: string) =>
      ((await ministry.inject({ method: 'GET', url })).json().items as { code: string }[]).map((p) => p.code).sort();
    const before = await codes('/api/parks?province=24&asOf=2025-06-30&pageSize=200');
    const after = await codes('/api/parks?province=24&asOf=2025-07-01&pageSize=200');
    expect(oldBacGiang.length).toBeGreaterThan(0);
    expect(before).toEqual(oldBacGiang.map((p) => p.code).sort());
    expect(after).toEqual(newBacNinh.map((p) => p.code).sort());
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('loads nothing twice, and nothing at all when one row fails', async () => {
    const again = await seedDemo(ctx.app, ctx.database.db, { seed: 7, scale: 0.05, clock, modules: false });
    expect(again).toEqual({ country: null, accountsCreated: false });

    const other = await createTestContext({ clock });
    try {
      const first = [...country.enterprises][0]!;
      await other.addUser('cb.test', 'ministry');
      await other.addUser('admin2', 'admin');
      // The same tax code registered by hand first: the load must fail as a whole.
      await other.database.db.transaction(async (tx) => {
        await tx.insert(enterprises).values({
          id: crypto.randomUUID(),
          taxCode: first.taxCode,
          nameVi: 'Công ty đã có',
          search: 'cong ty da co',
          adminUnitId: '34:01',
          sectors: [],
        });
        await recordAudit(tx, systemActor('test'), {
          action: 'enterprise.create',
          entityType: 'enterprise',
          entityId: first.taxCode,
        });
      });
      await expect(loadDemoCountry(other.database.db, { ...OPTIONS, clock })).rejects.toThrow();
      const parks = await other.database.db.select({ n: count() }).from(industrialParks);
      expect(Number(parks[0]!.n)).toBe(0);
      const ents = await other.database.db.select({ n: count() }).from(enterprises);
      expect(Number(ents[0]!.n)).toBe(1);
    } finally {
      await other.close();
    }
  });
});
