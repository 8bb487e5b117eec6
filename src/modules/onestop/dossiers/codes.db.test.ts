import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../../test/support/app';
import { formatDossierCode } from './codes';

/**
 * Dossier codes under concurrent receipts: 20 desks receiving at once get 0001…0020 of the day
 * (on PostgreSQL the requests really run in parallel on the pool; on PGlite they queue), and a
 * receipt that rolls back gives its number back, so the day's sequence has no gap.
 */
let t: TestContext;
const now = new Date('2026-05-04T09:30:00+07:00');
let desk: Session;

const receipt = (i: number, extra: object = {}) => ({
  channel: 'in_person',
  outcome: 'receive',
  procedureCode: '1.014200.H05',
  caseKey: 'grant',
  subject: `Cấp lại giấy phép lao động số ${i}`,
  applicant: { name: `Người lao động ${i}`, idNumber: `P${1000 + i}` },
  ...extra,
});

beforeAll(async () => {
  t = await createTestContext({ clock: () => now });
  await t.addUser('mc.hn', 'board_officer', { provinceCode: '01' });
  desk = await t.signIn('mc.hn');
});
afterAll(() => t.close());

it('gives 20 parallel receipts the codes 0001…0020, and a rolled-back receipt leaves no gap', async () => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      desk.inject({ method: 'POST', url: '/api/dossiers/desk', payload: receipt(i) }),
    ),
  );
  for (const r of responses) expect(r.statusCode, r.body).toBe(201);
  const codes = responses.map((r) => (r.json() as { code: string }).code).sort();
  expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => formatDossierCode('BQL01', '2026-05-04', i + 1)));

  // The code is taken, then the insert fails on the unknown enterprise: the whole receipt rolls back.
  const failed = await desk.inject({
    method: 'POST',
    url: '/api/dossiers/desk',
    payload: receipt(99, { applicantEnterpriseId: '00000000-0000-4000-8000-000000000000' }),
  });
  expect(failed.statusCode, failed.body).toBe(400);
  expect(Object.keys(failed.json().error.fields)).toEqual(['body.applicantEnterpriseId']);
  const next = await desk.inject({ method: 'POST', url: '/api/dossiers/desk', payload: receipt(21) });
  expect(next.statusCode, next.body).toBe(201);
  expect(next.json().code).toBe('BQL01-260504-0021');
});

it('formats the code as <agency>-YYMMDD-<4 digits>', () => {
  expect(formatDossierCode('BQL24', '2026-12-31', 7)).toBe('BQL24-261231-0007');
});
