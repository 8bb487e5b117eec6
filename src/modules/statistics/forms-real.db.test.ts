import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import type { DrillResult, FormTable } from './contract';
import type { SubmissionChanges, SubmissionDetail } from './contract-workflow';
import { FORMS } from './forms';
import { F2101 } from './forms/f2101';
import { buildDataset } from './forms/project-forms.fixture';
import { type Client, documentXml, ok, openWorkbook, statisticsHttp } from './statistics-harness.fixture';

/**
 * The service over a real definition (Biểu 2101, worked out by hand in forms/f2101.db.test.ts):
 * the new Bắc Ninh's 2025-Q2 through HTTP, a cell opened to its records, the files opened again,
 * and a frozen version that stays put while the app's FORMS registry serves the same form.
 */
let t: TestContext;
let h: Awaited<ReturnType<typeof statisticsHttp>>;
let officer: Client;
let ministry: Client;

beforeAll(async () => {
  t = await createTestContext();
  await buildDataset(t);
  h = await statisticsHttp(t, [F2101]);
  officer = await h.as('real.bn', 'board_officer', { provinceCode: '24' });
  ministry = await h.as('real.bo', 'ministry');
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const cellOf = (form: FormTable, section: string, row: string, column: string) =>
  form.sections.find((s) => s.key === section)!.rows.find((r) => r.key === row)!.cells[column]!;

describe('Biểu 2101 through the statistics service', () => {
  it('computes the Board’s quarter with the old Bắc Giang units, and opens a cell to its event', async () => {
    const form: FormTable = ok(await officer.get('/api/statistics/forms/2101?period=2025-Q2'));
    expect(form.fullCode).toBe('2101.H.QLKKT');
    expect(form.landscape).toBe(true);
    const cell = cellOf(form, 'FDI', 'FDI:new:amount', 'coastal');
    expect(cell.value).toBe('12.5');
    const drill: DrillResult = ok(
      await officer.get(`/api/statistics/forms/2101/drill?period=2025-Q2&cell=${encodeURIComponent(cell.drill!)}`),
    );
    expect([drill.recordKind, drill.total, drill.cellValue]).toEqual(['certificate_event', 1, '12.5']);
    expect(cellOf(form, 'summary', 'summary:revenue', 'total').value).toBe('45');
  });

  it('prints the matrix with its indicators in the form’s own column, the FDI and DDI sections and the notes', async () => {
    const sheet = await openWorkbook(await officer.get('/api/statistics/forms/2101.xlsx?period=2025-Q2'));
    let newAmount = 0;
    let heading = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Tổng vốn đầu tư đăng ký mới' && newAmount === 0) newAmount = n;
      if (row.getCell(1).value === '1. Tình hình cấp mới' && heading === 0) heading = n;
    });
    expect(heading).toBeGreaterThan(0);
    expect(sheet.getRow(heading).getCell(1).font?.bold).toBe(true);
    const row = sheet.getRow(newAmount);
    expect([2, 3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([0, 12.5, 0, 0, 12.5]);
    expect(sheet.pageSetup.orientation).toBe('landscape');

    const xml = await documentXml(await ministry.get('/api/statistics/forms/2101.docx?period=2025-Q2&province=24'));
    for (const text of [
      'TÌNH HÌNH THU HÚT ĐẦU TƯ VÀO KCN TRONG KỲ BÁO CÁO',
      'DỰ ÁN ĐẦU TƯ NƯỚC NGOÀI (FDI)',
      'DỰ ÁN ĐẦU TƯ TRONG NƯỚC (DDI)',
      'KCN nằm trong KKT ven biển',
      'Kỳ báo cáo: Quý II/2025',
      'Tổng vốn đầu tư đăng ký mới',
      '12,5',
    ]) {
      expect(xml, text).toContain(text);
    }
  });

  it('freezes a prepared version; the app registers the same form', async () => {
    const v: SubmissionDetail = ok(
      await officer.post('/api/statistics/forms/2101/submissions', { period: '2025-Q2' }),
      201,
    );
    expect(v.reportCode).toMatch(/^EZ_2101HQLKKT_\d+$/);
    const changes: SubmissionChanges = ok(await officer.get(`/api/statistics/submissions/${v.id}/changes`));
    expect(changes.cells).toEqual([]);
    expect(FORMS.get('2101')).toBe(F2101);
  });
});
