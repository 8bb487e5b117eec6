import { COLOURS, NUMBER_FORMATS, newWorkbook, workbookBuffer } from '../../../platform/files/xlsx-write';
import type { DrillResult, FormTable } from '../contract';

/**
 * The records behind one cell as a sheet: what the cell is, its value on the form and
 * recomputed from the rows, then one row per record with the drill's own columns (numbers as
 * number cells).
 */
export async function drillWorkbook(form: FormTable, drill: DrillResult): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Ban ghi');
  sheet.addRow([`Biểu ${form.fullCode} – ${form.title.vi}`]).font = { bold: true, size: 13 };
  sheet.addRow([`${form.periodLabel.vi} · ${form.scope.kind === 'country' ? 'Toàn quốc' : form.scope.name}`]);
  sheet.addRow([drill.title.vi]).font = { bold: true };
  sheet.addRow(['Giá trị tính lại từ các bản ghi dưới đây', drill.cellValue === null ? null : Number(drill.cellValue)]);
  sheet.addRow(['Số bản ghi', drill.total]);
  sheet.addRow([]);
  const header = sheet.addRow(drill.columns.map((c) => (c.unit ? `${c.label.vi} (${c.unit})` : c.label.vi)));
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: COLOURS.headerText } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  for (const row of drill.rows) {
    const added = sheet.addRow(
      drill.columns.map((c) => {
        const v = row.values[c.key] ?? null;
        if (v === null || c.kind === 'text') return v;
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      }),
    );
    drill.columns.forEach((c, i) => {
      if (c.kind !== 'text') added.getCell(i + 1).numFmt = c.kind === 'count' ? NUMBER_FORMATS.integer : '#,##0.00###';
    });
  }
  drill.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.kind === 'text' ? 36 : 18;
  });
  return workbookBuffer(workbook);
}
