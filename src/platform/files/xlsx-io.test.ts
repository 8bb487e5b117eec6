import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors';
import { looksLikeXlsx, readSheets } from './xlsx-read';
import {
  contentDisposition,
  excelDay,
  excelLocalTime,
  excelNumber,
  NUMBER_FORMATS,
  streamingWorkbook,
  workbookBuffer,
} from './xlsx-write';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('xlsx written and read back', () => {
  it('keeps Vietnamese text, typed numbers and calendar days through a round trip', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Khu công nghiệp');
    sheet.addRow(['Tên', 'Diện tích (ha)', 'Ngày thành lập']);
    sheet.addRow(['Khu công nghiệp Quế Võ – Bắc Ninh', excelNumber('611.4'), excelDay('1997-11-22')]);
    sheet.addRow([]);
    sheet.addRow(['Đặc khu Vân Đồn', 162000, excelDay('2025-07-01')]);
    sheet.getCell('C2').numFmt = NUMBER_FORMATS.date;
    sheet.getCell('C4').numFmt = NUMBER_FORMATS.date;
    const data = await workbookBuffer(workbook);
    expect(looksLikeXlsx(data)).toBe(true);

    const [read] = await readSheets(data);
    expect(read!.name).toBe('Khu công nghiệp');
    // the empty row is skipped; row numbers are Excel's
    expect(read!.rows.map((r) => r.number)).toEqual([1, 2, 4]);
    const [, second, fourth] = read!.rows;
    expect(second!.cells[1]).toBe('Khu công nghiệp Quế Võ – Bắc Ninh');
    expect(second!.cells[2]).toBe(611.4);
    expect((second!.cells[3] as Date).toISOString().slice(0, 10)).toBe('1997-11-22');
    expect((fourth!.cells[3] as Date).toISOString().slice(0, 10)).toBe('2025-07-01');
  });

  it('reads only the sheets asked for and bounds the rows', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hướng dẫn').addRow(['đọc kỹ']);
    const data = workbook.addWorksheet('Dữ liệu');
    for (let i = 0; i < 30; i++) data.addRow([i]);
    const buffer = await workbookBuffer(workbook);
    const sheets = await readSheets(buffer, { wanted: ['Dữ liệu'] });
    expect(sheets.map((s) => s.name)).toEqual(['Dữ liệu']);
    expect(sheets[0]!.rows).toHaveLength(30);
    const tooMany = await readSheets(buffer, { maxRows: 10 }).catch((e) => e);
    expect(tooMany).toBeInstanceOf(AppError);
    expect((tooMany as AppError).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a file that is not a workbook with a bilingual 415', async () => {
    for (const garbage of [Buffer.from('ma,so,thue\n0101234567'), Buffer.from('PK\x03\x04 not really a zip')]) {
      const error = await readSheets(garbage).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(error.message).toContain('.xlsx');
    }
  });

  it('streams a large workbook row by row', async () => {
    const { workbook, stream } = streamingWorkbook();
    const sheet = workbook.addWorksheet('Dự án');
    const done = collect(stream);
    for (let i = 0; i < 20_000; i++) sheet.addRow([`Dự án số ${i}`, i * 1.5]).commit();
    sheet.commit();
    await workbook.commit();
    const [read] = await readSheets(await done);
    expect(read!.rows).toHaveLength(20_000);
    expect(read!.rows[19_999]!.cells).toEqual([undefined, 'Dự án số 19999', 29998.5]);
  });

  it('names downloads in ASCII with the Vietnamese name alongside', () => {
    expect(contentDisposition('khu-công-nghiệp 2026.xlsx')).toBe(
      `attachment; filename="khu-cong-nghiep-2026.xlsx"; filename*=UTF-8''khu-c%C3%B4ng-nghi%E1%BB%87p%202026.xlsx`,
    );
  });

  it('shows instants in Hà Nội wall time', () => {
    expect(excelLocalTime('2026-03-02T17:30:00Z')!.toISOString()).toBe('2026-03-03T00:30:00.000Z');
    expect(excelDay(null)).toBeNull();
    expect(excelNumber('')).toBeNull();
  });
});
