/**
 * A list written as .xlsx while it is read, page by page: a title block (what the list is, the
 * filters, the as-of date, when and by whom it was exported, in Hà Nội time), one header row in
 * Vietnamese, then the rows with numbers as numbers and dates as dates.
 */
import type { PassThrough } from 'node:stream';
import { formatDate, formatDateTime } from '../../../kernel/format';
import { columnLetter } from '../../../platform/files/xlsx-cells';
import { COLOURS, streamingWorkbook } from '../../../platform/files/xlsx-write';

export type ExportValue = string | number | Date | null;

export type ExportColumn<T> = {
  vi: string;
  width?: number;
  /** Number or date format code (numbers and dates stay typed cells). */
  format?: string;
  value: (item: T) => ExportValue;
};

export type ExportMeta = {
  title: string;
  sheet: string;
  filters: string[];
  asOf: string;
  actorLabel: string;
  now: Date;
  total: number;
};

const HEADER_ROW = 5;

export type ExportWriter<T> = {
  stream: PassThrough;
  write(items: readonly T[]): void;
  finish(): Promise<void>;
  fail(error: unknown): void;
};

export function startExport<T>(columns: readonly ExportColumn<T>[], meta: ExportMeta): ExportWriter<T> {
  const { workbook, stream } = streamingWorkbook();
  workbook.title = meta.title;
  const sheet = workbook.addWorksheet(meta.sheet, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const all = [{ vi: 'STT', width: 7, value: () => null } as ExportColumn<T>, ...columns];
  sheet.columns = all.map((c) => ({ width: c.width ?? 18 }));
  const last = columnLetter(all.length);

  // Rows are written by number: a streamed row cannot be merged once committed.
  const title = sheet.getRow(1);
  title.getCell(1).value = meta.title.toUpperCase();
  title.font = { bold: true, size: 14, color: { argb: COLOURS.header } };
  const filterText = meta.filters.length ? meta.filters.join('; ') : 'không (mọi bản ghi bạn được xem)';
  sheet.getRow(2).getCell(1).value = `Bộ lọc: ${filterText}`;
  const info = sheet.getRow(3);
  info.getCell(1).value =
    `Số liệu tại ngày: ${formatDate(meta.asOf)} · Xuất lúc: ${formatDateTime(meta.now)} (giờ Việt Nam, Asia/Ho_Chi_Minh) · ` +
    `Người xuất: ${meta.actorLabel} · Số dòng: ${meta.total.toLocaleString('vi-VN')}`;
  info.font = { italic: true, color: { argb: COLOURS.muted } };
  for (const r of [1, 2, 3]) sheet.mergeCells(`A${r}:${last}${r}`);
  for (const r of [1, 2, 3, 4]) sheet.getRow(r).commit();

  const header = sheet.getRow(HEADER_ROW);
  header.values = all.map((c) => c.vi);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: COLOURS.headerText } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  sheet.autoFilter = `A${HEADER_ROW}:${last}${HEADER_ROW}`;

  let n = 0;
  return {
    stream,
    write(items) {
      for (const item of items) {
        n++;
        const row = sheet.getRow(HEADER_ROW + n);
        row.values = [n, ...columns.map((c) => c.value(item))];
        columns.forEach((c, i) => {
          if (c.format) row.getCell(i + 2).numFmt = c.format;
        });
        row.commit();
      }
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
    fail(error) {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  };
}
