import type { Role } from '../../../../src/platform/auth/contract';
import { useMe } from '../../app/session';

/**
 * What the signed-in role may try in the registry pages, mirroring the policy table
 * (`platform/auth/policy.ts`). Only to show or hide buttons: the server decides every request,
 * including the province or enterprise scope.
 */
export const REGISTRY_READERS: readonly Role[] = [
  'ministry',
  'board_leader',
  'board_officer',
  'developer',
  'enterprise',
];
const BOARDS: readonly Role[] = ['board_leader', 'board_officer'];

export function useAbilities() {
  const role = useMe().data?.role;
  const has = (roles: readonly Role[]) => role !== undefined && roles.includes(role);
  return {
    manageProjects: has(BOARDS),
    manageEnterprises: has(BOARDS),
    updateContact: has([...BOARDS, 'enterprise', 'developer']),
    manageRates: has(['ministry']),
  };
}
