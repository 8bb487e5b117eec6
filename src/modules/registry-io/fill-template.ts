/**
 * Fills a downloaded template with rows, by column key, the way a person would type them: for
 * tests, benchmarks and scripted bulk loads. Columns are found by their header, so a template
 * whose columns were reordered is filled correctly too.
 */
import ExcelJS from 'exceljs';
import { cellText } from '../../platform/files/xlsx-cells';
import { headerKey, headerText } from './columns';
import type { ImportDefinition } from './definition';
import { FIRST_DATA_ROW } from './template-workbook';

export type RowValues = Record<string, string | number | Date | boolean | null | undefined>;

export async function fillTemplate(
  template: Buffer,
  definition: ImportDefinition,
  rows: Record<string, readonly RowValues[]>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const def of [definition.main, ...(definition.extra ?? [])]) {
    const data = rows[def.name];
    if (!data?.length) continue;
    const sheet = workbook.getWorksheet(def.name);
    if (!sheet) throw new Error(`the template has no sheet ${def.name}`);
    const positions = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => positions.set(headerKey(cellText(cell.value)), col));
    data.forEach((values, i) => {
      const row = sheet.getRow(FIRST_DATA_ROW + i);
      for (const [key, value] of Object.entries(values)) {
        const column = def.columns.find((c) => c.key === key);
        if (!column) throw new Error(`no column ${key} on ${def.name}`);
        const at = positions.get(headerKey(headerText(column)));
        if (at === undefined) throw new Error(`no header for ${key} on ${def.name}`);
        row.getCell(at).value = value ?? null;
      }
      row.commit();
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
