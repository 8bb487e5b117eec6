/**
 * Reading reports: the list with its filters, scoped per role (an enterprise or developer sees the
 * reports of its own projects, a Board those of projects in its province, the ministry all), one
 * report, its lifecycle log (newest first), the report types and the periods with their state.
 */
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Period, parsePeriod, periodCode } from '../../../kernel/period';
import { escapeLike, foldVietnamese } from '../../../kernel/text';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { projects } from '../../../platform/db/schema';
import {
  type PeriodView,
  REPORT_STATUS_LABELS,
  type ReportListQuery,
  type ReportStatus,
  type ReportTypeId,
  type ReportTypeVersionView,
} from '../contract';
import { unitOf } from '../field-values';
import { periodStateOn } from '../period-state';
import { CHECK_DESCRIPTIONS, isAnnualOnly, REPORT_TYPE_VERSIONS } from '../report-types';
import { reportEvents, reports } from '../schema';
import { type Ctx, periodView, todayOf, windowOf } from './common';
import { visibleReportsOfProjects } from './scope';
import { type SummaryRow, summaryOf, viewOf, withNames } from './views';
import type { writeReportUseCases } from './write-report';

const EVENT_LABELS: Record<string, { vi: string; en: string }> = {
  create: { vi: 'Lập báo cáo', en: 'Created' },
  update: { vi: 'Sửa và lưu', en: 'Edited and saved' },
  submit: { vi: 'Nộp báo cáo', en: 'Submitted' },
  resubmit: { vi: 'Nộp lại sau chỉnh sửa', en: 'Resubmitted after revision' },
  accept: { vi: 'Tiếp nhận', en: 'Accepted' },
  request_revision: { vi: 'Yêu cầu chỉnh sửa', en: 'Revision requested' },
  board_edit: { vi: 'Ban Quản lý sửa báo cáo đã tiếp nhận', en: 'Edited by the Board after acceptance' },
};

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Periods from the period's code in a year: quarters or the year itself. */
export function periodsOf(typeId: ReportTypeId, year: number): Period[] {
  return typeId === 'annual_implementation'
    ? [{ kind: 'year', year }]
    : ([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter', year, quarter }));
}

export function readReportUseCases(ctx: Ctx, write: ReturnType<typeof writeReportUseCases>) {
  const { db } = ctx;

  function listTypes(actor: Actor): { items: ReportTypeVersionView[] } {
    authorize(actor, 'report:read');
    return {
      items: REPORT_TYPE_VERSIONS.map((v) => ({
        id: v.id,
        typeId: v.typeId,
        formCode: v.formCode,
        name: v.name,
        legalBasis: v.legalBasis,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        fields: v.fields.map((f) => {
          const usd = unitOf(f, 'USD');
          const vnd = unitOf(f, 'VND');
          return {
            key: f.key,
            label: f.label,
            kind: f.kind,
            unit: {
              USD: { vi: usd.vi, en: usd.en, factor: usd.factor, currency: usd.currency },
              VND: { vi: vnd.vi, en: vnd.en, factor: vnd.factor, currency: vnd.currency },
            },
            required: f.required,
            min: f.min,
            max: f.max,
            decimals: usd.decimals,
            annualOnly: isAnnualOnly(f),
            help: f.help ?? null,
            section: f.section,
          };
        }),
        checks: v.checks.map((id) => ({ id, description: CHECK_DESCRIPTIONS[id] })),
      })),
    };
  }

  function listPeriods(actor: Actor, q: { typeId: ReportTypeId; year?: number | undefined }): { items: PeriodView[] } {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const year = q.year ?? Number(today.slice(0, 4));
    return { items: periodsOf(q.typeId, year).map((p) => periodView(q.typeId, p, today)) };
  }

  async function listReports(actor: Actor, q: ReportListQuery) {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const where: (SQL | undefined)[] = [await visibleReportsOfProjects(ctx, actor)];
    if (q.typeId) where.push(eq(reports.typeId, q.typeId));
    if (q.period) where.push(eq(reports.period, periodCode(parsePeriod(q.period))));
    if (q.year) where.push(sql`left(${reports.period}, 4) = ${String(q.year)}`);
    const statuses = asList(q.status);
    if (statuses.length) where.push(inArray(reports.status, statuses));
    if (q.projectId) where.push(eq(reports.projectId, q.projectId));
    if (q.parkId) where.push(and(eq(projects.locationKind, 'park'), eq(projects.parkId, q.parkId)));
    if (q.zoneId) where.push(await ctx.projects.projectsInZone(q.zoneId));
    const states = asList(q.periodState);
    if (states.length) {
      // A period's state is a function of its code and today: list the codes in those states.
      const codes = await db.selectDistinct({ period: reports.period, typeId: reports.typeId }).from(reports);
      const wanted = codes
        .filter((c) => states.includes(periodStateOn(windowOf(c.typeId as ReportTypeId, parsePeriod(c.period)), today)))
        .map((c) => and(eq(reports.typeId, c.typeId), eq(reports.period, c.period))!);
      where.push(wanted.length ? or(...wanted) : sql`false`);
    }
    if (q.q) {
      const text = q.q.trim();
      const number = /^(?:EZ_[A-Z0-9]+_)?(\d+)$/i.exec(text);
      const folded = `%${escapeLike(foldVietnamese(text))}%`;
      where.push(
        or(number ? eq(reports.number, Number(number[1])) : undefined, sql`${projects.search} like ${folded}`),
      );
    }
    const condition = and(...where);
    const [total] = await db
      .select({ n: count() })
      .from(reports)
      .innerJoin(projects, eq(projects.id, reports.projectId))
      .where(condition);
    const rows = (await withNames(db)
      .where(condition)
      .orderBy(desc(reports.period), asc(reports.typeId), desc(reports.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)) as SummaryRow[];
    return { items: rows.map((r) => summaryOf(r, today)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
  }

  async function getReport(actor: Actor, id: string) {
    authorize(actor, 'report:read');
    const { project, target } = await write.loadFor(db, id);
    authorize(actor, 'report:read', target);
    return viewOf(db, actor, id, todayOf(ctx), project.provinceCode);
  }

  async function reportEventsOf(actor: Actor, id: string) {
    authorize(actor, 'report:read');
    const { target } = await write.loadFor(db, id);
    authorize(actor, 'report:read', target);
    const rows = await db
      .select()
      .from(reportEvents)
      .where(eq(reportEvents.reportId, id))
      .orderBy(desc(reportEvents.at), desc(reportEvents.id));
    return {
      items: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        action: e.action as 'create',
        actionLabel: EVENT_LABELS[e.action] ?? { vi: e.action, en: e.action },
        fromStatus: (e.fromStatus as ReportStatus | null) ?? null,
        toStatus: e.toStatus as ReportStatus,
        toStatusLabel: REPORT_STATUS_LABELS[e.toStatus as ReportStatus],
        actor: [e.actorName, e.actorRole].filter(Boolean).join(' – '),
        reason: e.reason,
        fieldReasons: (e.fieldReasons as Record<string, string> | null) ?? null,
        before: (e.before as Record<string, string | boolean | null> | null) ?? null,
        after: (e.after as Record<string, string | boolean | null> | null) ?? null,
      })),
    };
  }

  return { listTypes, listPeriods, listReports, getReport, reportEventsOf };
}
