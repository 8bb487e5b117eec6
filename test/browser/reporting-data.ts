import { type APIRequestContext, request } from 'playwright-core';
import type { Account } from './harness';

/**
 * The reporting browser tests' own data, written through the API with real sessions (cookie and
 * CSRF header), as the people who would write it: the Board records the registry, the
 * administrator the enterprise's account, the enterprise its earlier reports.
 */
export type ApiSession = {
  get: <T>(url: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PATCH', url: string, data: unknown) => Promise<T>;
  close: () => Promise<void>;
};

export async function apiSession(baseURL: string, account: Account): Promise<ApiSession> {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/sign-in', { data: account });
  if (!res.ok()) throw new Error(`sign-in of ${account.username}: ${res.status()} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const check = async <T>(url: string, r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
    if (!r.ok()) throw new Error(`${url}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return {
    get: async (url) => check(url, await ctx.get(url)),
    send: async (method, url, data) =>
      check(url, await ctx.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } })),
    close: () => ctx.dispose(),
  };
}

export const ACCOUNTANT: Account = { username: 'ketoan.cokhithanglong', password: 'Ke-toan-Thang-Long-2026' };

/** A park in Hà Nội (the demo Board's province), a domestic enterprise and its project there. */
export async function recordRegistry(board: ApiSession, admin: ApiSession) {
  const park = await board.send<{ id: string }>('POST', '/api/parks', {
    code: 'KCN-QM-BC',
    name: 'KCN Quang Minh (thử)',
    kinds: [],
    adminUnitId: '63:01',
  });
  const enterprise = await board.send<{ id: string }>('POST', '/api/enterprises', {
    taxCode: '0107778899',
    nameVi: 'Công ty Cổ phần Cơ khí Chính xác Thăng Long',
    adminUnitId: '34:01',
    sectors: ['2592'],
  });
  const investor = await board.send<{ id: string }>('POST', '/api/investors', {
    kind: 'organisation',
    name: 'Tổng công ty Cơ khí Hà Nội',
    nationality: 'VN',
  });
  const project = await board.send<{ id: string; projectCode: string }>('POST', '/api/projects', {
    projectCode: '5432109876',
    name: 'Nhà máy gia công cơ khí chính xác Quang Minh',
    enterpriseId: enterprise.id,
    location: { kind: 'park', parkId: park.id },
    type: 'production_business',
    sectors: ['2592'],
    landAreaHa: '4.5',
    operationStartedOn: '2025-06-01',
    investors: [{ investorId: investor.id, share: '100' }],
    certificate: {
      date: '2025-01-15',
      documentNo: '12/QĐ-BQL',
      registeredCapital: { value: '350000000000', currency: 'VND' },
    },
  });
  await admin.send('POST', '/api/users', {
    username: ACCOUNTANT.username,
    displayName: 'Nguyễn Thu Trang (Kế toán trưởng)',
    role: 'enterprise',
    enterpriseId: enterprise.id,
    password: ACCOUNTANT.password,
  });
  return { park, enterprise, project };
}

/** A quarter's figures in the units the form shows (triệu đồng, nghìn USD, người). */
export const quarterFigures = (revenue: string) => ({
  realisedCapital: '9500',
  operating: true,
  revenue,
  exportUsd: '1250',
  importUsd: '830',
  budgetVnd: '2100',
  workersDomestic: '318',
  workersForeign: '6',
  workersFemale: '142',
});

/** The enterprise files and submits a quarter; the Board accepts it (its accepted history). */
export async function fileAccepted(
  filer: ApiSession,
  board: ApiSession,
  projectId: string,
  period: string,
  revenue: string,
) {
  const created = await filer.send<{ id: string; updatedAt: string }>('POST', '/api/reports', {
    typeId: 'quarterly_implementation',
    period,
    projectId,
    values: quarterFigures(revenue),
  });
  const submitted = await filer.send<{ updatedAt: string }>('POST', `/api/reports/${created.id}/submit`, {
    updatedAt: created.updatedAt,
    confirmations: [],
  });
  await board.send('POST', `/api/reports/${created.id}/accept`, { updatedAt: submitted.updatedAt });
}
