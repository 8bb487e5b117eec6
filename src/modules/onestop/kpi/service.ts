/**
 * One-stop KPIs for a Board (its province) or the ministry (a province or the country): reads the
 * dossiers the desk held in the period, folds each into its KPI timeline on the stored working
 * calendar, and counts them with the pure `computeKpis`, per group, in total and per month.
 */
import { addDays, DEFAULT_OFFICE_HOURS, localInstant, type WorkingCalendar } from '../../../kernel/calendar';
import { forbidden } from '../../../kernel/errors';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { Db } from '../../../platform/db/client';
import type { ProvinceNames } from '../tracking/agency';
import { dossiersHeldIn, userNames, versionsById } from '../tracking/dossier-reads';
import { computeKpis, monthsBetween } from './compute';
import type { KpiQuery, KpiReport } from './contract';
import { kpiDossierOf } from './from-records';
import type { KpiDossier } from './types';

type CalendarSource = { workingCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> };

export function createKpiService(deps: { db: Db; clock: () => Date; geo: ProvinceNames; calendar: CalendarSource }) {
  const { db, geo } = deps;

  /** The province counted: a Board always its own; the ministry the one asked, or the country. */
  function provinceFor(actor: Actor, asked: string | undefined): string | null {
    authorize(actor, 'onestop_kpi:read');
    if (actor.kind !== 'user') return asked ?? null;
    if (actor.role === 'ministry') {
      if (asked) authorize(actor, 'onestop_kpi:read', { kind: 'province', code: asked });
      return asked ?? null;
    }
    const own = actor.scope.provinceCode;
    if (!own) throw forbidden();
    authorize(actor, 'onestop_kpi:read', { kind: 'province', code: asked ?? own });
    return own;
  }

  async function timelines(province: string | null, from: string, to: string): Promise<KpiDossier[]> {
    const { rows, events } = await dossiersHeldIn(db, province, localInstant(from), localInstant(addDays(to, 1)));
    if (rows.length === 0) return [];
    const versions = await versionsById(
      db,
      rows.map((r) => r.procedureVersionId),
    );
    const officerIds = rows.flatMap((r) => [
      r.officerId,
      ...(events.get(r.id) ?? []).map((e) => ((e.payload as { officerId?: string }).officerId as string) ?? null),
    ]);
    const names = await userNames(db, officerIds);
    const years = rows.map((r) => Number(r.receivedAt!.toISOString().slice(0, 4)));
    const calendar = await deps.calendar.workingCalendar(
      Math.min(...years),
      Math.max(Number(to.slice(0, 4)), ...years) + 1,
    );
    const out: KpiDossier[] = [];
    for (const r of rows) {
      const version = versions.get(r.procedureVersionId);
      if (!version) continue;
      const d = kpiDossierOf(r, events.get(r.id) ?? [], version.definition, names, calendar, DEFAULT_OFFICE_HOURS);
      if (d) out.push(d);
    }
    return out;
  }

  return {
    async report(actor: Actor, q: KpiQuery): Promise<KpiReport> {
      const province = provinceFor(actor, q.province);
      const list = await timelines(province, q.from, q.to);
      const result = computeKpis(list, q.from, q.to, q.groupBy);
      const trend = monthsBetween(q.from, q.to).map((m) => {
        const t = computeKpis(list, m.from, m.to, 'channel').total;
        return {
          month: m.month,
          received: t.receivedInPeriod,
          finished: t.finished,
          late: t.finishedLate,
          onTimeRate: t.onTimeRate,
        };
      });
      let provinceRef: KpiReport['province'] = null;
      if (province) {
        const name = await geo.resolve(province).then(
          (r) => r.unit.name,
          () => province,
        );
        provinceRef = { code: province, name };
      }
      return { ...result, province: provinceRef, trend };
    },
  };
}
export type KpiService = ReturnType<typeof createKpiService>;
