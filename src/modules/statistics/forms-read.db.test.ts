import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import type { DrillResult, FormTable } from './contract';
import { fakeParkForm } from './fake-forms.fixture';
import {
  type Client,
  documentXml,
  ok,
  openWorkbook,
  seedRegistry,
  sheetText,
  statisticsHttp,
} from './statistics-harness.fixture';

/**
 * Reading the national forms: who sees which scope (a Board its province with the units it was
 * formed from, the ministry any province or the country), period checks, a cell opened to its
 * records, and the .xlsx/.docx files opened again.
 */
let t: TestContext;
let h: Awaited<ReturnType<typeof statisticsHttp>>;
let ids: Awaited<ReturnType<typeof seedRegistry>>;
let bn: Client;
let leader: Client;
let hp: Client;
let ministry: Client;
let enterprise: Client;

beforeAll(async () => {
  t = await createTestContext();
  ids = await seedRegistry(t);
  h = await statisticsHttp(t, [fakeParkForm('2104')]);
  bn = await h.as('stat.bn', 'board_officer', { provinceCode: '24' });
  leader = await h.as('stat.bn.ld', 'board_leader', { provinceCode: '24' });
  hp = await h.as('stat.hp', 'board_officer', { provinceCode: '31' });
  ministry = await h.as('stat.bo', 'ministry');
  enterprise = await h.as('stat.dn', 'enterprise', { enterpriseId: crypto.randomUUID() });
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const parksOf = (form: FormTable) => form.sections[0]!.rows.map((r) => r.cells.name!.value);

describe('GET /api/statistics/forms', () => {
  it('lists the forms to Boards and the ministry, not to enterprises', async () => {
    const list = ok(await bn.get('/api/statistics/forms'));
    expect(list.items).toEqual([
      {
        code: '2104',
        fullCode: '2104.H.QLKKT',
        title: expect.objectContaining({ vi: expect.any(String) }),
        landscape: true,
      },
    ]);
    expect((await enterprise.get('/api/statistics/forms')).statusCode).toBe(403);
  });
});

describe('GET /api/statistics/forms/:code — scope', () => {
  it('gives a Board its province today, old units included (a 2026 Bắc Ninh form has the old Bắc Giang park)', async () => {
    const form: FormTable = ok(await bn.get('/api/statistics/forms/2104?period=2026-Q1'));
    expect(form.scope).toEqual({ kind: 'province', code: '24', name: 'Tỉnh Bắc Ninh' });
    expect(parksOf(form)).toEqual(['KCN Quang Châu', 'KCN Yên Phong']);
    expect(form.sections[0]!.total!.cells.projects!.value).toBe('2');
    expect(form.periodLabel).toEqual({ vi: 'Quý I/2026', en: 'Q1 2026' });
    expect([form.from, form.to]).toEqual(['2026-01-01', '2026-03-31']);
    expect(ok(await leader.get('/api/statistics/forms/2104?period=2026&province=24')).scope.code).toBe('24');
  });

  it('refuses a Board another province and enterprises any form', async () => {
    expect((await bn.get('/api/statistics/forms/2104?period=2026-Q1&province=31')).statusCode).toBe(403);
    expect((await hp.get('/api/statistics/forms/2104?period=2026-Q1&province=24')).statusCode).toBe(403);
    expect((await enterprise.get('/api/statistics/forms/2104?period=2026-Q1')).statusCode).toBe(403);
  });

  it('gives the ministry the country without a province, or the province it names', async () => {
    const country: FormTable = ok(await ministry.get('/api/statistics/forms/2104?period=2026-Q1'));
    expect(country.scope).toEqual({ kind: 'country' });
    expect(parksOf(country).sort()).toEqual(['KCN Quang Châu', 'KCN Yên Phong', 'KCN Đình Vũ']);
    const hpForm: FormTable = ok(await ministry.get('/api/statistics/forms/2104?period=2026-Q1&province=31'));
    expect(parksOf(hpForm)).toEqual(['KCN Đình Vũ']);
  });

  it('answers 400 in Vietnamese and English for a bad period or province, 404 for a form not computed', async () => {
    const future = await ministry.get('/api/statistics/forms/2104?period=2099-Q1');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields['querystring.period'].message).toContain('chưa bắt đầu');
    expect(future.json().error.fields['querystring.period'].messageEn).toContain('has not begun');
    const month = await ministry.get('/api/statistics/forms/2104?period=2026-07');
    expect(month.statusCode).toBe(400);
    expect(month.json().error.fields['querystring.period'].message).toContain('một quý');
    const province = await ministry.get('/api/statistics/forms/2104?period=2026&province=99');
    expect(province.statusCode).toBe(400);
    expect(province.json().error.fields['querystring.province'].messageEn).toContain('No province with code 99');
    expect((await ministry.get('/api/statistics/forms/2199?period=2026')).statusCode).toBe(400);
    expect((await ministry.get('/api/statistics/forms/2101?period=2026')).statusCode).toBe(404);
  });
});

describe('drill', () => {
  it('opens a cell to its records in the same scope, and its value agrees', async () => {
    const form: FormTable = ok(await bn.get('/api/statistics/forms/2104?period=2026-Q1'));
    const yp = form.sections[0]!.rows.find((r) => r.cells.name!.value === 'KCN Yên Phong')!;
    const key = yp.cells.projects!.drill!;
    const drill: DrillResult = ok(
      await bn.get(`/api/statistics/forms/2104/drill?period=2026-Q1&cell=${encodeURIComponent(key)}`),
    );
    expect(drill.cell).toBe(key);
    expect(drill.rows.map((r) => [r.id, r.values.code, r.values.capital])).toEqual([
      [ids.projects.yp1, 'STAT-YP-1', '12.50'],
    ]);
    expect(drill.cellValue).toBe(yp.cells.projects!.value);
    const total: DrillResult = ok(await bn.get('/api/statistics/forms/2104/drill?period=2026-Q1&cell=all&pageSize=1'));
    expect([total.total, total.rows.length]).toEqual([2, 1]);
    expect((await bn.get('/api/statistics/forms/2104/drill?period=2026-Q1&cell=nonsense')).statusCode).toBe(404);
    expect((await bn.get('/api/statistics/forms/2104/drill?period=2026-Q1&cell=all&province=31')).statusCode).toBe(403);
  });

  it('exports the records of a cell as .xlsx', async () => {
    const res = await bn.get('/api/statistics/forms/2104/drill.xlsx?period=2026-Q1&cell=all');
    const sheet = await openWorkbook(res);
    const text = sheetText(sheet);
    expect(text[0]).toContain('Biểu 2104.H.QLKKT');
    expect(text).toContain('Số bản ghi | 2');
    expect(text.some((l) => l.startsWith('STAT-YP-1 | Dự án STAT-YP-1 | KCN Yên Phong | 12.5'))).toBe(true);
    expect(text.some((l) => l.includes('STAT-DV-1'))).toBe(false);
  });
});

describe('exports', () => {
  it('writes the form as .xlsx: title, period, merged group header, numbers as numbers, total, landscape', async () => {
    const res = await bn.get('/api/statistics/forms/2104.xlsx?period=2026-Q1');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('EZ_2104HQLKKT_moi_2026-Q1_BQLKCN.xlsx')}`,
    );
    const sheet = await openWorkbook(res);
    const text = sheetText(sheet);
    expect(text[0]).toContain('BAN QUẢN LÝ CÁC KCN, KKT');
    expect(text[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text[1]).toContain('TỈNH BẮC NINH');
    expect(text).toContain('Biểu 2104.H.QLKKT | Biểu 2104.H.QLKKT | Biểu 2104.H.QLKKT | Biểu 2104.H.QLKKT');
    expect(text.join('\n')).toContain('TÌNH HÌNH DỰ ÁN TẠI CÁC KHU CÔNG NGHIỆP (BIỂU THỬ)');
    expect(text.join('\n')).toContain('Kỳ báo cáo: Quý I/2026');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    // The group header spans both figure columns; the name column spans both header rows.
    const headerRow = text.findIndex((l) => l.startsWith('Tên KCN'));
    expect(text[headerRow]).toBe('Tên KCN | DỰ ÁN ĐẦU TƯ | DỰ ÁN ĐẦU TƯ');
    expect(text[headerRow + 1]).toBe('Tên KCN | Số dự án (Dự án) | Vốn đăng ký FDI (triệu USD)');
    expect(text[headerRow + 2]).toBe('(1) | (2) | (3)');
    const rowOf = (first: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(1).value === first) found = n;
      });
      return sheet.getRow(found);
    };
    const yp = rowOf('KCN Yên Phong');
    expect([yp.getCell(1).value, yp.getCell(2).value, yp.getCell(3).value]).toEqual(['KCN Yên Phong', 1, 12.5]);
    expect(yp.getCell(3).numFmt).toBe('#,##0.00');
    const total = rowOf('Tổng cộng');
    expect([total.getCell(1).value, total.getCell(2).value, total.getCell(3).value]).toEqual(['Tổng cộng', 2, 15.5]);
  });

  it('writes the form as .docx in the official layout', async () => {
    const res = await ministry.get('/api/statistics/forms/2104.docx?period=2026-Q1&province=24');
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('EZ_2104HQLKKT_moi_2026-Q1_BQLKCN.docx');
    const xml = await documentXml(res);
    for (const text of [
      'BAN QUẢN LÝ CÁC KCN, KKT',
      'TỈNH BẮC NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Biểu 2104.H.QLKKT',
      'TÌNH HÌNH DỰ ÁN TẠI CÁC KHU CÔNG NGHIỆP (BIỂU THỬ)',
      'Kỳ báo cáo: Quý I/2026',
      'DỰ ÁN ĐẦU TƯ',
      'Tổng cộng',
      '12,50',
      '15,50',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Times New Roman');
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    const country = await documentXml(await ministry.get('/api/statistics/forms/2104.docx?period=2026-Q1'));
    expect(country).toContain('Phạm vi: Toàn quốc');
  });
});
