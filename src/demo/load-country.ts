/**
 * `iza seed demo`: writes the generated demo country into the registry tables in ONE audited
 * transaction — all or nothing, like every import. Rows go in multi-row INSERTs in batches;
 * projects stream from the generator, so scale 10 never holds the whole country in memory.
 */
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../platform/audit/service';
import { systemActor } from '../platform/auth/actor';
import type { Db, Tx } from '../platform/db/client';
import {
  certificateEvents,
  economicZoneAreas,
  economicZones,
  enterprises,
  exchangeRates,
  industrialParks,
  investors,
  parkEvents,
  parkInfrastructureProgress,
  parkLandValues,
  projectInvestors,
  projects,
  specialZoneAreas,
  specialZoneStatuses,
  specialZones,
  specialZoneWastewater,
  wastewaterPlantRecords,
  wastewaterPlants,
} from '../platform/db/schema';
import { inTransaction } from '../platform/db/transaction';
import { DEMO_LABEL, type DemoCountry, generateDemoCountry } from './country/index';
import { projectReports, type ReportDetail, reportContext } from './country/reports';
import { enterpriseRow, investorRow, parkRows, plantRows, projectRows, uuidOf, zoneRows } from './country-rows';
import { demoExchangeRates } from './exchange-rates';
import {
  ACTORS_TABLE,
  CREATE_ACTORS_SQL,
  realisedFromReportsSql,
  reportRows,
  STANDARD_EVENTS_SQL,
} from './report-rows';
import { specialZoneRows } from './special-zone-rows';

export type LoadProgress = { phase: string; done: number; total: number };

export type LoadResult = {
  seed: number;
  scale: number;
  today: string;
  counts: Record<string, number>;
  milliseconds: number;
};

/** Parameters per statement stay far below PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
/** Rows per JSON document (report-rows.ts): a few megabytes per statement. */
const MAX_JSON_ROWS = 4_000;

class Batcher {
  /** Drizzle tables take typed rows; tables named by a string take JSON rows keyed by column name. */
  private readonly pending = new Map<PgTable | string, Record<string, unknown>[]>();
  readonly counts: Record<string, number> = {};

  constructor(private readonly tx: Tx) {}

  async add(table: PgTable | string, name: string, rows: readonly Record<string, unknown>[]): Promise<void> {
    if (rows.length === 0) return;
    const list = this.pending.get(table) ?? [];
    for (const row of rows) list.push(row);
    this.pending.set(table, list);
    this.counts[name] = (this.counts[name] ?? 0) + rows.length;
    const full =
      typeof table === 'string'
        ? list.length >= MAX_JSON_ROWS
        : list.length * Object.keys(rows[0]!).length >= MAX_PARAMS;
    if (full) await this.flush(table);
  }

  /**
   * Writes the pending rows of `table` and of every table first added before it: parents are
   * always added before their children, so foreign keys find their rows.
   */
  async flush(table?: PgTable | string): Promise<void> {
    const order = [...this.pending.keys()];
    const tables = table ? order.slice(0, order.indexOf(table) + 1) : order;
    for (const t of tables) {
      const rows = this.pending.get(t);
      if (!rows?.length) continue;
      this.pending.set(t, []);
      if (typeof t !== 'string') {
        await this.tx.insert(t).values(rows as never);
        continue;
      }
      // Columns left out of the rows (reports.number) take their defaults.
      const columns = sql.raw(Object.keys(rows[0]!).join(', '));
      await this.tx.execute(
        sql`insert into ${sql.identifier(t)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.identifier(t)}, ${JSON.stringify(rows)}::json)`,
      );
    }
  }
}

/** Rows an INSERT wrote, from either driver's result (pg: rowCount; PGlite: affectedRows). */
const rowCount = (result: unknown): number => {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
};

/** Whether the registry already has records: the demo is loaded only into an empty registry. */
export async function registryIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db
    .select({
      n: sql<number>`(select count(*) from industrial_parks) + (select count(*) from projects) + (select count(*) from enterprises)`,
    })
    .from(sql`(select 1) as one`);
  return Number(row?.n ?? 0) === 0;
}

export async function loadDemoCountry(
  db: Db,
  options: {
    seed?: number;
    scale?: number;
    today: string;
    clock?: () => Date;
    onProgress?: (p: LoadProgress) => void;
    /** Which years get enterprise reports (default: country/reports.ts `defaultReportDetail`). */
    reports?: ReportDetail;
  },
): Promise<LoadResult> {
  const started = performance.now();
  const country: DemoCountry = generateDemoCountry({
    today: options.today,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.scale === undefined ? {} : { scale: options.scale }),
  });
  const at = (options.clock ?? (() => new Date()))();
  const progress = options.onProgress ?? (() => {});
  const { counts } = country;
  const reporting = reportContext(country.seed, country.today, options.reports);

  const written = await inTransaction(db, async (tx) => {
    const b = new Batcher(tx);
    await tx.execute(sql.raw(CREATE_ACTORS_SQL));
    progress({ phase: 'enterprises', done: 0, total: counts.enterprises });
    let n = 0;
    for (const e of country.enterprises) {
      await b.add(enterprises, 'enterprises', [enterpriseRow(e, at)]);
      if (++n % 5000 === 0) progress({ phase: 'enterprises', done: n, total: counts.enterprises });
    }
    await b.flush(enterprises);
    progress({ phase: 'investors', done: 0, total: counts.investors });
    for (const i of country.investors) await b.add(investors, 'investors', [investorRow(i, at)]);
    await b.flush(investors);

    progress({ phase: 'zones', done: 0, total: counts.economicZones + counts.parks });
    for (const z of country.economicZones) {
      const r = zoneRows(z, at);
      await b.add(economicZones, 'economicZones', [r.zone]);
      await b.add(economicZoneAreas, 'economicZoneAreas', r.areas);
    }
    await b.flush(economicZones);
    for (const p of country.parks) {
      const r = parkRows(p, at);
      await b.add(industrialParks, 'parks', [r.park]);
      await b.add(parkEvents, 'parkEvents', r.events);
      await b.add(parkLandValues, 'parkLandValues', r.land);
      await b.add(parkInfrastructureProgress, 'parkInfrastructureProgress', r.progress);
    }
    await b.flush(industrialParks);
    for (const w of country.wastewaterPlants) {
      const r = plantRows(w, at);
      await b.add(wastewaterPlants, 'wastewaterPlants', [r.plant]);
      await b.add(wastewaterPlantRecords, 'wastewaterPlantRecords', r.records);
    }
    for (const s of country.specialZones) {
      const r = specialZoneRows(s, at);
      await b.add(specialZones, 'specialZones', [r.zone]);
      await b.add(specialZoneStatuses, 'specialZoneStatuses', r.statuses);
      await b.add(specialZoneAreas, 'specialZoneAreas', r.areas);
      await b.add(specialZoneWastewater, 'specialZoneWastewater', r.wastewater);
    }
    await b.flush();

    // Rates before the projects: the forms convert with the State Bank rate of the period's end.
    await b.add(exchangeRates, 'exchangeRates', demoExchangeRates(country.today));
    await b.flush(exchangeRates);

    n = 0;
    progress({ phase: 'projects', done: 0, total: counts.projects });
    for (const p of country.projects) {
      const r = projectRows(p, country.today, at);
      await b.add(projects, 'projects', [r.project]);
      await b.add(certificateEvents, 'certificateEvents', r.events);
      await b.add(projectInvestors, 'projectInvestors', r.investors);
      // Realised capital: the history before the reports here, the accepted reports' figures in SQL below.
      const reported = reportRows(p, projectReports(p, reporting), country.seed);
      await b.add('realised_capital', 'realisedCapital', reported.realised);
      await b.add('reports', 'reports', reported.reports);
      await b.add('report_events', 'reportEvents', reported.events);
      await b.add(ACTORS_TABLE, 'reportActors', reported.actors);
      await b.add('report_reopenings', 'reportReopenings', reported.reopenings);
      if (++n % 5000 === 0) progress({ phase: 'projects', done: n, total: counts.projects });
    }
    await b.flush(projects);
    await b.flush();
    progress({ phase: 'report events', done: 0, total: b.counts.reportActors ?? 0 });
    const derived = await tx.execute(sql.raw(STANDARD_EVENTS_SQL));
    b.counts.reportEvents = (b.counts.reportEvents ?? 0) + rowCount(derived);
    const realised = await tx.execute(sql.raw(realisedFromReportsSql(reporting.detail.quarterlyFrom)));
    b.counts.realisedCapital = (b.counts.realisedCapital ?? 0) + rowCount(realised);
    delete b.counts.reportActors;

    // Each park names its infrastructure project once the projects exist.
    const links = country.parks.filter((p) => p.infrastructureProjectId);
    for (let k = 0; k < links.length; k += 1000) {
      const part = links.slice(k, k + 1000);
      const values = sql.join(
        part.map((p) => sql`(${uuidOf(p.id)}::uuid, ${uuidOf(p.infrastructureProjectId!)}::uuid)`),
        sql`, `,
      );
      await tx.execute(
        sql`update industrial_parks p set infrastructure_project_id = v.project from (values ${values}) as v(park, project) where p.id = v.park`,
      );
    }
    await recordAudit(tx, systemActor('demo-seed'), {
      action: 'demo.load',
      entityType: 'demo_country',
      entityId: `seed-${country.seed}-scale-${country.scale}`,
      after: { label: DEMO_LABEL, seed: country.seed, scale: country.scale, today: country.today, rows: b.counts },
    });
    progress({ phase: 'done', done: counts.projects, total: counts.projects });
    return b.counts;
  });
  return {
    seed: country.seed,
    scale: country.scale,
    today: country.today,
    counts: written,
    milliseconds: Math.round(performance.now() - started),
  };
}
