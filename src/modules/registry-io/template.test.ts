import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../platform/files/xlsx-cells';
import { workbookBuffer } from '../../platform/files/xlsx-write';
import { createAdminIndex } from '../geo/admin-units';
import { loadAdminUnits, loadProvinceGroups, loadSuccessions } from '../geo/reference-data';
import { columnForPath, matchChoice } from './columns';
import { IMPORT_KINDS } from './contract';
import { fillTemplate } from './fill-template';
import { readImportFile } from './import-reader';
import type { TemplateLists } from './lists';
import { resolveProvince } from './references';
import { buildTemplate, FIRST_DATA_ROW, GUIDE_SHEET, LISTS_SHEET, VALIDATED_ROWS } from './template-workbook';
import { IMPORT_DEFINITIONS } from './templates';
import { KKT_TYPE_CHOICES } from './vocabulary';

const LISTS: TemplateLists = {
  provinces: ['01 · Thành phố Hà Nội', '24 · Tỉnh Bắc Ninh', '31 · Thành phố Hải Phòng'],
  provinces63: ['24 · Tỉnh Bắc Giang', '27 · Tỉnh Bắc Ninh'],
  countries: ['VN · Việt Nam', 'KR · Hàn Quốc', 'JP · Nhật Bản'],
  zones: ['KKT-QN-VD · Khu kinh tế Vân Đồn'],
  parks: ['HN-KCN-TL · Khu công nghiệp Thăng Long'],
};

async function template(kind: (typeof IMPORT_KINDS)[number]) {
  const workbook = buildTemplate(IMPORT_DEFINITIONS[kind], LISTS);
  const data = await workbookBuffer(workbook);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(data as unknown as ArrayBuffer);
  return { data, back };
}

type Validation = { type: string; formulae?: string[]; errorStyle?: string; prompt?: string };
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[address];

describe('templates', () => {
  it.each(IMPORT_KINDS)('%s: data sheets with both header rows, then the guide and the lists', async (kind) => {
    const definition = IMPORT_DEFINITIONS[kind];
    const { back } = await template(kind);
    const dataSheets = [definition.main, ...(definition.extra ?? [])];
    expect(back.worksheets.map((s) => s.name)).toEqual([...dataSheets.map((d) => d.name), GUIDE_SHEET, LISTS_SHEET]);
    for (const def of dataSheets) {
      const sheet = back.getWorksheet(def.name)!;
      def.columns.forEach((column, i) => {
        const vi = cellText(sheet.getRow(1).getCell(i + 1).value);
        expect(vi).toBe(column.required ? `${column.vi} *` : column.vi);
        expect(cellText(sheet.getRow(2).getCell(i + 1).value)).toBe(column.en);
        // every column carries its instruction as a note and as an input message
        expect(JSON.stringify(sheet.getRow(1).getCell(i + 1).note)).toContain(column.note.vi.slice(0, 20));
        const letter = sheet
          .getRow(1)
          .getCell(i + 1)
          .address.replace(/\d+/, '');
        expect(validationAt(sheet, `${letter}${FIRST_DATA_ROW}`)?.prompt).toBeTruthy();
        expect(validationAt(sheet, `${letter}${FIRST_DATA_ROW + VALIDATED_ROWS - 1}`)).toBeTruthy();
      });
    }
    const guide = back.getWorksheet(GUIDE_SHEET)!;
    const guideText: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => guideText.push(cellText(cell.value))));
    for (const column of definition.main.columns) {
      expect(guideText).toContain(column.vi);
      expect(guideText).toContain(column.en);
    }
    expect(guideText.join(' ')).toContain('dd/mm/yyyy');
    expect(guideText.join(' ')).toContain('tất cả hoặc không');
  });

  it('offers the enumerations and the 34 provinces as dropdowns from the lists sheet', async () => {
    const { back } = await template('parks');
    const sheet = back.getWorksheet('Khu công nghiệp')!;
    const lists = back.getWorksheet(LISTS_SHEET)!;
    const columnOf = (header: string) =>
      sheet
        .getRow(1)
        .getCell(IMPORT_DEFINITIONS.parks.main.columns.findIndex((c) => c.vi === header) + 1)
        .address.replace(/\d+/, '');
    const province = validationAt(sheet, `${columnOf('Tỉnh, thành phố')}3`)!;
    expect(province.type).toBe('list');
    expect(province.errorStyle).toBe('warning');
    const range = /^'Danh mục'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(province.formulae![0]!)!;
    const values = Array.from({ length: Number(range[2]) - 1 }, (_, i) =>
      cellText(lists.getCell(`${range[1]}${i + 2}`).value),
    );
    expect(values).toEqual(LISTS.provinces);
    const event = validationAt(sheet, `${columnOf('Sự kiện đầu tiên')}3`)!;
    expect(event.errorStyle).toBe('stop');
    const [, col, last] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(event.formulae![0]!)!;
    expect([2, Number(last)].map((r) => cellText(lists.getCell(`${col}${r}`).value))).toEqual([
      'Đưa vào quy hoạch',
      'Thành lập',
    ]);
  });
});

describe('reading a filled template', () => {
  it('types every cell by its column and finds columns by header in any order', async () => {
    const { data, back } = await template('enterprises');
    // move the province column to the front, as a user might
    const sheet = back.getWorksheet('Doanh nghiệp')!;
    sheet.spliceColumns(5, 1);
    sheet.spliceColumns(1, 0, ['Tỉnh, thành phố *', 'Province']);
    const reordered = await workbookBuffer(back);
    for (const file of [data, reordered]) {
      const filled = await fillTemplate(file, IMPORT_DEFINITIONS.enterprises, {
        'Doanh nghiệp': [
          { taxCode: 101234567, nameVi: 'Công ty TNHH Đông Á', province: 'Hà Nội', sectors: '26100; 2640' },
          { taxCode: '0101234568-001', nameVi: 'Chi nhánh Bắc Ninh', province: '24' },
        ],
      });
      const read = await readImportFile(filled, IMPORT_DEFINITIONS.enterprises);
      expect(read.problems.list()).toEqual([]);
      expect(read.main.map((r) => r.row)).toEqual([3, 4]);
      expect(read.main[0]!.values).toMatchObject({
        taxCode: '0101234567', // the leading zero Excel dropped is back
        nameVi: 'Công ty TNHH Đông Á',
        province: 'Hà Nội',
        sectors: ['26100', '2640'],
      });
      expect(read.main[1]!.values.taxCode).toBe('0101234568-001');
    }
  });

  it('reports unreadable cells and missing required values with row, column letter and header', async () => {
    const { data } = await template('parks');
    const filled = await fillTemplate(data, IMPORT_DEFINITIONS.parks, {
      'Khu công nghiệp': [
        { code: 'HN-01', name: 'KCN Thử', province: '01', eventKind: 'Thành lập', eventDate: '31/02/2024' },
        { name: 'Thiếu mã', province: '01', kinds: 'KCN sinh thái; Khu công nghệ cao ảo' },
      ],
    });
    const read = await readImportFile(filled, IMPORT_DEFINITIONS.parks);
    const problems = read.problems.list().map((p) => [p.row, p.column, p.header, p.message]);
    expect(problems).toEqual([
      [3, 'M', 'Ngày sự kiện', 'Ngày "31/02/2024" không tồn tại.'],
      [4, 'A', 'Mã KCN', 'Cột "Mã KCN" bắt buộc, không được để trống.'],
      [4, 'C', 'Loại hình KCN', expect.stringContaining('"Khu công nghệ cao ảo" không có trong danh mục')],
    ]);
  });

  it('reports a missing sheet or required column for the whole file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Mã số thuế']);
    const wrong = await readImportFile(await workbookBuffer(workbook), IMPORT_DEFINITIONS.enterprises);
    expect(wrong.problems.list()[0]).toMatchObject({ sheet: 'Doanh nghiệp', row: null });
    expect(wrong.problems.list()[0]!.message).toContain('Không tìm thấy trang "Doanh nghiệp"');

    const partial = new ExcelJS.Workbook();
    partial.addWorksheet('Doanh nghiệp').addRow(['Mã số thuế *', 'Tên doanh nghiệp (tiếng Việt) *']);
    const missing = await readImportFile(await workbookBuffer(partial), IMPORT_DEFINITIONS.enterprises);
    expect(missing.problems.list().map((p) => p.message)).toEqual([
      'Thiếu cột bắt buộc "Tỉnh, thành phố" ở dòng tiêu đề.',
    ]);
  });
});

describe('columns and references', () => {
  it('pins a request path on the column that answers for it', () => {
    const columns = IMPORT_DEFINITIONS.parks.main.columns;
    expect(columnForPath(columns, 'body.adminUnitId')?.key).toBe('province');
    expect(columnForPath(columns, 'body.firstEvent.decision.number')?.key).toBe('decisionNo');
    expect(columnForPath(columns, 'body.firstEvent.decision.date')?.key).toBe('decisionDate');
    expect(columnForPath(columns, 'body.firstEvent')?.key).toBe('eventKind');
    expect(columnForPath(columns, 'body.kinds.1')?.key).toBe('kinds');
    expect(columnForPath(columns, 'events.3')).toBeNull();
  });

  it('matches choices by label, code or English, with or without accents', () => {
    expect(matchChoice(KKT_TYPE_CHOICES, 'Khu kinh tế ven biển')?.value).toBe('coastal');
    expect(matchChoice(KKT_TYPE_CHOICES, 'khu kinh te cua khau')?.value).toBe('border_gate');
    expect(matchChoice(KKT_TYPE_CHOICES, 'Specialised economic zone')?.value).toBe('specialised');
    expect(matchChoice(KKT_TYPE_CHOICES, 'KKTvb')?.value).toBe('coastal');
    expect(matchChoice(KKT_TYPE_CHOICES, 'khu chế xuất')).toBeNull();
  });

  it('resolves a province to the unit of the right edition', () => {
    const units = loadAdminUnits();
    const successions = loadSuccessions();
    const ix = createAdminIndex(units, successions, loadProvinceGroups(units, successions));
    const id = (text: string, date: string) => {
      const r = resolveProvince(ix, text, date);
      return r.ok ? r.value : `ERROR ${r.vi}`;
    };
    // the dropdown entry names one unit whatever the date
    expect(id('24 · Tỉnh Bắc Ninh', '2010-05-01')).toBe('34:24');
    expect(id('24 · Tỉnh Bắc Ninh', '2026-01-01')).toBe('34:24');
    // a code alone is read on the date: 24 was Bắc Giang before the merger
    expect(id('24', '2010-05-01')).toBe('63:24');
    expect(id('24', '2026-01-01')).toBe('34:24');
    // a name in both editions takes the edition of the date; an old name its own
    expect(id('Bắc Ninh', '2010-05-01')).toBe('63:27');
    expect(id('bac ninh', '2026-01-01')).toBe('34:24');
    expect(id('Tỉnh Bắc Giang', '2026-01-01')).toBe('63:24');
    expect(id('TP Hà Nội', '2026-01-01')).toBe('34:01');
    expect(id('01 · Thành phố Hà Nội', '2020-01-01')).toBe('63:01');
    expect(id('63:27', '2026-01-01')).toBe('63:27');
    expect(id('Gotham', '2026-01-01')).toMatch(/^ERROR Không có tỉnh, thành phố "Gotham"/);
    expect(id('24 · Tỉnh Hà Giang', '2026-01-01')).toMatch(/^ERROR/);
  });
});
