import { desc, eq } from 'drizzle-orm';
import { periodCode } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Overview } from '../contract-workflow';
import { formSubmissions } from '../schema';
import { formPeriod, type StatisticsDeps, todayOf } from './form-scope';

/**
 * The ministry's view of a period: every province of today (34) × every form, with the newest
 * version's status, and how many forms are in each status (not started included).
 */
export async function overview(deps: StatisticsDeps, actor: Actor, query: { period: string }): Promise<Overview> {
  authorize(actor, 'statistics:overview');
  const period = periodCode(formPeriod(deps, query.period));
  const forms = [...deps.forms.keys()].sort();
  const [provinces, rows] = await Promise.all([
    deps.geo.listProvinces(todayOf(deps)),
    deps.db
      .select({
        id: formSubmissions.id,
        formCode: formSubmissions.formCode,
        provinceCode: formSubmissions.provinceCode,
        version: formSubmissions.version,
        status: formSubmissions.status,
      })
      .from(formSubmissions)
      .where(eq(formSubmissions.period, period))
      .orderBy(desc(formSubmissions.version)),
  ]);
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.provinceCode}/${r.formCode}`;
    if (!latest.has(key)) latest.set(key, r);
  }
  const counts = { notStarted: 0, draft: 0, pending: 0, sent: 0, accepted: 0, revision_requested: 0 };
  const items = provinces.items.map((p) => {
    const statuses: Overview['provinces'][number]['statuses'] = {};
    for (const code of forms) {
      const r = latest.get(`${p.code}/${code}`);
      if (!r) {
        counts.notStarted++;
        continue;
      }
      const status = r.status as keyof typeof counts & Overview['provinces'][number]['statuses'][string]['status'];
      statuses[code] = { status, version: r.version, id: r.id };
      counts[status]++;
    }
    return { code: p.code, name: p.name, statuses };
  });
  return { period, forms, provinces: items, counts };
}
