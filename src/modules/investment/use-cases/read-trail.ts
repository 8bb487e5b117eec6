import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { RecordAuditPage } from '../contract-records';
import type { Ctx } from './common';
import type { enterpriseUseCases } from './manage-enterprises';
import type { investorUseCases } from './manage-investors';
import type { ProjectScope } from './project-scope';
import type { projectReadUseCases } from './read-projects';
import { recordTrail } from './record-trail';

type Paging = { page: number; pageSize: number };

/** The audit trail of a record, readable exactly when the record is (same scope checks as `get…`). */
export function readTrailUseCases(
  ctx: Ctx,
  scope: ProjectScope,
  read: ReturnType<typeof projectReadUseCases>,
  enterprises: ReturnType<typeof enterpriseUseCases>,
  investors: ReturnType<typeof investorUseCases>,
) {
  return {
    async projectTrail(actor: Actor, id: string, paging: Paging): Promise<RecordAuditPage> {
      authorize(actor, 'registry:read');
      const row = await read.getRow(id);
      authorize(actor, 'registry:read', (await scope.targetOf(row)).target);
      return recordTrail(ctx.db, 'project', id, paging);
    },
    async enterpriseTrail(actor: Actor, id: string, paging: Paging): Promise<RecordAuditPage> {
      await enterprises.getEnterprise(actor, id);
      return recordTrail(ctx.db, 'enterprise', id, paging);
    },
    async investorTrail(actor: Actor, id: string, paging: Paging): Promise<RecordAuditPage> {
      await investors.getInvestor(actor, id);
      return recordTrail(ctx.db, 'investor', id, paging);
    },
  };
}
