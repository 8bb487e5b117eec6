/**
 * How a report is shown: its row joined (read-only) with the project, enterprise, place and the
 * user who created it; the window of its period; what the caller may do with it now.
 */
import { desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Currency } from '../../../kernel/money';
import { parsePeriod, periodLabel } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { isAllowed } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { economicZones, enterprises, industrialParks, projects, users } from '../../../platform/db/schema';
import {
  REPORT_STATUS_LABELS,
  type ReportStatus,
  type ReportSummary,
  type ReportTypeId,
  type ReportView,
} from '../contract';
import { fromColumns, shownValues } from '../field-values';
import { periodStateOn } from '../period-state';
import { reportCode } from '../report-types';
import { reportEvents, reports } from '../schema';
import { type ReportRow, reportTarget, versionOf, windowOf } from './common';

/** The select list of a report with its names; the province comes from the place scope later. */
export const summaryColumns = {
  ...getTableColumns(reports),
  projectCode: projects.projectCode,
  projectName: projects.name,
  enterpriseName: enterprises.nameVi,
  parkName: industrialParks.name,
  zoneName: economicZones.name,
  createdByName: users.displayName,
};

export type SummaryRow = ReportRow & {
  projectCode: string;
  projectName: string;
  enterpriseName: string;
  parkName: string | null;
  zoneName: string | null;
  createdByName: string | null;
};

/** reports ⨝ projects ⨝ enterprises, with the park or KKT and the creator. */
export function withNames<T extends DbOrTx>(tx: T) {
  return tx
    .select(summaryColumns)
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .innerJoin(enterprises, eq(enterprises.id, reports.enterpriseId))
    .leftJoin(industrialParks, sql`${projects.locationKind} = 'park' and ${industrialParks.id} = ${projects.parkId}`)
    .leftJoin(economicZones, sql`${projects.locationKind} <> 'park' and ${economicZones.id} = ${projects.zoneId}`)
    .leftJoin(users, eq(users.id, reports.createdBy));
}

export function summaryOf(row: SummaryRow, today: string): ReportSummary {
  const period = parsePeriod(row.period);
  const typeId = row.typeId as ReportTypeId;
  const w = windowOf(typeId, period);
  const status = row.status as ReportStatus;
  return {
    id: row.id,
    code: reportCode(row.formCode, row.number),
    typeId,
    formCode: row.formCode,
    period: row.period,
    periodLabel: { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') },
    periodState: periodStateOn(w, today),
    projectId: row.projectId,
    projectCode: row.projectCode,
    projectName: row.projectName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    placeName: row.parkName ?? row.zoneName,
    status,
    statusLabel: REPORT_STATUS_LABELS[status],
    timeliness: row.firstSubmittedAt ? (timelyOn(row.firstSubmittedAt, w.deadline) ? 'on_time' : 'late') : null,
    firstSubmittedAt: row.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdByName: row.createdByName,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** On time: first submitted by the end of the deadline day, Hà Nội time. */
export const timelyOn = (at: Date, deadline: string) => at.getTime() < Date.parse(`${deadline}T24:00:00+07:00`);

export async function viewOf(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  today: string,
  provinceCode: string | null,
): Promise<ReportView> {
  const [row] = (await withNames(tx).where(eq(reports.id, id))) as SummaryRow[];
  if (!row) throw new Error(`report ${id} vanished`);
  const version = versionOf(row);
  const currency = row.currency as Currency;
  const summary = summaryOf(row, today);
  const status = summary.status;
  const target = reportTarget({ provinceCode, enterpriseId: row.enterpriseId });
  const mayFile = isAllowed(actor, 'report:file', target);
  const mayReview = isAllowed(actor, 'report:review', target);
  let revision: ReportView['revision'] = null;
  if (status === 'revision_requested') {
    const [last] = await tx
      .select()
      .from(reportEvents)
      .where(sql`${reportEvents.reportId} = ${id} and ${reportEvents.action} = 'request_revision'`)
      .orderBy(desc(reportEvents.at))
      .limit(1);
    if (last)
      revision = {
        reason: last.reason ?? '',
        fieldReasons: (last.fieldReasons ?? {}) as Record<string, string>,
        at: last.at.toISOString(),
      };
  }
  return {
    ...summary,
    typeVersion: row.typeVersion,
    currency,
    values: shownValues(version, currency, fromColumns(version, row)),
    everSubmitted: row.everSubmitted,
    deadline: windowOf(summary.typeId, parsePeriod(row.period)).deadline,
    confirmations: row.confirmations as ReportView['confirmations'],
    revision,
    actions: {
      edit:
        ((status === 'draft' || status === 'revision_requested') && mayFile) || (status === 'accepted' && mayReview),
      submit: (status === 'draft' || status === 'revision_requested') && mayFile,
      delete: status === 'draft' && !row.everSubmitted && mayFile,
      accept: status === 'pending' && mayReview,
      requestRevision: (status === 'pending' || status === 'accepted') && mayReview,
    },
  };
}
