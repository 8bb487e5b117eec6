/**
 * Which projects' reports an actor sees, as a condition on `projects` (joined by every list): an
 * enterprise or developer the projects it carries out itself (a developer does not see its
 * tenants' figures), a Board the projects in its province, the ministry and the system all.
 * The same rule as `reportTarget` + the policy, so a list never shows what `authorize` refuses.
 */
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import { projects } from '../../../platform/db/schema';
import type { Ctx } from './common';

export async function visibleReportsOfProjects(ctx: Ctx, actor: Actor): Promise<SQL | undefined> {
  if (actor.kind === 'user' && (actor.role === 'enterprise' || actor.role === 'developer')) {
    return actor.scope.enterpriseId ? eq(projects.enterpriseId, actor.scope.enterpriseId) : sql`false`;
  }
  const scope = await ctx.projects.visibleProjects(actor);
  return scope === 'all' ? undefined : scope;
}
