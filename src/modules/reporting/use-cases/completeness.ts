/**
 * Completeness and timeliness of one report type and period, per province and per park or KKT:
 * the projects expected to report (certificate valid during the period, carried out by an
 * economic organisation, in the caller's scope), who filed on time, late, not at all, and what
 * was accepted; the missing list (for reminders and its .xlsx), and the reminders of every period
 * whose window is open today. Counted in SQL, grouped by place.
 */
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { toDayNumber } from '../../../kernel/calendar/local-time';
import { type Period, periodCode } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { economicZones, enterprises, industrialParks, projects } from '../../../platform/db/schema';
import {
  type CompletenessQuery,
  type CompletenessView,
  REPORT_TYPE_IDS,
  type ReportStatus,
  type ReportTypeId,
} from '../contract';
import { reports } from '../schema';
import { type Ctx, periodOfType, periodView, todayOf } from './common';
import { periodsOf } from './read-reports';
import { visibleReportsOfProjects } from './scope';

/** Projects visible to the actor as reporters: enterprises their own, Boards their province, the ministry all. */
async function expectedScope(
  ctx: Ctx,
  actor: Actor,
  today: string,
  q: { provinceCode?: string | undefined; parkId?: string | undefined; zoneId?: string | undefined },
) {
  const where: (SQL | undefined)[] = [isNotNull(projects.enterpriseId), await visibleReportsOfProjects(ctx, actor)];
  if (q.provinceCode) where.push(await ctx.projects.projectsInProvince(q.provinceCode, today));
  if (q.parkId) where.push(and(eq(projects.locationKind, 'park'), eq(projects.parkId, q.parkId)));
  if (q.zoneId) where.push(await ctx.projects.projectsInZone(q.zoneId));
  return where;
}

const reportJoin = (typeId: ReportTypeId, period: string) =>
  and(eq(reports.projectId, projects.id), eq(reports.typeId, typeId), eq(reports.period, period));

export function completenessUseCases(ctx: Ctx) {
  const { db } = ctx;

  async function provinceNames(today: string): Promise<Map<string, string>> {
    const list = await ctx.geo.listProvinces(today);
    return new Map(list.items.map((p) => [p.code, p.name]));
  }

  async function completeness(actor: Actor, q: CompletenessQuery): Promise<CompletenessView> {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const period = periodOfType(q.typeId, q.period);
    const code = periodCode(period);
    const view = periodView(q.typeId, period, today);
    const deadlineEnd = new Date(`${view.deadline}T24:00:00+07:00`);
    const where = await expectedScope(ctx, actor, today, q);
    const n = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;
    const rows = await db
      .select({
        kind: projects.locationKind,
        parkId: projects.parkId,
        zoneId: projects.zoneId,
        parkName: industrialParks.name,
        zoneName: economicZones.name,
        expected: sql<number>`count(*)::int`,
        filedOnTime: n(sql`${reports.firstSubmittedAt} < ${deadlineEnd}`),
        filedLate: n(sql`${reports.firstSubmittedAt} >= ${deadlineEnd}`),
        missing: n(sql`${reports.firstSubmittedAt} is null`),
        accepted: n(sql`${reports.status} = 'accepted'`),
        pending: n(sql`${reports.status} = 'pending'`),
        revisionRequested: n(sql`${reports.status} = 'revision_requested'`),
      })
      .from(projects)
      .leftJoin(reports, reportJoin(q.typeId, code))
      .leftJoin(industrialParks, sql`${projects.locationKind} = 'park' and ${industrialParks.id} = ${projects.parkId}`)
      .leftJoin(economicZones, sql`${projects.locationKind} <> 'park' and ${economicZones.id} = ${projects.zoneId}`)
      .where(and(...where, ctx.projects.validDuring(code)))
      .groupBy(projects.locationKind, projects.parkId, projects.zoneId, industrialParks.name, economicZones.name);
    const places = await ctx.zones.allPlaces();
    const parkProvince = new Map(places.parks.map((p) => [p.parkId, p.provinceCode]));
    const zoneProvince = new Map(places.zones.map((z) => [z.zoneId, z.provinceCode]));
    const names = await provinceNames(today);
    const counts = (r: (typeof rows)[number]) => ({
      expected: r.expected,
      filedOnTime: r.filedOnTime,
      filedLate: r.filedLate,
      missing: r.missing,
      accepted: r.accepted,
      pending: r.pending,
      revisionRequested: r.revisionRequested,
    });
    const zero = {
      expected: 0,
      filedOnTime: 0,
      filedLate: 0,
      missing: 0,
      accepted: 0,
      pending: 0,
      revisionRequested: 0,
    };
    const addUp = (a: typeof zero, b: typeof zero) =>
      Object.fromEntries(
        Object.keys(zero).map((k) => [k, a[k as keyof typeof zero] + b[k as keyof typeof zero]]),
      ) as typeof zero;
    const byPlace = rows
      .map((r) => {
        const isPark = r.kind === 'park';
        const provinceCode = (isPark ? parkProvince.get(r.parkId!) : zoneProvince.get(r.zoneId!)) ?? null;
        return {
          placeId: isPark ? r.parkId : r.zoneId,
          placeKind: (isPark ? 'park' : r.zoneId ? 'zone' : 'none') as 'park' | 'zone' | 'none',
          placeName: (isPark ? r.parkName : r.zoneName) ?? '—',
          provinceCode,
          provinceName: provinceCode ? (names.get(provinceCode) ?? null) : null,
          ...counts(r),
        };
      })
      .sort(
        (a, b) =>
          (a.provinceName ?? '').localeCompare(b.provinceName ?? '', 'vi') ||
          a.placeName.localeCompare(b.placeName, 'vi'),
      );
    const provinces = new Map<string, CompletenessView['byProvince'][number]>();
    for (const row of byPlace) {
      const key = row.provinceCode ?? '';
      const { placeId: _i, placeKind: _k, placeName: _n, provinceCode, provinceName, ...c } = row;
      const prev = provinces.get(key);
      provinces.set(key, { provinceCode, provinceName, ...(prev ? addUp(prev, c) : c) });
    }
    return {
      period: view,
      totals: byPlace.reduce((a, r) => addUp(a, r), zero),
      byProvince: [...provinces.values()],
      byPlace,
    };
  }

  /** The expected projects that have not submitted (no report, or a draft never submitted). */
  async function missingRows(
    actor: Actor,
    typeId: ReportTypeId,
    period: Period,
    today: string,
    q: { provinceCode?: string | undefined; parkId?: string | undefined; zoneId?: string | undefined },
  ) {
    const code = periodCode(period);
    const view = periodView(typeId, period, today);
    const where = await expectedScope(ctx, actor, today, q);
    const rows = await db
      .select({
        projectId: projects.id,
        projectCode: projects.projectCode,
        projectName: projects.name,
        enterpriseId: projects.enterpriseId,
        enterpriseName: enterprises.nameVi,
        enterpriseTaxCode: enterprises.taxCode,
        representative: enterprises.legalRepresentative,
        address: enterprises.address,
        kind: projects.locationKind,
        parkId: projects.parkId,
        zoneId: projects.zoneId,
        parkName: industrialParks.name,
        zoneName: economicZones.name,
        reportId: reports.id,
        reportStatus: reports.status,
      })
      .from(projects)
      .leftJoin(reports, reportJoin(typeId, code))
      .leftJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .leftJoin(industrialParks, sql`${projects.locationKind} = 'park' and ${industrialParks.id} = ${projects.parkId}`)
      .leftJoin(economicZones, sql`${projects.locationKind} <> 'park' and ${economicZones.id} = ${projects.zoneId}`)
      .where(and(...where, ctx.projects.validDuring(code), isNull(reports.firstSubmittedAt)))
      .orderBy(asc(industrialParks.name), asc(economicZones.name), asc(projects.projectCode))
      .limit(20000);
    const places = await ctx.zones.allPlaces();
    const parkProvince = new Map(places.parks.map((p) => [p.parkId, p.provinceCode]));
    const zoneProvince = new Map(places.zones.map((z) => [z.zoneId, z.provinceCode]));
    const names = await provinceNames(today);
    const daysLate = Math.max(0, toDayNumber(today) - toDayNumber(view.deadline));
    return {
      view,
      items: rows.map((r) => {
        const province = (r.kind === 'park' ? parkProvince.get(r.parkId!) : zoneProvince.get(r.zoneId!)) ?? null;
        return {
          projectId: r.projectId,
          projectCode: r.projectCode,
          projectName: r.projectName,
          enterpriseId: r.enterpriseId,
          enterpriseName: r.enterpriseName,
          enterpriseTaxCode: r.enterpriseTaxCode,
          contact: [r.representative, r.address].filter(Boolean).join(' · ') || null,
          placeName: (r.kind === 'park' ? r.parkName : r.zoneName) ?? null,
          provinceName: province ? (names.get(province) ?? null) : null,
          reportId: r.reportId,
          reportStatus: (r.reportStatus as ReportStatus | null) ?? null,
          daysLate: view.state === 'not_due' ? 0 : daysLate,
        };
      }),
    };
  }

  async function missing(actor: Actor, q: CompletenessQuery) {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const { view, items } = await missingRows(actor, q.typeId, periodOfType(q.typeId, q.period), today, q);
    return { period: view, items };
  }

  async function reminders(
    actor: Actor,
    q: { typeId?: ReportTypeId | undefined; provinceCode?: string | undefined; parkId?: string | undefined },
  ) {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const year = Number(today.slice(0, 4));
    const items = [];
    for (const typeId of q.typeId ? [q.typeId] : REPORT_TYPE_IDS) {
      for (const period of [...periodsOf(typeId, year - 1), ...periodsOf(typeId, year)]) {
        const view = periodView(typeId, period, today);
        if (view.state !== 'open') continue;
        const { items: rows } = await missingRows(actor, typeId, period, today, q);
        const daysLeft = toDayNumber(view.deadline) - toDayNumber(today);
        for (const r of rows)
          items.push({ ...r, typeId, period: view.period, periodLabel: view.label, deadline: view.deadline, daysLeft });
      }
    }
    return { asOf: today, items };
  }

  return { completeness, missing, reminders, missingRows };
}
