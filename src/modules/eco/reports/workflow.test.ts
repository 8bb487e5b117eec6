import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/auth/actor';
import type { Role } from '../../../platform/auth/contract';
import { isAllowed } from '../../../platform/auth/policy';
import type { EcoReportStatus } from './contract';
import { allowedSteps, readTarget, type Step } from './workflow';

const DEV = '00000000-0000-4000-8000-00000000000d';
const FIRM = '00000000-0000-4000-8000-00000000000f';
const OTHER = '00000000-0000-4000-8000-0000000000aa';

const user = (role: Role, scope: { provinceCode?: string; enterpriseId?: string } = {}): Actor => ({
  kind: 'user',
  id: `u-${role}`,
  username: role,
  displayName: role,
  role,
  scope: { provinceCode: scope.provinceCode ?? null, enterpriseId: scope.enterpriseId ?? null },
  locale: 'vi',
});

const ACTORS = {
  developer: user('developer', { enterpriseId: DEV }),
  otherDeveloper: user('developer', { enterpriseId: OTHER }),
  firm: user('enterprise', { enterpriseId: FIRM }),
  otherFirm: user('enterprise', { enterpriseId: OTHER }),
  firmAsDeveloperRole: user('developer', { enterpriseId: FIRM }),
  board: user('board_officer', { provinceCode: '79' }),
  boardLeader: user('board_leader', { provinceCode: '79' }),
  otherBoard: user('board_officer', { provinceCode: '01' }),
  ministry: user('ministry'),
  admin: user('admin'),
};
type Who = keyof typeof ACTORS;

const scope = (form: 'A.4' | 'B.4' | 'A.5' | 'B.5', status: EcoReportStatus) => ({
  form,
  status,
  provinceCode: '79',
  developerId: DEV,
  filerId: form.startsWith('A') ? DEV : FIRM,
});

// [who, form, status, steps allowed]
const CASES: [Who, 'A.4' | 'B.4' | 'A.5' | 'B.5', EcoReportStatus, Step[]][] = [
  ['developer', 'A.4', 'draft', ['edit', 'submit']],
  ['developer', 'A.5', 'revision_requested', ['edit', 'submit']],
  ['developer', 'A.4', 'submitted', []],
  ['developer', 'B.4', 'draft', []],
  ['otherDeveloper', 'A.4', 'draft', []],
  ['firm', 'B.4', 'draft', ['edit', 'submit']],
  ['firm', 'B.5', 'revision_requested', ['edit', 'submit']],
  ['firm', 'B.4', 'accepted', []],
  ['firm', 'A.4', 'draft', []],
  ['otherFirm', 'B.4', 'draft', []],
  ['firmAsDeveloperRole', 'B.4', 'draft', []],
  ['board', 'B.4', 'draft', []],
  ['board', 'B.4', 'submitted', ['accept', 'request_revision']],
  ['boardLeader', 'A.4', 'submitted', ['accept', 'request_revision']],
  ['board', 'A.5', 'accepted', ['request_revision']],
  ['board', 'B.5', 'revision_requested', []],
  ['otherBoard', 'B.4', 'submitted', []],
  ['ministry', 'A.4', 'submitted', []],
  ['admin', 'A.4', 'submitted', []],
];

describe('who may take each step of an eco report', () => {
  it.each(CASES)('%s on %s (%s) → %j', (who, form, status, steps) => {
    expect(allowedSteps(ACTORS[who], scope(form, status))).toEqual(steps);
  });
});

describe('who may read an eco report', () => {
  const target = readTarget({ provinceCode: '79', developerId: DEV, filerId: FIRM });
  it.each([
    ['firm', true],
    ['developer', true],
    ['board', true],
    ['ministry', true],
    ['otherFirm', false],
    ['otherDeveloper', false],
    ['otherBoard', false],
    ['admin', false],
  ] as [Who, boolean][])('%s reads a B.4 of the park: %s', (who, ok) => {
    expect(isAllowed(ACTORS[who], 'eco:read', target)).toBe(ok);
  });
});
