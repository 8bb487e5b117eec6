import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { TEST_PASSWORD, type TestContext } from '../../../test/support/app';
import { systemActor } from '../../platform/auth/actor';
import { CSRF_HEADER, SESSION_COOKIE } from '../../platform/auth/contract';
import { authRoutes } from '../../platform/auth/routes';
import { buildHttpApp } from '../../platform/http/app';
import type { FormCode } from './contract';
import type { FormDefinition } from './forms/definition';
import { statisticsRoutes } from './routes';
import { createStatisticsService } from './service';
import type { FormWorkflow } from './workflow';

/**
 * The statistics routes over a chosen set of form definitions, on the test database of a
 * TestContext, with its own sign-in: the service's tests run against small fake forms (and,
 * once they exist, the real ones) through the same HTTP layer as the app.
 */
export type Client = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
};

export async function statisticsHttp(
  t: TestContext,
  forms: readonly FormDefinition[],
  clock = () => new Date(),
  workflows?: readonly FormWorkflow[],
) {
  const service = createStatisticsService({
    db: t.database.db,
    clock,
    geo: t.app.services.geo,
    audit: t.app.services.audit,
    forms: new Map(forms.map((f) => [f.code as FormCode, f])),
    ...(workflows ? { workflows } : {}),
  });
  const http = await buildHttpApp({
    database: t.database,
    auth: t.app.services.auth,
    bodyLimitBytes: 64 * 1024,
    logger: false,
    modules: [
      async (app) => {
        await app.register(authRoutes(t.app.services.auth, { secureCookies: false, sessionMaxHours: 8 }));
        await app.register(statisticsRoutes(service));
      },
    ],
  });
  await http.ready();

  async function as(username: string, role: Parameters<TestContext['addUser']>[1], scope = {}): Promise<Client> {
    await t.addUser(username, role, scope);
    const res = await http.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username, password: TEST_PASSWORD },
    });
    const cookie = `${SESSION_COOKIE}=${res.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`;
    const csrf = (res.json() as { csrfToken: string }).csrfToken;
    const headers = { cookie, [CSRF_HEADER]: csrf };
    return {
      get: (url) => http.inject({ method: 'GET', url, headers }),
      post: (url, payload = {}) => http.inject({ method: 'POST', url, payload: payload as object, headers }),
    };
  }
  return { service, http, as, close: () => http.close() };
}

export function ok(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

export const system = systemActor('test');

export async function openWorkbook(res: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

export async function documentXml(res: LightMyRequestResponse): Promise<string> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  return zip.file('word/document.xml')!.async('string');
}

/** Every text of a sheet, row by row, for assertions that read like the printed form. */
export function sheetText(sheet: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    lines.push(values.join(' | '));
  });
  return lines;
}

/**
 * Three parks: Yên Phong in the old Bắc Ninh (63:27) and Quang Châu in the old Bắc Giang (63:24),
 * both in today's Bắc Ninh (34-edition code 24), and Đình Vũ in Hải Phòng (31); one FDI project
 * in each of the first two parks and one in Đình Vũ.
 */
export async function seedRegistry(t: TestContext) {
  const inv = t.app.services.investment;
  const park = async (code: string, name: string, adminUnitId: string) =>
    (await t.app.services.zones.createPark(system, { code, name, kinds: [], adminUnitId, developerEnterpriseId: null }))
      .id;
  const parks = {
    yenPhong: await park('YP-STAT', 'KCN Yên Phong', '63:27'),
    quangChau: await park('QC-STAT', 'KCN Quang Châu', '63:24'),
    dinhVu: await park('DV-STAT', 'KCN Đình Vũ', '63:31'),
  };
  const korea = (await inv.createInvestor(system, { kind: 'organisation', name: 'Hana Micron', nationality: 'KR' })).id;
  const project = async (code: string, parkId: string, usd: string, date = '2026-02-10') =>
    (
      await inv.createProject(system, {
        projectCode: code,
        name: `Dự án ${code}`,
        enterpriseId: null,
        location: { kind: 'park', parkId },
        type: 'production_business',
        sectors: [],
        landAreaHa: '5',
        investors: [{ investorId: korea, share: '100' }],
        certificate: { date, registeredCapital: { value: usd, currency: 'USD' } },
      })
    ).id;
  const projects = {
    yp1: await project('STAT-YP-1', parks.yenPhong, '12500000'),
    qc1: await project('STAT-QC-1', parks.quangChau, '3000000'),
    dv1: await project('STAT-DV-1', parks.dinhVu, '7000000'),
  };
  return { parks, projects, korea, project };
}
