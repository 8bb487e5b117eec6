/**
 * The missing list of a period as .xlsx, with Vietnamese headers: who has not reported yet, their
 * tax code and contact, where the project lies and how many days late it is (CS_01 export).
 */
import { formatDate, formatDateTime } from '../../../kernel/format';
import { periodLabel } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { actorLabel } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { CompletenessQuery } from '../contract';
import { REPORT_STATUS_LABELS } from '../contract';
import { type Ctx, periodOfType, todayOf } from './common';
import type { completenessUseCases } from './completeness';

const TYPE_NAMES = {
  quarterly_implementation: 'báo cáo quý tình hình thực hiện dự án (A.III.1)',
  annual_implementation: 'báo cáo năm tình hình thực hiện dự án (A.III.2)',
} as const;

export function missingWorkbook(ctx: Ctx, complete: ReturnType<typeof completenessUseCases>) {
  return async (actor: Actor, q: CompletenessQuery): Promise<{ fileName: string; data: Buffer }> => {
    authorize(actor, 'report:read');
    const today = todayOf(ctx);
    const period = periodOfType(q.typeId, q.period);
    const { view, items } = await complete.missingRows(actor, q.typeId, period, today, q);
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Chưa báo cáo');
    sheet.addRow([
      `DANH SÁCH DỰ ÁN CHƯA NỘP ${TYPE_NAMES[q.typeId].toUpperCase()} – ${periodLabel(period, 'vi').toUpperCase()}`,
    ]).font = { bold: true, size: 13 };
    sheet.addRow([
      `Hạn nộp: ${formatDate(view.deadline)} · Trạng thái kỳ: ${view.stateLabel.vi} · Tính đến ngày ${formatDate(today)} · Xuất lúc ${formatDateTime(ctx.clock())} bởi ${actorLabel(actor)} · ${items.length} dự án`,
    ]).font = { italic: true };
    sheet.addRow([]);
    const header = sheet.addRow([
      'STT',
      'Mã dự án',
      'Tên dự án',
      'Doanh nghiệp',
      'Mã số thuế',
      'Liên hệ',
      'KCN/KKT',
      'Tỉnh/thành phố',
      'Tình trạng',
      'Số ngày trễ hạn',
    ]);
    styleHeader(header);
    items.forEach((r, i) => {
      sheet.addRow([
        i + 1,
        r.projectCode,
        r.projectName,
        r.enterpriseName,
        r.enterpriseTaxCode,
        r.contact,
        r.placeName,
        r.provinceName,
        r.reportStatus ? `${REPORT_STATUS_LABELS[r.reportStatus].vi} (chưa nộp)` : 'Chưa lập báo cáo',
        r.daysLate,
      ]);
    });
    sheet.columns.forEach((c, i) => {
      c.width = [6, 18, 40, 36, 14, 36, 30, 20, 22, 14][i] ?? 16;
    });
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
    return {
      fileName: `Chua_bao_cao_${q.typeId === 'annual_implementation' ? 'AIII2' : 'AIII1'}_${view.period}.xlsx`,
      data: await workbookBuffer(workbook),
    };
  };
}
