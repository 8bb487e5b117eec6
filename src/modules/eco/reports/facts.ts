/**
 * What the registry already knows for an eco report, read when the report is saved: the filer's
 * record (investment), the park's name, place and land (zones), the enterprises and workers of the
 * park (projects and their latest accepted implementation reports), RECP totals from the register
 * and symbiosis links, partners and measured impact from the exchange's operating deals.
 */
import { and, eq, sql } from 'drizzle-orm';
import { adminUnits } from '../../geo/schema';
import { operatingInYear } from '../deal-flow';
import { ecoRecpMeasures } from '../schema';
import type { DealUseCases } from '../use-cases/deals';
import { ECO_READER, type EcoDeps, enterpriseDirectory, type ParkDirectory, type ParkInfo } from '../use-cases/deps';
import type { EcoForm, Facts } from './types';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Projects of the park (of one enterprise, if given): id, name, enterprise. */
async function parkProjects(d: EcoDeps, parkId: string, enterpriseId?: string) {
  const out: { id: string; name: string; enterpriseId: string | null }[] = [];
  for (let page = 1; ; page++) {
    const res = await d.investment.findProjects(ECO_READER, {
      parkId,
      ...(enterpriseId ? { enterpriseId } : {}),
      sort: 'projectCode',
      order: 'asc',
      page,
      pageSize: 200,
    });
    for (const p of res.items) out.push({ id: p.id, name: p.name, enterpriseId: p.enterpriseId });
    if (page * 200 >= res.total) break;
  }
  return out;
}

/**
 * Workers of these projects at the end of a year: each project's latest accepted implementation
 * report whose period lies in or before the year (periods '2025', '2025-Q4' sort by text).
 */
async function workersOf(d: EcoDeps, projectIds: string[], year: number): Promise<number | null> {
  if (projectIds.length === 0) return null;
  const ids = sql.join(
    projectIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const res = (await d.db.execute(sql`
    select sum(coalesce(workers_domestic, 0) + coalesce(workers_foreign, 0))::text as total, count(*)::text as n
    from (
      select distinct on (project_id) workers_domestic, workers_foreign
      from reports
      where status = 'accepted' and project_id in (${ids}) and period <= ${`${year}-Q4`}
      order by project_id, period desc
    ) latest`)) as unknown as { rows: { total: string | null; n: string }[] };
  const row = res.rows[0];
  return row && Number(row.n) > 0 ? Number(row.total ?? 0) : null;
}

export async function reportFacts(
  d: EcoDeps,
  deals: DealUseCases,
  parks: ParkDirectory,
  input: { form: EcoForm; year: number; park: ParkInfo; enterpriseId: string },
): Promise<Facts> {
  const { form, year, park, enterpriseId } = input;
  const forPark = form.startsWith('A');
  const facts: Facts = {};
  const end = `${year}-12-31`;

  const filer = await d.investment.getEnterprise(ECO_READER, enterpriseId);
  const who = forPark ? 'developer' : 'enterprise';
  facts[`${who}.name`] = filer.nameVi;
  facts[`${who}.taxCode`] = filer.taxCode;
  if (filer.address) facts[`${who}.address`] = filer.address;
  if (filer.legalRepresentative) facts[`${who}.legalRepresentative`] = filer.legalRepresentative;

  const detail = await d.zones.getPark(ECO_READER, park.id, end);
  facts['park.name'] = detail.name;
  const [unit] = await d.db
    .select({ name: adminUnits.name })
    .from(adminUnits)
    .where(eq(adminUnits.id, detail.adminUnitId));
  facts['park.province'] = [detail.commune, unit?.name].filter(Boolean).join(', ');
  if (detail.land.established) facts['park.areaHa'] = Number(detail.land.established.value);
  if (detail.land.industrial) facts['park.industrialLandHa'] = Number(detail.land.industrial.value);

  const projects = await parkProjects(d, park.id, forPark ? undefined : enterpriseId);
  if (forPark) {
    facts['park.enterprises'] = new Set(projects.map((p) => p.enterpriseId).filter(Boolean)).size;
    const w = await workersOf(
      d,
      projects.map((p) => p.id),
      year,
    );
    if (w !== null) facts['park.workers'] = w;
  } else {
    facts['enterprise.projects'] = projects.map((p) => p.name).join('; ');
    const w = await workersOf(
      d,
      projects.map((p) => p.id),
      year,
    );
    if (w !== null) facts['enterprise.workers'] = w;
  }

  // RECP: a measure saves its yearly amounts every year from its start on (the register's rule).
  const measures = await d.db
    .select()
    .from(ecoRecpMeasures)
    .where(
      forPark
        ? eq(ecoRecpMeasures.parkId, park.id)
        : and(eq(ecoRecpMeasures.parkId, park.id), eq(ecoRecpMeasures.enterpriseId, enterpriseId)),
    );
  const before = measures.filter((m) => m.startedOn < `${year}-01-01`);
  const inYear = measures.filter((m) => m.startedOn.startsWith(String(year)));
  const active = measures.filter((m) => m.startedOn <= end);
  facts['recp.firmsBefore'] = new Set(before.map((m) => m.enterpriseId)).size;
  facts['recp.measuresBefore'] = before.length;
  facts['recp.firmsInYear'] = new Set(inYear.map((m) => m.enterpriseId)).size;
  facts['recp.measuresInYear'] = inYear.length;
  const total = (
    rows: typeof active,
    col: 'savedKwh' | 'savedM3' | 'savedTonnes' | 'savedTco2e' | 'costSavedMillionVnd',
  ) => r3(rows.reduce((a, m) => a + Number(m[col]), 0));
  const ofType = (t: string) => active.filter((m) => m.type === t);
  facts['recp.kwh'] = total(active, 'savedKwh');
  facts['recp.energyCost'] = total(ofType('energy'), 'costSavedMillionVnd');
  facts['recp.tco2e'] = total(active, 'savedTco2e');
  facts['recp.waterM3'] = total(active, 'savedM3');
  facts['recp.waterCost'] = total(ofType('water'), 'costSavedMillionVnd');
  facts['recp.materialsTonnes'] = total(ofType('materials'), 'savedTonnes');
  facts['recp.materialsCost'] = total(ofType('materials'), 'costSavedMillionVnd');
  facts['recp.chemicalsTonnes'] = total(ofType('chemicals'), 'savedTonnes');
  facts['recp.chemicalsCost'] = total(ofType('chemicals'), 'costSavedMillionVnd');

  // Symbiosis: deals operating in the year where the park (or the enterprise) is a party.
  const operating = (await deals.loadDeals(null, parks)).filter(
    (x) =>
      (forPark
        ? x.offer.parkId === park.id || x.need.parkId === park.id
        : x.offer.enterpriseId === enterpriseId || x.need.enterpriseId === enterpriseId) &&
      operatingInYear(
        x.events.map((e) => ({ status: e.status as 'operating', date: e.date })),
        year,
      ),
  );
  facts['symbiosis.links'] = operating.length;
  const names = enterpriseDirectory(d);
  const partnerIds = new Set<string>();
  for (const x of operating)
    for (const l of [x.offer, x.need])
      if (l.parkId === park.id && (forPark || l.enterpriseId !== enterpriseId)) partnerIds.add(l.enterpriseId);
  const partnerNames: string[] = [];
  for (const id of partnerIds) partnerNames.push((await names(id)) ?? id);
  facts['symbiosis.partners'] = partnerNames.sort((a, b) => a.localeCompare(b, 'vi'));
  const impacts = operating.flatMap((x) => x.impacts.filter((i) => i.year === year));
  const sum = (col: 'tonnesDiverted' | 'waterM3' | 'energyMwh' | 'tco2e' | 'costSavedMillionVnd') =>
    r3(impacts.reduce((a, i) => a + Number(i[col]), 0));
  facts['symbiosis.kwh'] = r3(sum('energyMwh') * 1000);
  facts['symbiosis.tco2e'] = sum('tco2e');
  facts['symbiosis.waterM3'] = sum('waterM3');
  facts['symbiosis.tonnes'] = sum('tonnesDiverted');
  facts['symbiosis.cost'] = sum('costSavedMillionVnd');
  return facts;
}
