/**
 * Who an enterprise can name as partners of a "named partners" listing: the firms with a project
 * in the listing's park, and the firms trading publicly on the exchange (both already known to
 * the park's firms). An enterprise cannot list the registry's enterprises, so the picker needs
 * this narrower list; names only, nothing else of the registry.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { foldVietnamese } from '../../../kernel/text';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { type EcoDeps, parkDirectory, requirePark } from '../use-cases/deps';

export const PartnerCandidatesQuery = z.object({
  parkId: z.string().uuid(),
  q: z.string().trim().max(100).optional(),
  include: z.string().optional().describe('comma-separated ids always returned (the partners already named)'),
});
export const PartnerCandidates = z.object({
  items: z.array(z.object({ id: z.string().uuid(), name: z.string(), samePark: z.boolean() })),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function partnerCandidateUseCases(d: EcoDeps) {
  return {
    async partnerCandidates(actor: Actor, query: z.infer<typeof PartnerCandidatesQuery>) {
      authorize(actor, 'eco:list');
      const park = await requirePark(parkDirectory(d), query.parkId);
      const q = query.q ? `%${foldVietnamese(query.q)}%` : '%';
      const include = (query.include ?? '').split(',').filter((x) => UUID.test(x));
      const included = include.length
        ? sql`or e.id in (${sql.join(
            include.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql``;
      const res = (await d.db.execute(sql`
        select e.id::text as id, e.name_vi as name,
               exists (select 1 from projects p where p.enterprise_id = e.id and p.park_id = ${park.id}::uuid) as same_park
        from enterprises e
        where ((e.id in (select enterprise_id from projects where park_id = ${park.id}::uuid)
               or e.id in (select enterprise_id from eco_listings where confidentiality = 'public' and status = 'open'))
               and e.search like ${q}) ${included}
        order by same_park desc, e.name_vi
        limit 50`)) as unknown as { rows: { id: string; name: string; same_park: boolean }[] };
      return { items: res.rows.map((r) => ({ id: r.id, name: r.name, samePark: r.same_park })) };
    },
  };
}
