/**
 * What the reporting module asks of the investment registry: a project's facts and scope target
 * (the reporting module authorises with its own actions), the SQL scope conditions on `projects`
 * its lists join, "certificate valid during a period", and realised capital fed by accepted
 * reports and withdrawn again when an accepted report goes back to revision. The realised-capital
 * writes run in the caller's transaction and audit there.
 */
import { and, eq, exists, inArray, lt, lte, not, type SQL, sql } from 'drizzle-orm';
import { type Decimal, parseDecimal, sum } from '../../../kernel/decimal';
import type { Currency } from '../../../kernel/money';
import { parsePeriod, periodEnd, periodStart } from '../../../kernel/period';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import type { Target } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { certificateEvents, enterprises, projects, realisedCapital } from '../schema';
import type { Ctx } from './common';
import type { ProjectScope } from './project-scope';
import type { projectReadUseCases } from './read-projects';
import { realisedView } from './realised-capital';

export type ReportableProject = {
  id: string;
  projectCode: string;
  name: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  currency: Currency;
  registeredCapital: string | null;
  operationStartedOn: string | null;
  sectors: string[];
  parkId: string | null;
  zoneId: string | null;
  provinceCode: string | null;
  target: Target;
};

/** Certificate issued by the period's end and not ended before its start. */
export function validDuring(from: string, to: string): SQL {
  const event = (kinds: string[], cmp: SQL) =>
    exists(
      sql`(select 1 from ${certificateEvents} where ${and(
        eq(certificateEvents.projectId, projects.id),
        inArray(certificateEvents.kind, kinds),
        cmp,
      )})`,
    );
  return and(
    event(['issued'], lte(certificateEvents.date, to)),
    not(event(['revoked', 'terminated'], lt(certificateEvents.date, from))),
  )!;
}

const overlaps = (a: string, b: string) => {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return periodStart(pa) <= periodEnd(pb) && periodStart(pb) <= periodEnd(pa);
};
const contains = (outer: string, inner: string) => {
  const po = parsePeriod(outer);
  const pi = parsePeriod(inner);
  return periodStart(po) <= periodStart(pi) && periodEnd(pi) <= periodEnd(po);
};

export function forReportingUseCases(ctx: Ctx, scope: ProjectScope, read: ReturnType<typeof projectReadUseCases>) {
  async function reportableProject(projectId: string, tx: DbOrTx = ctx.db): Promise<ReportableProject> {
    const row = await read.getRow(projectId, tx);
    const { target, place } = await scope.targetOf(row);
    const [ent] = row.enterpriseId
      ? await tx.select({ name: enterprises.nameVi }).from(enterprises).where(eq(enterprises.id, row.enterpriseId))
      : [];
    return {
      id: row.id,
      projectCode: row.projectCode,
      name: row.name,
      enterpriseId: row.enterpriseId,
      enterpriseName: ent?.name ?? null,
      currency: row.currency as Currency,
      registeredCapital: row.registeredCapitalCache,
      operationStartedOn: row.operationStartedOn,
      sectors: row.sectors,
      parkId: row.parkId,
      zoneId: row.zoneId,
      provinceCode: place?.provinceCode ?? null,
      target,
    };
  }

  /** Realised capital of every recorded period of the project that does not overlap `period`. */
  async function otherRealisedTotal(tx: DbOrTx, projectId: string, period: string): Promise<Decimal> {
    const rows = await tx.select().from(realisedCapital).where(eq(realisedCapital.projectId, projectId));
    return sum(rows.filter((r) => !overlaps(r.period, period)).map((r) => parseDecimal(r.amount)));
  }

  /**
   * Records an accepted report's realised capital for its period. A year replaces the quarters
   * of that year that earlier reports fed (the annual figure is the later, corrected one); a
   * quarter inside a year already recorded is left to the year. Answers whether it was recorded.
   */
  async function recordRealisedCapitalFromReport(
    tx: DbOrTx,
    actor: Actor,
    input: { projectId: string; period: string; amount: string; currency: Currency; source: string },
  ): Promise<{ recorded: boolean; coveredBy: string | null }> {
    await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).for('update');
    const rows = await tx.select().from(realisedCapital).where(eq(realisedCapital.projectId, input.projectId));
    const covering = rows.find((r) => r.period !== input.period && contains(r.period, input.period));
    if (covering) return { recorded: false, coveredBy: covering.period };
    for (const inner of rows.filter((r) => r.period !== input.period && overlaps(r.period, input.period))) {
      await tx
        .delete(realisedCapital)
        .where(and(eq(realisedCapital.projectId, input.projectId), eq(realisedCapital.period, inner.period)));
      await recordAudit(tx, actor, {
        action: 'project.realised_capital.remove',
        entityType: 'project',
        entityId: input.projectId,
        before: realisedView(inner),
      });
    }
    const before = rows.find((r) => r.period === input.period) ?? null;
    const values = input;
    const [after] = await tx
      .insert(realisedCapital)
      .values(values)
      .onConflictDoUpdate({
        target: [realisedCapital.projectId, realisedCapital.period],
        set: { amount: values.amount, currency: values.currency, source: values.source },
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'project.realised_capital.record',
      entityType: 'project',
      entityId: input.projectId,
      before: before ? realisedView(before) : null,
      after: realisedView(after!),
    });
    return { recorded: true, coveredBy: null };
  }

  /** Removes the period's realised capital if (and only if) it came from this source. */
  async function withdrawRealisedCapitalFromReport(
    tx: DbOrTx,
    actor: Actor,
    input: { projectId: string; period: string; source: string },
  ): Promise<boolean> {
    const [gone] = await tx
      .delete(realisedCapital)
      .where(
        and(
          eq(realisedCapital.projectId, input.projectId),
          eq(realisedCapital.period, input.period),
          eq(realisedCapital.source, input.source),
        ),
      )
      .returning();
    if (!gone) return false;
    await recordAudit(tx, actor, {
      action: 'project.realised_capital.remove',
      entityType: 'project',
      entityId: input.projectId,
      before: realisedView(gone),
    });
    return true;
  }

  return {
    reportableProject,
    visibleProjects: scope.visibleProjects,
    projectsInProvince: scope.inProvince,
    projectsInZone: scope.inZone,
    validDuring: (period: string) => {
      const p = parsePeriod(period);
      return validDuring(periodStart(p), periodEnd(p));
    },
    otherRealisedTotal,
    recordRealisedCapitalFromReport,
    withdrawRealisedCapitalFromReport,
  };
}
