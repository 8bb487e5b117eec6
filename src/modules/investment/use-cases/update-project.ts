import { and, eq } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { ProjectDetail } from '../contract';
import type { UpdateProjectBody } from '../contract-records';
import { certificateEvents, enterprises, projects } from '../schema';
import { assertFresh, type Ctx, field, nextUpdatedAt, projectSearchText, todayOf, validationFailed } from './common';
import { assertProjectFacts } from './project-facts';
import type { ProjectScope } from './project-scope';
import { targetFor } from './project-scope';
import type { projectReadUseCases } from './read-projects';

const WHAT = { vi: 'Dự án', en: 'project' };

/**
 * Edits a project's own fields: name, sectors, the description of its objectives and the
 * enterprise carrying it out. What the certificate states (capital, land, investors, the
 * objectives on the certificate) changes only through certificate events. Moving a project to
 * another enterprise needs scope over the project both before and after, since the enterprise
 * decides who else may see it.
 */
export function updateProjectUseCase(ctx: Ctx, scope: ProjectScope, read: ReturnType<typeof projectReadUseCases>) {
  const { db, clock } = ctx;

  return async function updateProject(actor: Actor, id: string, input: UpdateProjectBody): Promise<ProjectDetail> {
    authorize(actor, 'project:manage');
    // The place comes from the zones service, outside the transaction (a project's place is fixed).
    const current = await read.getRow(id);
    const { target, place } = await scope.targetOf(current);
    authorize(actor, 'project:manage', target);
    const enterpriseId = input.enterpriseId !== undefined ? input.enterpriseId : current.enterpriseId;
    if (enterpriseId && enterpriseId !== current.enterpriseId) {
      const [found] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId));
      if (!found) {
        throw validationFailed(field('body.enterpriseId', 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.'));
      }
      authorize(actor, 'project:manage', targetFor(enterpriseId, place));
    }

    if (input.operationStartedOn || input.specialZoneId) {
      const [issue] = await db
        .select({ date: certificateEvents.date })
        .from(certificateEvents)
        .where(and(eq(certificateEvents.projectId, id), eq(certificateEvents.kind, 'issued')));
      await assertProjectFacts(ctx.places, place, {
        operationStartedOn: input.operationStartedOn ?? null,
        specialZoneId: input.specialZoneId ?? null,
        issuedOn: issue?.date ?? null,
        today: todayOf(ctx),
      });
    }

    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
      if (!before) throw notFound('dự án', 'Project');
      assertFresh(before.updatedAt, input.updatedAt, WHAT);
      const next = {
        operationStartedOn:
          input.operationStartedOn !== undefined ? input.operationStartedOn : before.operationStartedOn,
        specialZoneId: input.specialZoneId !== undefined ? input.specialZoneId : before.specialZoneId,
        name: input.name ?? before.name,
        sectors: input.sectors !== undefined ? [...new Set(input.sectors)] : before.sectors,
        objectives: input.objectives !== undefined ? input.objectives || null : before.objectives,
        enterpriseId: input.enterpriseId !== undefined ? input.enterpriseId : before.enterpriseId,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]),
      );
      const today = todayOf(ctx);
      if (changed.length === 0) return read.detailOf(tx, before, today, { place });
      const [after] = await tx
        .update(projects)
        .set({
          ...next,
          search: projectSearchText(next.name, before.projectCode),
          updatedAt: nextUpdatedAt(clock, before.updatedAt),
        })
        .where(eq(projects.id, id))
        .returning();
      const pick = (r: typeof before) => Object.fromEntries(changed.map((k) => [k, r[k]]));
      await recordAudit(tx, actor, {
        action: 'project.update',
        entityType: 'project',
        entityId: id,
        before: { ...pick(before), updatedAt: before.updatedAt },
        after: { ...pick(after!), updatedAt: after!.updatedAt },
      });
      return read.detailOf(tx, after!, today, { place });
    });
  };
}
