import { execFileSync } from 'node:child_process';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { loadDemoDossiers } from '../../../demo/onestop/load-dossiers';
import { localInstant } from '../../../kernel/calendar';
import { recordAudit } from '../../../platform/audit/service';
import { systemActor } from '../../../platform/auth/actor';
import { inTransaction } from '../../../platform/db/transaction';
import { dossiers } from '../dossiers/schema';

const NOW = localInstant('2026-11-26', '10:00');
let t: TestContext;
let board: Session;
let ministry: Session;
let otherBoard: Session;
let enterprise: Session;
let enterpriseId: string;
let loaded: { dossiers: number; events: number };

beforeAll(async () => {
  t = await createTestContext({ clock: () => NOW });
  await t.addUser('bql01', 'board_officer', { provinceCode: '01' });
  await t.addUser('bql79', 'board_officer', { provinceCode: '79' });
  await t.addUser('botc', 'ministry');
  loaded = await loadDemoDossiers(t.app, t.database.db, {
    now: NOW,
    provinces: [
      { code: '01', count: 160 },
      { code: '79', count: 40 },
    ],
  });
  board = await t.signIn('bql01');
  otherBoard = await t.signIn('bql79');
  ministry = await t.signIn('botc');
  enterpriseId = (
    await t.app.services.investment.createEnterprise(systemActor('test'), {
      taxCode: '0100000017',
      nameVi: 'Công ty TNHH Điện tử Minh An',
      adminUnitId: '34:01',
      sectors: [],
      legalRepresentative: 'Nguyễn Văn An',
    })
  ).id;
  await t.addUser('dn.minhan', 'enterprise', { enterpriseId });
  enterprise = await t.signIn('dn.minhan');
}, 120_000);
afterAll(() => t.close());

const db = () => t.database.db;
async function oneDossier(where: ReturnType<typeof and>) {
  const [row] = await db().select().from(dossiers).where(where).orderBy(dossiers.code).limit(1);
  if (!row) throw new Error('no demo dossier matches');
  return row;
}
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

describe('demo dossiers', () => {
  it('are written with gap-free daily codes and a clock on every received one', async () => {
    expect(loaded.dossiers).toBeGreaterThan(120);
    const rows = await db().select().from(dossiers).where(eq(dossiers.provinceCode, '01'));
    const byDay = new Map<string, number[]>();
    for (const r of rows) {
      const [, day, seq] = r.code.split('-');
      byDay.set(day!, [...(byDay.get(day!) ?? []), Number(seq)]);
      expect(r.dueAt).not.toBeNull();
    }
    for (const seqs of byDay.values()) expect(seqs.sort((a, b) => a - b)).toEqual(seqs.map((_, i) => i + 1));
    const states = new Set(rows.map((r) => r.state));
    expect(states.has('returned')).toBe(true);
    expect(rows.some((r) => r.timeliness === 'late')).toBe(true);
    expect(rows.some((r) => r.extensions === 1)).toBe(true);
  });
});

describe('public tracking', () => {
  it('shows status, portal code and dates by exact code, signed out, and nothing about the applicant', async () => {
    const row = await oneDossier(and(eq(dossiers.state, 'returned'), eq(dossiers.provinceCode, '01')));
    const res = await t.app.http.inject({ method: 'GET', url: `/api/public/dossiers/${row.code}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: row.code,
      status: { state: 'returned', portalCode: 10, portalVi: 'Đã trả kết quả' },
      receivedAt: row.receivedAt!.toISOString(),
      agency: 'Ban Quản lý các khu công nghiệp Hà Nội',
    });
    expect(['early', 'on_time', 'late']).toContain(body.timeliness);
    expect(res.body).not.toContain(row.applicantName);
    expect(res.body).not.toContain(row.applicantPhone!);
    expect(Object.keys(body)).not.toContain('officerId');
  });

  it('answers 404 with a clear message for an unknown code and 400 for a malformed one', async () => {
    const missing = await t.app.http.inject({ method: 'GET', url: '/api/public/dossiers/BQL01-261126-9999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('Không tìm thấy hồ sơ có mã BQL01-261126-9999');
    const bad = await t.app.http.inject({ method: 'GET', url: '/api/public/dossiers/BQL01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['params.code']).toBeDefined();
  });
});

describe('forms of a dossier', () => {
  it('prints the receipt slip and the control slip for the Board of its province', async () => {
    const row = await oneDossier(and(eq(dossiers.state, 'returned'), eq(dossiers.provinceCode, '01')));
    const slip = await board.inject({ method: 'GET', url: `/api/dossiers/${row.id}/forms/01.pdf` });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const text = pdfText(slip.rawPayload);
    expect(text).toContain(row.code);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`/tra-cuu-ho-so/${row.code}`);
    const control = pdfText(
      (await board.inject({ method: 'GET', url: `/api/dossiers/${row.id}/forms/06.pdf` })).rawPayload,
    );
    expect(control).toContain('Tiếp nhận hồ sơ');
    expect(control).toContain('Trả kết quả');
    expect(control).toMatch(/Trước hạn|Đúng hạn|Quá hạn/);
  });

  it('prints the apology only for an extended dossier (409 otherwise)', async () => {
    const extended = await oneDossier(and(eq(dossiers.extensions, 1), eq(dossiers.provinceCode, '01')));
    const letter = await board.inject({ method: 'GET', url: `/api/dossiers/${extended.id}/forms/04.pdf` });
    expect(letter.statusCode).toBe(200);
    expect(pdfText(letter.rawPayload)).toContain('đề nghị gia hạn thời gian giải quyết hồ sơ đến');
    const plain = await oneDossier(and(eq(dossiers.extensions, 0), eq(dossiers.provinceCode, '01')));
    expect((await board.inject({ method: 'GET', url: `/api/dossiers/${plain.id}/forms/04.pdf` })).statusCode).toBe(409);
  });

  it("gives the applicant enterprise its own dossier's forms, and refuses others and another province's Board", async () => {
    const row = await oneDossier(and(eq(dossiers.provinceCode, '01'), eq(dossiers.state, 'returned')));
    const other = await oneDossier(and(eq(dossiers.provinceCode, '01'), eq(dossiers.state, 'in_process')));
    await inTransaction(db(), async (tx) => {
      await tx.update(dossiers).set({ applicantEnterpriseId: enterpriseId }).where(eq(dossiers.id, row.id));
      await recordAudit(tx, systemActor('test'), { action: 'demo.load', entityType: 'dossier', entityId: row.id });
    });
    const own = await enterprise.inject({ method: 'GET', url: `/api/dossiers/${row.id}/forms/01.pdf` });
    expect(own.statusCode).toBe(200);
    expect(pdfText(own.rawPayload)).toContain(row.code);
    expect((await enterprise.inject({ method: 'GET', url: `/api/dossiers/${other.id}/forms/01.pdf` })).statusCode).toBe(
      403,
    );
    expect(
      (
        await enterprise.inject({
          method: 'GET',
          url: '/api/dossiers/tracking-book.xlsx?from=2026-01-01&to=2026-01-31',
        })
      ).statusCode,
    ).toBe(403);
    expect((await otherBoard.inject({ method: 'GET', url: `/api/dossiers/${row.id}/forms/01.pdf` })).statusCode).toBe(
      403,
    );
  });
});

describe('tracking book (form 07)', () => {
  it('has one row per dossier received in the range, with the form columns', async () => {
    const res = await board.inject({
      method: 'GET',
      url: '/api/dossiers/tracking-book.xlsx?from=2026-01-01&to=2026-06-30',
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(5).getCell(2).value).toBe('Mã hồ sơ');
    expect(sheet.getRow(5).getCell(9).value).toBe('Hẹn trả kết quả');
    const [{ n }] = (await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(dossiers)
      .where(
        and(
          eq(dossiers.provinceCode, '01'),
          gte(dossiers.receivedAt, localInstant('2026-01-01')),
          lt(dossiers.receivedAt, localInstant('2026-07-01')),
        ),
      )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    const codes: string[] = [];
    sheet.eachRow((row, i) => {
      if (i > 5 && typeof row.getCell(2).value === 'string' && String(row.getCell(2).value).startsWith('BQL01-')) {
        codes.push(String(row.getCell(2).value));
      }
    });
    expect(codes).toHaveLength(n);
  });
});

describe('KPIs', () => {
  const url = (q: string) => `/api/onestop/kpis?${q}`;
  it("counts the Board's own province and balances: handled = ended + open", async () => {
    const res = await board.inject({ method: 'GET', url: url('from=2026-01-01&to=2026-10-31&groupBy=officer') });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.province).toEqual({ code: '01', name: expect.stringContaining('Hà Nội') });
    const x = r.total;
    expect(x.handled).toBe(
      x.finished +
        x.returned +
        x.withdrawn +
        x.stopped +
        x.inProgressOnTime +
        x.inProgressLate +
        x.pausedOnTime +
        x.pausedLate,
    );
    expect(x.finishedEarly + x.finishedOnTime).toBeGreaterThan(x.finishedLate);
    expect(r.rows.reduce((s: number, row: { handled: number }) => s + row.handled, 0)).toBe(x.handled);
    expect(r.trend).toHaveLength(10);
    expect(r.indicators766[0]).toMatchObject({ key: 'progress', maxPoints: 20 });
  });

  it('gives the ministry the country and a province, and refuses a Board another province', async () => {
    const country = (await ministry.inject({ method: 'GET', url: url('from=2025-01-01&to=2026-11-25') })).json();
    const hanoi = (
      await ministry.inject({ method: 'GET', url: url('from=2025-01-01&to=2026-11-25&province=01') })
    ).json();
    expect(country.province).toBeNull();
    expect(country.total.handled).toBeGreaterThan(hanoi.total.handled);
    expect(
      (await board.inject({ method: 'GET', url: url('from=2025-01-01&to=2026-11-25&province=79') })).statusCode,
    ).toBe(403);
    expect((await board.inject({ method: 'GET', url: url('from=2026-02-01&to=2026-01-01') })).statusCode).toBe(400);
    const xlsx = await board.inject({ method: 'GET', url: `/api/onestop/kpis.xlsx?from=2026-01-01&to=2026-10-31` });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ số giải quyết TTHC', 'Theo tháng', 'Quyết định 766']);
  });
});
