/**
 * One report printed as PDF (pdfkit), for the enterprise's file copy or the Board's dossier: the
 * header (code, form, project, enterprise, place, period, status, dates) and every figure of the
 * type version with its unit, in vi-VN (1.250,5), section by section, then the figures confirmed
 * despite a plausibility warning with their reasons. DejaVu Sans is embedded from data/fonts (a
 * font with every Vietnamese letter, never read from the operating system). Pure but for the
 * font files.
 */
import { formatDate, formatDateTime } from '../../kernel/format';
import { newPdf, pdfTableRow } from '../../platform/files/pdf';
import type { ReportView } from './contract';
import { unitOf } from './field-values';
import { PERIOD_STATE_LABELS } from './period-state';
import type { ReportTypeVersion } from './report-types';

const MARGIN = 50;
const WIDTHS = [300, 110, 85];

const SECTION_NAMES: Record<string, string> = {
  capital: 'Vốn đầu tư',
  business: 'Sản xuất, kinh doanh',
  labour: 'Lao động',
  rnd: 'Nghiên cứu và phát triển',
  environment: 'Môi trường',
};

/** An exact decimal string ("12500000.5") the Vietnamese way ("12.500.000,5"), no rounding. */
export function viDecimal(value: string | number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value).trim());
  if (!m) return String(value);
  const [, sign, whole, fraction] = m;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${sign}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

export function shownFigure(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return viDecimal(v);
}

const WARNING_NAMES: Record<string, string> = {
  scale_x1000: 'khoảng 1.000 lần mức thường gặp',
  scale_div1000: 'khoảng 1/1.000 mức thường gặp',
  history_high: 'cao bất thường so với các kỳ trước',
  history_low: 'thấp bất thường so với các kỳ trước',
  peer_high: 'cao bất thường so với doanh nghiệp cùng ngành, quy mô',
  peer_low: 'thấp bất thường so với doanh nghiệp cùng ngành, quy mô',
};

export function reportPdf(
  report: ReportView,
  version: ReportTypeVersion,
  printed: { at: Date; by: string },
): Promise<Buffer> {
  const title = `${version.name.vi} – ${report.periodLabel.vi}`;
  const { doc, done, width } = newPdf({ title: `${report.code} – ${title}`, margin: MARGIN });

  doc.font('bold').fontSize(13).text(title.toUpperCase(), { align: 'center', width });
  doc.font('body').fontSize(10).text(`Mẫu ${version.formCode} · ${version.legalBasis}`, { align: 'center', width });
  doc.moveDown();

  const stamp = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  const timeliness = report.timeliness === 'on_time' ? ' (đúng hạn)' : report.timeliness === 'late' ? ' (trễ hạn)' : '';
  const facts: [string, string][] = [
    ['Mã báo cáo', report.code],
    ['Dự án', `${report.projectCode} · ${report.projectName}`],
    ['Doanh nghiệp', report.enterpriseName],
    ['KCN/KKT', report.placeName ?? '—'],
    ['Kỳ báo cáo', `${report.periodLabel.vi} (${PERIOD_STATE_LABELS[report.periodState].vi})`],
    ['Hạn nộp', formatDate(report.deadline)],
    ['Trạng thái', report.statusLabel.vi],
    ['Người lập', report.createdByName ?? '—'],
    ['Nộp lần đầu', `${stamp(report.firstSubmittedAt)}${timeliness}`],
    ['Nộp gần nhất', stamp(report.submittedAt)],
    ['Tiếp nhận', stamp(report.acceptedAt)],
    ['Cập nhật', stamp(report.updatedAt)],
    ['Đơn vị tiền của dự án', report.currency === 'USD' ? 'USD (vốn ghi bằng ngoại tệ)' : 'VND'],
  ];
  doc.fontSize(10);
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font('bold').text(`${label}:`, MARGIN, y, { width: 140 });
    const labelBottom = doc.y;
    doc.font('body').text(value, MARGIN + 145, y, { width: width - 145 });
    doc.y = Math.max(doc.y, labelBottom);
  }
  doc.moveDown();

  const table = {
    widths: WIDTHS,
    header: ['Chỉ tiêu', 'Số liệu', 'Đơn vị'],
    align: ['left', 'right', 'left'],
  } as const;
  const drawRow = (cells: string[], bold: boolean) => pdfTableRow(doc, cells, bold, table);
  pdfTableRow(doc, table.header, true, table);
  const sections = [...new Set(version.fields.map((f) => f.section))];
  for (const s of sections) {
    drawRow([SECTION_NAMES[s] ?? s], true);
    for (const f of version.fields.filter((x) => x.section === s)) {
      const unit = f.kind === 'flag' ? '' : unitOf(f, report.currency).vi;
      drawRow([f.label.vi, shownFigure(report.values[f.key]), unit], false);
    }
  }

  if (report.confirmations.length) {
    doc.moveDown();
    doc.font('bold').fontSize(10).text('Số liệu được xác nhận dù có cảnh báo bất thường:', MARGIN, doc.y, { width });
    doc.font('body').fontSize(9);
    for (const c of report.confirmations) {
      const f = version.fields.find((x) => x.key === c.field);
      const unit = f && f.kind !== 'flag' ? ` ${unitOf(f, report.currency).vi}` : '';
      doc.text(
        `– ${f?.label.vi ?? c.field}: ${viDecimal(c.value)}${unit} (${WARNING_NAMES[c.code] ?? c.code}). Lý do: ${c.reason} — ${c.by}, ${formatDateTime(c.at)}`,
        { width },
      );
    }
  }
  doc.moveDown();
  doc
    .font('body')
    .fontSize(8.5)
    .text(`In lúc ${formatDateTime(printed.at)} bởi ${printed.by}, từ hệ thống IZA.`, {
      width,
    });
  doc.end();
  return done;
}
