import { formatDateTime, formatNumber } from '../../../kernel/format';
import type { FormCell, FormColumn, FormTable } from '../contract';
import { decimalsOf } from './header-grid';

/**
 * What the .xlsx and the .docx of a form print around the table: the issuing body and the
 * national motto (the header block of an administrative document), the form number, title,
 * period and notes, and the file name of CMR_09/CF_04: `EZ_2101HQLKKT_<number|moi>_<period>_BQLKCN`.
 */
export function issuerLines(form: FormTable): [string, string] {
  if (form.scope.kind === 'country') return ['BỘ TÀI CHÍNH', 'CỤC ĐẦU TƯ NƯỚC NGOÀI'];
  return ['BAN QUẢN LÝ CÁC KCN, KKT', form.scope.name.toLocaleUpperCase('vi-VN')];
}

export const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

export const formNumberLine = (form: FormTable) => `Biểu ${form.fullCode}`;

export function scopeLine(form: FormTable): string {
  return form.scope.kind === 'country'
    ? 'Phạm vi: Toàn quốc'
    : `Đơn vị báo cáo: Ban Quản lý các KCN, KKT ${form.scope.name}`;
}

export const periodLine = (form: FormTable) => `Kỳ báo cáo: ${form.periodLabel.vi}`;

export const computedLine = (form: FormTable, reportCode: string | null) =>
  `${reportCode ? `Mã báo cáo: ${reportCode}. ` : ''}Số liệu tính từ cơ sở dữ liệu lúc ${formatDateTime(form.computedAt)}.`;

/** `EZ_2101HQLKKT_15_2025-Q3_BQLKCN.xlsx`; `moi` (new) when the table is the live computation. */
export function formFileName(form: FormTable, number: number | null, extension: 'xlsx' | 'docx'): string {
  const agency = form.scope.kind === 'country' ? 'BTC' : 'BQLKCN';
  return `EZ_${form.code}HQLKKT_${number ?? 'moi'}_${form.period}_${agency}.${extension}`;
}

export const reportCode = (formCode: string, number: number) => `EZ_${formCode}HQLKKT_${number}`;

/** A cell as printed in a Word table: numbers the Vietnamese way with the form's own precision. */
export function printedValue(cell: FormCell | undefined, column: FormColumn): string {
  const value = cell?.value ?? null;
  if (value === null || value === '') return '';
  if (column.kind === 'text') return value;
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return formatNumber(value, decimalsOf(value));
}
