/**
 * The social criteria of a park scored from data where it exists: SOC.1 and SOC.4 count the firms
 * with more than 100 workers (workers from each project's latest accepted implementation report
 * of the year, summed per enterprise over its projects in the park), SOC.2 and SOC.6 all firms of
 * the park; a firm meets the indicator when its accepted B.5 of the year reaches the indicator's
 * threshold. A firm without an accepted B.5 counts as not meeting it (the share is of the firms
 * the criterion is about, not of those that reported). With no accepted B.5 from any of those
 * firms there is no live fact and the park's declaration is used.
 */
import { and, eq, sql } from 'drizzle-orm';
import { formatNumber } from '../../../kernel/format';
import type { Fact } from '../criteria/scorer';
import { ecoReports } from '../schema';
import type { EcoDeps } from '../use-cases/deps';
import { B5_V1 } from './indicators';
import type { EcoValues } from './types';

/** More than this many workers makes a "large" firm (Circular 05/2025 wording of SOC.1, SOC.4). */
export const LARGE_FIRM_WORKERS = 100;

const MEASURES = [
  { measure: 'large_firm_grievance_share', key: 'SOC_1', largeOnly: true },
  { measure: 'large_firm_gender_share', key: 'SOC_4', largeOnly: true },
  { measure: 'disclosure_share', key: 'SOC_2', largeOnly: false },
  { measure: 'anti_harassment_share', key: 'SOC_6', largeOnly: false },
] as const;

/** Workers per enterprise of the park at the end of a year, from accepted implementation reports. */
export async function parkWorkersByEnterprise(d: EcoDeps, parkId: string, year: number) {
  const res = (await d.db.execute(sql`
    select p.enterprise_id::text as id,
           sum(coalesce(l.workers_domestic, 0) + coalesce(l.workers_foreign, 0))::int as workers
    from projects p
    join lateral (
      select r.workers_domestic, r.workers_foreign from reports r
      where r.project_id = p.id and r.status = 'accepted' and r.period <= ${`${year}-Q4`}
      order by r.period desc limit 1
    ) l on true
    where p.park_id = ${parkId}::uuid and p.enterprise_id is not null
    group by p.enterprise_id`)) as unknown as { rows: { id: string; workers: number }[] };
  return new Map(res.rows.map((r) => [r.id, Number(r.workers)]));
}

/** Pure: the facts of one year from the firms' workers and their accepted B.5 values. */
export function socialFactsOf(
  firms: ReadonlySet<string>,
  workers: ReadonlyMap<string, number>,
  b5: ReadonlyMap<string, EcoValues>,
  year: number,
): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const m of MEASURES) {
    const field = B5_V1.fields.find((f) => f.key === m.key)!;
    const threshold = field.warnBelow ?? 0;
    const about = [...firms].filter((id) => !m.largeOnly || (workers.get(id) ?? 0) > LARGE_FIRM_WORKERS);
    const reported = about.filter((id) => typeof b5.get(id)?.[m.key] === 'number');
    if (about.length === 0 || reported.length === 0) continue;
    const meeting = reported.filter((id) => (b5.get(id)![m.key] as number) >= threshold).length;
    const share = Math.round((meeting / about.length) * 10000) / 100;
    const whoVi = m.largeOnly ? `doanh nghiệp trên ${LARGE_FIRM_WORKERS} lao động` : 'doanh nghiệp';
    const whoEn = m.largeOnly ? `firms over ${LARGE_FIRM_WORKERS} workers` : 'firms';
    out.set(m.measure, {
      value: share,
      source: 'live',
      detailVi: `${meeting}/${about.length} ${whoVi} đạt ${field.code} ≥ ${threshold}% theo Mẫu B.5 năm ${year} đã tiếp nhận (${about.length - reported.length} chưa có B.5): ${formatNumber(share, 2)}%`,
      detailEn: `${meeting}/${about.length} ${whoEn} reach ${field.code} ≥ ${threshold}% in their accepted ${year} Form B.5 (${about.length - reported.length} without one): ${formatNumber(share, 2, 'en')}%`,
    });
  }
  return out;
}

/** The live social facts of a park for each year asked. */
export async function socialFacts(d: EcoDeps, parkId: string, firms: ReadonlySet<string>, years: readonly number[]) {
  const out = new Map<number, Map<string, Fact>>();
  for (const year of years) {
    const rows = await d.db
      .select({ enterpriseId: ecoReports.enterpriseId, values: ecoReports.values })
      .from(ecoReports)
      .where(
        and(
          eq(ecoReports.parkId, parkId),
          eq(ecoReports.form, 'B.5'),
          eq(ecoReports.year, year),
          eq(ecoReports.status, 'accepted'),
        ),
      );
    const b5 = new Map(rows.map((r) => [r.enterpriseId, r.values as EcoValues]));
    const workers = b5.size > 0 ? await parkWorkersByEnterprise(d, parkId, year) : new Map<string, number>();
    out.set(year, socialFactsOf(firms, workers, b5, year));
  }
  return out;
}
