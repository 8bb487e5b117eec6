/**
 * The report list as .xlsx (`/api/reports.xlsx`): the same query and scope as `/api/reports`, read
 * page by page through `listReports` itself (so the file never shows what the list would not), and
 * written with the registry lists' export layout (title block with the filters, Vietnamese
 * headers, numbers and dates as typed cells). The layout helper is pure (kernel + platform), so it
 * is shared rather than copied.
 */
import { eq } from 'drizzle-orm';
import { parsePeriod } from '../../../kernel/period';
import { type Actor, actorLabel } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { economicZones, industrialParks, projects } from '../../../platform/db/schema';
import { excelDay, excelLocalTime, NUMBER_FORMATS } from '../../../platform/files/xlsx-write';
import { type ExportColumn, startExport } from '../../registry-io/exports/export-workbook';
import { REPORT_STATUS_LABELS, type ReportListQuery, type ReportStatus, type ReportSummary } from '../contract';
import { PERIOD_STATE_LABELS } from '../period-state';
import { type Ctx, todayOf, windowOf } from './common';

const PAGE = 1000;

const TYPE_NAMES = {
  quarterly_implementation: 'Báo cáo quý (A.III.1)',
  annual_implementation: 'Báo cáo năm (A.III.2)',
} as const;

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

type ListPage = { items: ReportSummary[]; total: number };

export const REPORT_EXPORT_COLUMNS: readonly ExportColumn<ReportSummary>[] = [
  { vi: 'Mã báo cáo', width: 16, value: (r) => r.code },
  { vi: 'Loại báo cáo', width: 22, value: (r) => TYPE_NAMES[r.typeId] },
  { vi: 'Kỳ báo cáo', width: 16, value: (r) => r.periodLabel.vi },
  { vi: 'Trạng thái kỳ', width: 16, value: (r) => PERIOD_STATE_LABELS[r.periodState].vi },
  {
    vi: 'Hạn nộp',
    width: 12,
    format: NUMBER_FORMATS.date,
    value: (r) => excelDay(windowOf(r.typeId, parsePeriod(r.period)).deadline),
  },
  { vi: 'Mã số dự án', width: 16, value: (r) => r.projectCode },
  { vi: 'Tên dự án', width: 40, value: (r) => r.projectName },
  { vi: 'Doanh nghiệp', width: 36, value: (r) => r.enterpriseName },
  { vi: 'KCN/KKT', width: 28, value: (r) => r.placeName },
  { vi: 'Trạng thái báo cáo', width: 18, value: (r) => r.statusLabel.vi },
  {
    vi: 'Đúng hạn/Trễ hạn',
    width: 14,
    value: (r) => (r.timeliness === 'on_time' ? 'Đúng hạn' : r.timeliness === 'late' ? 'Trễ hạn' : null),
  },
  {
    vi: 'Nộp lần đầu lúc',
    width: 19,
    format: NUMBER_FORMATS.dateTime,
    value: (r) => excelLocalTime(r.firstSubmittedAt),
  },
  { vi: 'Nộp gần nhất lúc', width: 19, format: NUMBER_FORMATS.dateTime, value: (r) => excelLocalTime(r.submittedAt) },
  { vi: 'Tiếp nhận lúc', width: 19, format: NUMBER_FORMATS.dateTime, value: (r) => excelLocalTime(r.acceptedAt) },
  { vi: 'Người lập', width: 22, value: (r) => r.createdByName },
  { vi: 'Cập nhật lúc', width: 19, format: NUMBER_FORMATS.dateTime, value: (r) => excelLocalTime(r.updatedAt) },
];

export function reportListExport(ctx: Ctx, list: (actor: Actor, q: ReportListQuery) => Promise<ListPage>) {
  /** The filters in words, as the title block shows them (names read for the ids given). */
  async function filtersOf(q: ReportListQuery): Promise<string[]> {
    const out: string[] = [];
    if (q.typeId) out.push(`Loại: ${TYPE_NAMES[q.typeId]}`);
    if (q.year) out.push(`Năm: ${q.year}`);
    if (q.period) out.push(`Kỳ: ${q.period}`);
    const states = asList(q.periodState);
    if (states.length) out.push(`Trạng thái kỳ: ${states.map((s) => PERIOD_STATE_LABELS[s].vi).join(', ')}`);
    const statuses = asList(q.status) as ReportStatus[];
    if (statuses.length) out.push(`Trạng thái: ${statuses.map((s) => REPORT_STATUS_LABELS[s].vi).join(', ')}`);
    if (q.projectId) {
      const [p] = await ctx.db
        .select({ code: projects.projectCode, name: projects.name })
        .from(projects)
        .where(eq(projects.id, q.projectId));
      out.push(`Dự án: ${p ? `${p.code} · ${p.name}` : q.projectId}`);
    }
    if (q.parkId) {
      const [p] = await ctx.db
        .select({ name: industrialParks.name })
        .from(industrialParks)
        .where(eq(industrialParks.id, q.parkId));
      out.push(`KCN: ${p?.name ?? q.parkId}`);
    }
    if (q.zoneId) {
      const [z] = await ctx.db
        .select({ name: economicZones.name })
        .from(economicZones)
        .where(eq(economicZones.id, q.zoneId));
      out.push(`KKT: ${z?.name ?? q.zoneId}`);
    }
    if (q.q) out.push(`Tìm: "${q.q}"`);
    return out;
  }

  /**
   * The first page is read before anything is sent, so a refused or invalid request still answers
   * with a proper error; the rest is streamed into the workbook.
   */
  return async function exportReports(actor: Actor, q: ReportListQuery) {
    authorize(actor, 'report:read');
    const page = (n: number) => list(actor, { ...q, page: n, pageSize: PAGE });
    const first = await page(1);
    const writer = startExport(REPORT_EXPORT_COLUMNS, {
      title: 'Danh sách báo cáo tình hình thực hiện dự án',
      sheet: 'Báo cáo',
      filters: await filtersOf(q),
      asOf: todayOf(ctx),
      actorLabel: actor.kind === 'user' ? `${actor.displayName} (${actor.username})` : actorLabel(actor),
      now: ctx.clock(),
      total: first.total,
    });
    void (async () => {
      try {
        writer.write(first.items);
        let fetched = first.items.length;
        for (let n = 2; fetched < first.total; n++) {
          const next = await page(n);
          if (next.items.length === 0) break;
          writer.write(next.items);
          fetched += next.items.length;
        }
        await writer.finish();
      } catch (error) {
        writer.fail(error);
      }
    })();
    return { fileName: `bao-cao-dinh-ky-${todayOf(ctx)}.xlsx`, stream: writer.stream };
  };
}
