/**
 * Which investment project builds a park's infrastructure (Biểu 2103 col. 3–9, 2104 col. 5): an
 * infrastructure project of the register lying in this park, or not yet placed in a park but in
 * its province. The zones module does not read the investment tables: it asks the investment
 * service (injected by the composition root, `ProjectLookup`) with the caller's own rights, so a
 * project the caller may not read cannot be linked either.
 */
import { eq } from 'drizzle-orm';
import { AppError, type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { ParkDetail, ParkInfrastructureProjectBody } from '../contract';
import { industrialParks } from '../schema';
import { getPark, readParkRow } from './get-park';
import { addField, nextUpdatedAt, parkTarget, rulesFailed, staleRecord, type ZonesDeps } from './shared';

/** What the zones module needs to know of a project (from the investment service's detail). */
export type ProjectFacts = {
  projectCode: string;
  name: string;
  type: string;
  location: { parkId: string | null; provinceCode: string | null };
};
export type ProjectLookup = (actor: Actor, projectId: string) => Promise<ProjectFacts>;

const FIELD = 'body.projectId';

async function lookUp(deps: ZonesDeps, actor: Actor, projectId: string): Promise<ProjectFacts> {
  if (!deps.projects) {
    throw new AppError('INTERNAL', 'Chưa nối sổ dự án.', 'The project register is not wired.');
  }
  try {
    return await deps.projects(actor, projectId);
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) {
      const fields: FieldErrors = {};
      addField(fields, FIELD, {
        message: 'Không tìm thấy dự án này trong phạm vi của bạn.',
        messageEn: 'No such project within your scope.',
      });
      throw rulesFailed(fields, {
        vi: 'Không gắn được dự án hạ tầng',
        en: 'The infrastructure project cannot be linked',
      });
    }
    throw e;
  }
}

export async function setInfrastructureProject(
  deps: ZonesDeps,
  actor: Actor,
  parkId: string,
  body: ParkInfrastructureProjectBody,
): Promise<ParkDetail> {
  authorize(actor, 'zone:manage');
  const park = await readParkRow(deps, parkId);
  const target = await parkTarget(deps.geo, park);
  authorize(actor, 'zone:manage', target);
  const province = target.kind === 'record' ? target.provinceCode : null;
  if (body.projectId !== null) {
    const project = await lookUp(deps, actor, body.projectId);
    const fields: FieldErrors = {};
    if (project.type !== 'infrastructure') {
      addField(fields, FIELD, {
        message: `Dự án ${project.projectCode} là dự án sản xuất, kinh doanh, không phải dự án hạ tầng KCN.`,
        messageEn: `Project ${project.projectCode} is a production project, not an infrastructure project.`,
      });
    } else if (
      project.location.parkId !== parkId &&
      !(project.location.parkId === null && project.location.provinceCode === province)
    ) {
      addField(fields, FIELD, {
        message: `Dự án ${project.projectCode} nằm ở KCN hoặc tỉnh khác; chỉ gắn dự án hạ tầng của chính KCN này (hoặc chưa gắn KCN, cùng tỉnh).`,
        messageEn: `Project ${project.projectCode} lies in another park or province; only this park’s infrastructure project (or one of its province not yet placed in a park) can be linked.`,
      });
    }
    if (Object.keys(fields).length) {
      throw rulesFailed(fields, {
        vi: 'Không gắn được dự án hạ tầng',
        en: 'The infrastructure project cannot be linked',
      });
    }
  }

  await inTransaction(deps.db, async (tx) => {
    const [locked] = await tx.select().from(industrialParks).where(eq(industrialParks.id, parkId)).for('update');
    if (!locked) throw notFound('khu công nghiệp', 'Industrial park');
    if (locked.updatedAt.getTime() !== Date.parse(body.updatedAt)) throw staleRecord('Khu công nghiệp', 'park');
    if (locked.infrastructureProjectId === body.projectId) return;
    await tx
      .update(industrialParks)
      .set({ infrastructureProjectId: body.projectId, updatedAt: nextUpdatedAt(locked.updatedAt, deps.clock) })
      .where(eq(industrialParks.id, parkId));
    await recordAudit(tx, actor, {
      action: 'park.infrastructure_project.set',
      entityType: 'industrial_park',
      entityId: parkId,
      before: { infrastructureProjectId: locked.infrastructureProjectId },
      after: { infrastructureProjectId: body.projectId },
    });
  });
  return getPark(deps, actor, parkId);
}
