import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { conflict, forbidden, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { type Investor as RuleInvestor, shareProblems } from '../capital-origin';
import type { CreateInvestorBody, Investor, InvestorPage, InvestorQuery, UpdateInvestorBody } from '../contract';
import { investors, projectInvestors, projects } from '../schema';
import {
  assertFresh,
  type Ctx,
  escapeLike,
  FOLD_FROM,
  FOLD_TO,
  foldSearch,
  nextUpdatedAt,
  offsetOf,
  prefixFields,
  validationFailed,
} from './common';
import type { ProjectScope } from './project-scope';

type Row = typeof investors.$inferSelect;

/** Numeric columns come back as '30.0000'; the rules and the API speak '30'. */
export const trimDecimal = (v: string | null) => (v === null ? null : v.includes('.') ? v.replace(/\.?0+$/, '') : v);

export const toInvestorView = (r: Row): Investor => ({
  id: r.id,
  kind: r.kind as Investor['kind'],
  name: r.name,
  nationality: r.nationality,
  foreignShare: trimDecimal(r.foreignShare),
  controlledShare: trimDecimal(r.controlledShare),
  identifier: r.identifier,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The investor as the FDI/DDI and partner rules read it, holding `share` of a project. */
export const asRuleInvestor = (r: Row, share: string): RuleInvestor => ({
  id: r.id,
  name: r.name,
  kind: r.kind as RuleInvestor['kind'],
  nationality: r.nationality,
  share: trimDecimal(share)!,
  ...(r.foreignShare !== null ? { foreignShare: trimDecimal(r.foreignShare)! } : {}),
  ...(r.controlledShare !== null ? { controlledShare: trimDecimal(r.controlledShare)! } : {}),
});

type InvestorFields = Pick<Row, 'kind' | 'name' | 'nationality' | 'foreignShare' | 'controlledShare' | 'identifier'>;

/** The rules' own checks of one investor (an individual has no breakdown; shares 0–100, together ≤ 100). */
function assertValidInvestor(v: InvestorFields) {
  const problems = shareProblems([{ ...asRuleInvestor({ ...v, id: '' } as Row, '100') }], undefined, 'investor');
  delete problems.investor;
  const fields = prefixFields(prefixFields(problems, 'investor.0.', 'body.'), 'investor.0', 'body');
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
}

const folded = sql`lower(translate(${investors.name}, ${FOLD_FROM}, ${FOLD_TO}))`;

export function investorUseCases(ctx: Ctx, scope: ProjectScope) {
  const { db, clock } = ctx;

  async function getRow(id: string, tx: DbOrTx = db): Promise<Row> {
    const [row] = await tx.select().from(investors).where(eq(investors.id, id));
    if (!row) throw notFound('nhà đầu tư', 'Investor');
    return row;
  }

  async function createInvestor(actor: Actor, input: CreateInvestorBody): Promise<Investor> {
    // Investors are shared by projects of every province: any Board may add one.
    authorize(actor, 'project:manage');
    const values: InvestorFields = {
      kind: input.kind,
      name: input.name,
      nationality: input.nationality,
      foreignShare: input.foreignShare ?? null,
      controlledShare: input.controlledShare ?? null,
      identifier: input.identifier || null,
    };
    assertValidInvestor(values);
    const now = clock();
    return inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(investors)
        .values({ id: randomUUID(), ...values, createdAt: now, updatedAt: now })
        .returning();
      await recordAudit(tx, actor, {
        action: 'investor.create',
        entityType: 'investor',
        entityId: row!.id,
        after: row,
      });
      return toInvestorView(row!);
    });
  }

  /**
   * An investor's kind, nationality and shares decide FDI/DDI for every project it is in, so
   * the editor must be in scope of each of them; their `origin_cache` is re-derived in the same
   * transaction (see `recomputeOrigins`).
   */
  async function updateInvestor(
    actor: Actor,
    id: string,
    input: UpdateInvestorBody,
    recomputeOrigins: (tx: DbOrTx, projectIds: string[]) => Promise<void>,
  ): Promise<Investor> {
    authorize(actor, 'project:manage');
    const linkedTo = async (tx: DbOrTx) =>
      (
        await tx
          .selectDistinct({ id: projectInvestors.projectId })
          .from(projectInvestors)
          .where(eq(projectInvestors.investorId, id))
      ).map((r) => r.id);
    // Scope is checked before the transaction (places come from the zones service, outside it).
    await getRow(id);
    const checked = new Set(await linkedTo(db));
    for (const target of await scope.targetsOf([...checked])) authorize(actor, 'project:manage', target);
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(investors).where(eq(investors.id, id)).for('update');
      if (!before) throw notFound('nhà đầu tư', 'Investor');
      const projectIds = await linkedTo(tx);
      if (projectIds.some((p) => !checked.has(p))) {
        throw conflict(
          'Nhà đầu tư vừa được thêm vào dự án khác. Hãy thử lại.',
          'The investor was just added to another project. Try again.',
        );
      }
      assertFresh(before.updatedAt, input.updatedAt, { vi: 'Nhà đầu tư', en: 'investor' });
      const next: InvestorFields = {
        kind: input.kind ?? before.kind,
        name: input.name ?? before.name,
        nationality: input.nationality ?? before.nationality,
        foreignShare: input.foreignShare !== undefined ? input.foreignShare : before.foreignShare,
        controlledShare: input.controlledShare !== undefined ? input.controlledShare : before.controlledShare,
        identifier: input.identifier !== undefined ? input.identifier || null : before.identifier,
      };
      // An individual has no charter-capital breakdown: switching kind drops it.
      if (next.kind === 'individual' && input.foreignShare === undefined) next.foreignShare = null;
      if (next.kind === 'individual' && input.controlledShare === undefined) next.controlledShare = null;
      assertValidInvestor(next);
      const [after] = await tx
        .update(investors)
        .set({ ...next, updatedAt: nextUpdatedAt(clock, before.updatedAt) })
        .where(eq(investors.id, id))
        .returning();
      await recomputeOrigins(tx, projectIds);
      await recordAudit(tx, actor, {
        action: 'investor.update',
        entityType: 'investor',
        entityId: id,
        before,
        after: { ...after, projectsRederived: projectIds },
      });
      return toInvestorView(after!);
    });
  }

  async function getInvestor(actor: Actor, id: string): Promise<Investor> {
    authorize(actor, 'registry:read');
    const row = await getRow(id);
    if (actor.kind === 'user' && (actor.role === 'developer' || actor.role === 'enterprise')) {
      const visible = await scope.visibleProjects(actor);
      const [seen] =
        visible === 'all'
          ? [true]
          : await db
              .select({ id: projectInvestors.projectId })
              .from(projectInvestors)
              .innerJoin(projects, eq(projects.id, projectInvestors.projectId))
              .where(and(eq(projectInvestors.investorId, id), visible))
              .limit(1);
      if (!seen) throw forbidden();
    }
    return toInvestorView(row);
  }

  /**
   * The ministry and Boards search every investor (a Board needs them to register projects);
   * developers and enterprises see the investors of the projects they can see.
   */
  async function findInvestors(actor: Actor, query: InvestorQuery): Promise<InvestorPage> {
    authorize(actor, 'registry:read');
    const conditions: SQL[] = [];
    const restricted = actor.kind === 'user' && (actor.role === 'developer' || actor.role === 'enterprise');
    if (restricted) {
      const visible = await scope.visibleProjects(actor);
      if (visible !== 'all') {
        const ids = db
          .select({ id: projectInvestors.investorId })
          .from(projectInvestors)
          .innerJoin(projects, eq(projects.id, projectInvestors.projectId))
          .where(visible);
        conditions.push(inArray(investors.id, ids));
      }
    }
    if (query.kind) conditions.push(eq(investors.kind, query.kind));
    if (query.nationality) conditions.push(eq(investors.nationality, query.nationality));
    const q = query.q ? foldSearch(query.q) : '';
    if (q) {
      const pattern = `%${escapeLike(q)}%`;
      conditions.push(or(like(folded, pattern), like(sql`lower(coalesce(${investors.identifier}, ''))`, pattern))!);
    }
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(investors)
        .where(where)
        .orderBy(asc(investors.name), asc(investors.id))
        .limit(query.pageSize)
        .offset(offsetOf(query)),
      db.select({ n: count() }).from(investors).where(where),
    ]);
    return {
      items: rows.map(toInvestorView),
      total: Number(totals[0]?.n ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  return { createInvestor, updateInvestor, getInvestor, findInvestors };
}
