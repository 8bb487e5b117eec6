import { describe, expect, it } from 'vitest';
import type { UserActor } from './actor';
import type { Role } from './contract';
import { isAllowed, type Target } from './policy';

const actor = (role: Role, scope: Partial<UserActor['scope']> = {}): UserActor => ({
  kind: 'user',
  id: `u-${role}`,
  username: role,
  displayName: role,
  role,
  scope: { provinceCode: null, enterpriseId: null, ...scope },
  locale: 'vi',
});

const parkInBacNinh: Target = { kind: 'record', provinceCode: '24', enterpriseIds: ['dev-1', 'tenant-1'] };

describe('registry scope', () => {
  it('lets a Board read and edit only its own province (Hải Phòng cannot touch a Bắc Ninh park)', () => {
    expect(isAllowed(actor('board_officer', { provinceCode: '24' }), 'zone:manage', parkInBacNinh)).toBe(true);
    expect(isAllowed(actor('board_officer', { provinceCode: '31' }), 'zone:manage', parkInBacNinh)).toBe(false);
    expect(isAllowed(actor('board_leader', { provinceCode: '31' }), 'registry:read', parkInBacNinh)).toBe(false);
  });

  it('lets the ministry read everything but edit nothing of a Board’s', () => {
    expect(isAllowed(actor('ministry'), 'registry:read', parkInBacNinh)).toBe(true);
    expect(isAllowed(actor('ministry'), 'zone:manage', parkInBacNinh)).toBe(false);
    expect(isAllowed(actor('ministry'), 'exchange_rate:manage')).toBe(true);
  });

  it('lets an enterprise or a developer see only the records it belongs to', () => {
    expect(isAllowed(actor('enterprise', { enterpriseId: 'tenant-1' }), 'registry:read', parkInBacNinh)).toBe(true);
    expect(isAllowed(actor('enterprise', { enterpriseId: 'tenant-2' }), 'registry:read', parkInBacNinh)).toBe(false);
    expect(isAllowed(actor('developer', { enterpriseId: 'dev-1' }), 'park_land:update', parkInBacNinh)).toBe(true);
    expect(isAllowed(actor('developer', { enterpriseId: 'dev-1' }), 'zone:manage', parkInBacNinh)).toBe(false);
    expect(isAllowed(actor('enterprise', { enterpriseId: null }), 'registry:read', parkInBacNinh)).toBe(false);
  });

  it('keeps the system administrator out of business records', () => {
    expect(isAllowed(actor('admin'), 'registry:read', parkInBacNinh)).toBe(false);
    expect(isAllowed(actor('admin'), 'project:manage', parkInBacNinh)).toBe(false);
    expect(isAllowed({ kind: 'system', label: 'seed' }, 'project:manage', parkInBacNinh)).toBe(true);
  });
});
