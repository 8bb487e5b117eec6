/**
 * The KPI report as a workbook: the counters per group with the total row (the layout of the
 * provinces' "tình hình giải quyết TTHC" reports), the monthly trend, and the Decision 766 groups
 * the records can measure. Pure.
 */
import { formatDate } from '../../../kernel/format';
import { NUMBER_FORMATS, newWorkbook, styleHeader, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { KpiFiguresView, KpiReport } from './contract';

export const GROUP_LABELS: Record<KpiReport['groupBy'], string> = {
  procedure: 'Thủ tục hành chính',
  unit: 'Đơn vị',
  officer: 'Cán bộ xử lý',
  channel: 'Kênh tiếp nhận',
};

export const INDICATOR_LABELS: Record<KpiReport['indicators766'][number]['key'], string> = {
  progress: 'Tiến độ, kết quả giải quyết (tỷ lệ hồ sơ giải quyết trước và đúng hạn)',
  online: 'Dịch vụ công trực tuyến (tỷ lệ hồ sơ tiếp nhận trực tuyến)',
  publicity: 'Công khai, minh bạch',
  digitisation: 'Số hóa hồ sơ, kết quả',
  payment: 'Thanh toán trực tuyến',
  satisfaction: 'Mức độ hài lòng',
};

const COLUMNS: [keyof KpiFiguresView, string][] = [
  ['handled', 'Tổng số hồ sơ phải giải quyết'],
  ['carriedOver', 'Kỳ trước chuyển sang'],
  ['receivedInPeriod', 'Tiếp nhận trong kỳ'],
  ['receivedOnline', 'Trực tuyến'],
  ['receivedInPerson', 'Trực tiếp'],
  ['receivedPost', 'Qua bưu chính'],
  ['finishedEarly', 'Đã giải quyết trước hạn'],
  ['finishedOnTime', 'Đã giải quyết đúng hạn'],
  ['finishedLate', 'Đã giải quyết quá hạn'],
  ['inProgressOnTime', 'Đang giải quyết trong hạn'],
  ['inProgressLate', 'Đang giải quyết quá hạn'],
  ['pausedOnTime', 'Tạm dừng (chờ bổ sung) trong hạn'],
  ['pausedLate', 'Tạm dừng (chờ bổ sung) quá hạn'],
  ['returned', 'Trả lại (từ chối sau thẩm định)'],
  ['withdrawn', 'Rút hồ sơ'],
  ['stopped', 'Dừng giải quyết'],
  ['extended', 'Có gia hạn'],
  ['supplemented', 'Có yêu cầu bổ sung'],
  ['onTimeRate', 'Tỷ lệ giải quyết trước và đúng hạn'],
  ['averageProcessingDays', 'Thời gian giải quyết bình quân (ngày)'],
  ['averageLimitDays', 'Thời hạn theo quy định bình quân (ngày)'],
];

export async function kpiXlsx(report: KpiReport): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Chỉ số giải quyết TTHC', { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  const where = report.province ? report.province.name : 'Cả nước';
  sheet.getCell('A1').value = `TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH – ${where.toUpperCase()}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value =
    `Từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}; theo ${GROUP_LABELS[report.groupBy].toLowerCase()}`;
  const header = sheet.getRow(4);
  header.values = [GROUP_LABELS[report.groupBy], ...COLUMNS.map(([, label]) => label)];
  header.height = 60;
  styleHeader(header);
  sheet.getColumn(1).width = 48;
  COLUMNS.forEach((_, i) => {
    sheet.getColumn(i + 2).width = 13;
  });
  const add = (name: string, f: KpiFiguresView, bold = false) => {
    const row = sheet.addRow([name, ...COLUMNS.map(([key]) => f[key])]);
    COLUMNS.forEach(([key], i) => {
      const cell = row.getCell(i + 2);
      cell.numFmt = key === 'onTimeRate' ? '0.0%' : key.startsWith('average') ? '0.0' : NUMBER_FORMATS.integer;
    });
    if (bold) row.font = { bold: true };
  };
  for (const r of report.rows) add(r.name, r);
  add('Tổng cộng', report.total, true);

  const trend = workbook.addWorksheet('Theo tháng');
  trend.addRow(['Tháng', 'Tiếp nhận', 'Đã giải quyết', 'Quá hạn', 'Tỷ lệ trước và đúng hạn']);
  styleHeader(trend.getRow(1));
  trend.columns = [{ width: 12 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 24 }];
  for (const m of report.trend) {
    const [y, mo] = m.month.split('-');
    const row = trend.addRow([`${mo}/${y}`, m.received, m.finished, m.late, m.onTimeRate]);
    row.getCell(5).numFmt = '0.0%';
  }

  const d766 = workbook.addWorksheet('Quyết định 766');
  d766.addRow(['Nhóm chỉ số (Quyết định 766/QĐ-TTg)', 'Điểm tối đa', 'Tỷ lệ', 'Điểm ước tính', 'Ghi chú']);
  styleHeader(d766.getRow(1));
  d766.columns = [{ width: 64 }, { width: 12 }, { width: 10 }, { width: 14 }, { width: 48 }];
  for (const i of report.indicators766) {
    const row = d766.addRow([
      INDICATOR_LABELS[i.key],
      i.maxPoints,
      i.rate,
      i.points,
      i.rate === null ? 'Hệ thống một cửa chưa có dữ liệu để đo' : 'Điểm = tỷ lệ × điểm tối đa của nhóm',
    ]);
    row.getCell(3).numFmt = '0.0%';
    row.getCell(4).numFmt = '0.00';
  }
  return workbookBuffer(workbook);
}
