import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app';
import type { UserActor } from '../../platform/auth/actor';
import { fillTemplate } from './fill-template';
import { IMPORT_DEFINITIONS } from './templates';

/**
 * A 10,000-row file imports completely, every record through its service with its own audit
 * row. The speed is measured by `npm run bench` (bench/imports.ts), not asserted here.
 */
let t: TestContext;
let officer: UserActor;

beforeAll(async () => {
  t = await createTestContext();
  const user = await t.addUser('bql.hn', 'board_officer', { provinceCode: '01' });
  officer = {
    kind: 'user',
    id: user.id,
    username: 'bql.hn',
    displayName: 'Lê Thu Hà',
    role: 'board_officer',
    scope: { provinceCode: '01', enterpriseId: null },
    locale: 'vi',
  };
});
afterAll(() => t.close());

const ROWS = 10_000;

it(`imports ${ROWS.toLocaleString('en')} enterprises in one all-or-nothing transaction`, async () => {
  const io = t.app.services.registryIo;
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    taxCode: `01${String(i).padStart(8, '0')}`,
    nameVi: `Công ty TNHH Sản xuất Thương mại Đông Á số ${i + 1}`,
    address: `Lô ${i + 1}, Khu công nghiệp Thăng Long`,
    province: i % 2 ? '01 · Thành phố Hà Nội' : 'Hà Nội',
    sectors: i % 3 ? '26100' : '26100; 2640',
  }));
  const file = await fillTemplate((await io.template(officer, 'enterprises')).data, IMPORT_DEFINITIONS.enterprises, {
    'Doanh nghiệp': rows,
  });
  const job = await io.importNow(officer, 'enterprises', file, '10000-doanh-nghiep.xlsx');
  expect(job.problems).toEqual([]);
  expect(job).toMatchObject({ status: 'succeeded', created: ROWS, total: ROWS, done: ROWS });
  const [counts] = await t.database.query<{ enterprises: number; audited: number }>(
    `select (select count(*)::int from enterprises) as enterprises,
            (select count(*)::int from audit_log where action = 'enterprise.create') as audited`,
  );
  expect(counts).toEqual({ enterprises: ROWS, audited: ROWS });
  const last = await t.app.services.investment.findEnterprises(officer, { q: '0100009999', page: 1, pageSize: 5 });
  expect(last.items[0]?.nameVi).toBe('Công ty TNHH Sản xuất Thương mại Đông Á số 10000');
}, 900_000);
