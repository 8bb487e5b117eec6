import { and, eq, inArray, ne } from 'drizzle-orm';
import { conflict } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { impactFactors } from '../criteria/rule-sets';
import { type MatchContext, type ParkPlace, rankCounterparts, type Substitution } from '../matching';
import { ecoDeals, ecoListings, ecoSubstitutions } from '../schema';
import { type EcoDeps, type ParkDirectory, parkDirectory, viewerOf } from './deps';
import { listingViews, readVisibleListing, toMatch } from './listings';

export async function loadSubstitutions(d: EcoDeps): Promise<(Substitution & { id: string })[]> {
  return d.db
    .select({
      id: ecoSubstitutions.id,
      offerCode: ecoSubstitutions.offerCode,
      needCode: ecoSubstitutions.needCode,
      note: ecoSubstitutions.note,
    })
    .from(ecoSubstitutions)
    .orderBy(ecoSubstitutions.offerCode, ecoSubstitutions.needCode);
}

/** The matcher's context for a set of parks: their provinces and points, the pairs, the factors. */
export async function matchContext(d: EcoDeps, parks: ParkDirectory, parkIds: Iterable<string>): Promise<MatchContext> {
  const places = new Map<string, ParkPlace>();
  for (const id of new Set(parkIds)) {
    const p = await parks(id);
    if (p) places.set(id, { provinceCode: p.provinceCode, lon: p.lon, lat: p.lat });
  }
  return { parks: places, substitutions: await loadSubstitutions(d), factors: impactFactors() };
}

export function matchUseCases(d: EcoDeps) {
  return {
    /** Ranked counterparts of a listing the caller may see, among listings the caller may see. */
    async suggestions(actor: Actor, id: string) {
      authorize(actor, 'eco:read');
      const parks = parkDirectory(d);
      const { row, park } = await readVisibleListing(d, actor, id, parks);
      const other = row.side === 'offer' ? 'need' : 'offer';
      const rows = await d.db
        .select()
        .from(ecoListings)
        .where(
          and(
            eq(ecoListings.side, other),
            eq(ecoListings.status, 'open'),
            ne(ecoListings.enterpriseId, row.enterpriseId),
          ),
        )
        .limit(5000);
      const candidates = [];
      for (const r of rows) candidates.push(toMatch(r, (await parks(r.parkId))?.provinceCode ?? null));
      const ctx = await matchContext(d, parks, [row.parkId, ...rows.map((r) => r.parkId)]);
      const subject = toMatch(row, park.provinceCode);
      const ranked = rankCounterparts(subject, candidates, viewerOf(actor), ctx, 20);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const views = listingViews(d, parks);
      const [subjectView] = await views(actor, [row]);
      const counterpartIds = ranked.map((s) => (row.side === 'offer' ? s.need.id : s.offer.id));
      const deals = counterpartIds.length
        ? await d.db
            .select({ id: ecoDeals.id, offerId: ecoDeals.offerId, needId: ecoDeals.needId })
            .from(ecoDeals)
            .where(
              row.side === 'offer'
                ? and(eq(ecoDeals.offerId, row.id), inArray(ecoDeals.needId, counterpartIds))
                : and(eq(ecoDeals.needId, row.id), inArray(ecoDeals.offerId, counterpartIds)),
            )
        : [];
      const counterpartViews = await views(
        actor,
        counterpartIds.map((cid) => byId.get(cid)!),
      );
      const viewById = new Map(counterpartViews.map((v) => [v.id, v]));
      const items = ranked.flatMap((s, i) => {
        const counterpart = viewById.get(counterpartIds[i]!);
        if (!counterpart) return [];
        const deal = deals.find((x) => x.offerId === s.offer.id && x.needId === s.need.id);
        return [
          {
            counterpart,
            score: s.score,
            reasons: s.reasons,
            distanceKm: s.distanceKm,
            impact: s.impact,
            dealId: deal?.id ?? null,
          },
        ];
      });
      return { subject: subjectView!, items };
    },

    async listSubstitutions(actor: Actor) {
      authorize(actor, 'eco:read');
      return { items: await loadSubstitutions(d) };
    },

    async addSubstitution(actor: Actor, body: { offerCode: string; needCode: string; note: string }) {
      authorize(actor, 'eco:facilitate');
      const existing = (await loadSubstitutions(d)).find(
        (s) => s.offerCode === body.offerCode && s.needCode === body.needCode,
      );
      if (existing) throw conflict('Cặp mã thay thế này đã có.', 'This substitution pair already exists.');
      return inTransaction(d.db, async (tx) => {
        const [row] = await tx.insert(ecoSubstitutions).values(body).returning();
        await recordAudit(tx, actor, {
          action: 'eco.substitution.create',
          entityType: 'eco_substitution',
          entityId: row!.id,
          after: row,
        });
        return { id: row!.id, offerCode: row!.offerCode, needCode: row!.needCode, note: row!.note };
      });
    },
  };
}
