import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { App } from '../app';
import { todayInVietnam } from '../kernel/format';
import { seedEcoDemo } from '../modules/eco/demo/seed-eco-demo';
import { systemActor } from '../platform/auth/actor';
import type { Db } from '../platform/db/client';
import { industrialParks, projects } from '../platform/db/schema';
import { DEMO_ACCOUNTS } from './accounts';
import type { ReportDetail } from './country/reports';
import { seedEmulationDemo } from './emulation';
import { seedEmulationAwardsDemo } from './emulation-awards';
import { type LoadProgress, type LoadResult, loadDemoCountry, registryIsEmpty } from './load-country';
import { loadDemoDossiers } from './onestop/load-dossiers';

export type DemoOptions = {
  /** False: only the accounts (test servers that record their own registry data). */
  country?: boolean;
  /**
   * False: the country and the accounts without the other modules' demos (emulation blocks and
   * awards, one-stop dossiers, the symbiosis exchange): tests of the registry and the statistics,
   * which would otherwise spend most of their setup on data they never read.
   */
  modules?: boolean;
  seed?: number;
  scale?: number;
  clock?: () => Date;
  onProgress?: (p: LoadProgress) => void;
  /** Which years get enterprise reports (default: the last five years, quarterly for the latest). */
  reports?: ReportDetail;
};

export type DemoSeedResult = { country: LoadResult | null; accountsCreated: boolean };

/** The demo Board is Hà Nội's; its developer and enterprise accounts get records there. */
const DEMO_PROVINCE = '01';

async function demoEnterprises(app: App, db: Db) {
  const units = await app.services.geo.unitIdsIn(DEMO_PROVINCE);
  const parks = await db
    .select({ id: industrialParks.id, developer: industrialParks.developerEnterpriseId })
    .from(industrialParks)
    .where(and(inArray(industrialParks.adminUnitId, units), isNotNull(industrialParks.developerEnterpriseId)))
    .orderBy(asc(industrialParks.code));
  const developer = parks[0]?.developer ?? null;
  const [tenant] = parks.length
    ? await db
        .select({ id: projects.enterpriseId })
        .from(projects)
        .where(
          and(
            inArray(
              projects.parkId,
              parks.map((p) => p.id),
            ),
            eq(projects.type, 'production_business'),
            eq(projects.statusCache, 'valid'),
          ),
        )
        .orderBy(asc(projects.projectCode))
        .limit(1)
    : [];
  return { developer, tenant: tenant?.id ?? null };
}

/**
 * The demo dataset: the synthetic country into an empty registry (`iza seed demo`, and `npm start`
 * on an empty database), then one account per role when there are no users yet.
 */
export async function seedDemo(app: App, db: Db, options: DemoOptions = {}): Promise<DemoSeedResult> {
  const clock = options.clock ?? (() => new Date());
  const country =
    options.country !== false && (await registryIsEmpty(db))
      ? await loadDemoCountry(db, {
          today: todayInVietnam(clock()),
          clock,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          ...(options.scale === undefined ? {} : { scale: options.scale }),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(options.reports ? { reports: options.reports } : {}),
        })
      : null;

  const modules = options.country !== false && options.modules !== false;
  const phase = (name: string) => options.onProgress?.({ phase: name, done: 0, total: 0 });
  // Five years of emulation blocks, pacts and Club conferences (skipped when already there).
  if (modules) {
    phase('thi đua – khen thưởng / emulation and awards');
    await seedEmulationDemo(app, db, { today: todayInVietnam(clock()), seed: country?.seed ?? options.seed ?? 1 });
    await seedEmulationAwardsDemo(app, db, {
      today: todayInVietnam(clock()),
      seed: country?.seed ?? options.seed ?? 1,
    });
  }

  const auth = app.services.auth;
  const accountsCreated = (await auth.countUsers()) === 0;
  if (accountsCreated) {
    const { developer, tenant } = await demoEnterprises(app, db);
    const actor = systemActor('demo-seed');
    for (const account of DEMO_ACCOUNTS) {
      const enterpriseId = account.role === 'developer' ? developer : account.role === 'enterprise' ? tenant : null;
      await auth.createUser(actor, { ...account, ...(enterpriseId ? { enterpriseId } : {}) });
    }
  }
  // Two years of one-stop dossiers on the legal clock (skipped when already there), after the
  // accounts so that the demo Board's officers hold them.
  if (modules) {
    phase('hồ sơ một cửa / one-stop dossiers');
    await loadDemoDossiers(app, db, {
      now: clock(),
      seed: country?.seed ?? options.seed ?? 2026,
      scale: country?.scale ?? options.scale ?? 1,
    });
    // The symbiosis exchange, RECP and deals in the pilot eco-parks' provinces (skipped when already there).
    const { eco, zones, investment } = app.services;
    phase('sàn cộng sinh, KCN sinh thái / symbiosis exchange and eco-parks');
    await seedEcoDemo({ db, eco, zones, investment, clock }, { seed: country?.seed ?? options.seed ?? 6 });
  }
  return { country, accountsCreated };
}

export function describeDemoAccounts(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  return DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(width)}  ${a.password.padEnd(14)}  ${a.role}`).join('\n');
}

/** "Đã nạp dữ liệu mẫu: 480 KCN, …" for the console. */
export function describeLoad(r: LoadResult): string {
  const n = (k: string) => (r.counts[k] ?? 0).toLocaleString('vi-VN');
  return (
    `Dữ liệu mẫu (seed ${r.seed}, quy mô ${r.scale}, đến ngày ${r.today}) / demo country loaded in ${(r.milliseconds / 1000).toFixed(1)} s: ` +
    `${n('economicZones')} KKT, ${n('parks')} KCN, ${n('enterprises')} doanh nghiệp, ${n('investors')} nhà đầu tư, ` +
    `${n('projects')} dự án, ${n('certificateEvents')} sự kiện GCNĐKĐT, ${n('reports')} báo cáo định kỳ của doanh nghiệp`
  );
}

export function describeProgress(p: LoadProgress): string {
  return p.total
    ? `  … ${p.phase}: ${p.done.toLocaleString('vi-VN')}/${p.total.toLocaleString('vi-VN')}`
    : `  … ${p.phase}`;
}
