import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { AppError, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { Deal, DealStatus, Reason } from '../contract';
import { impactFactors } from '../criteria/rule-sets';
import { nextStatuses } from '../deal-flow';
import { scorePair } from '../matching';
import { ecoDealEvents, ecoDealImpacts, ecoDeals, ecoListings } from '../schema';
import {
  type EcoDeps,
  fieldError,
  invalid,
  num,
  type ParkDirectory,
  type ParkInfo,
  parkDirectory,
  recordTarget,
  todayOf,
} from './deps';
import { listingViews, readVisibleListing, toMatch } from './listings';
import { matchContext } from './matches';

type ListingRow = typeof ecoListings.$inferSelect;

/** A deal belongs to both parks and both enterprises: either side's Board may see and facilitate it. */
function dealTargets(offerPark: ParkInfo, needPark: ParkInfo, offer: ListingRow, need: ListingRow) {
  const parties = [offer.enterpriseId, need.enterpriseId];
  return [recordTarget(offerPark, parties), recordTarget(needPark, parties)];
}

export function dealUseCases(d: EcoDeps) {
  async function load(ids: readonly string[] | null, parks: ParkDirectory, where?: SQL) {
    const rows = await d.db
      .select()
      .from(ecoDeals)
      .where(and(ids ? inArray(ecoDeals.id, [...ids]) : undefined, where))
      .orderBy(desc(ecoDeals.updatedAt));
    if (rows.length === 0) return [];
    const dealIds = rows.map((r) => r.id);
    const listingIds = [...new Set(rows.flatMap((r) => [r.offerId, r.needId]))];
    const [listings, events, impacts] = await Promise.all([
      d.db.select().from(ecoListings).where(inArray(ecoListings.id, listingIds)),
      d.db
        .select()
        .from(ecoDealEvents)
        .where(inArray(ecoDealEvents.dealId, dealIds))
        .orderBy(asc(ecoDealEvents.date), asc(ecoDealEvents.at)),
      d.db
        .select()
        .from(ecoDealImpacts)
        .where(inArray(ecoDealImpacts.dealId, dealIds))
        .orderBy(asc(ecoDealImpacts.year)),
    ]);
    const byId = new Map(listings.map((l) => [l.id, l]));
    const out = [];
    for (const row of rows) {
      const offer = byId.get(row.offerId)!;
      const need = byId.get(row.needId)!;
      const offerPark = (await parks(offer.parkId))!;
      const needPark = (await parks(need.parkId))!;
      out.push({
        row,
        offer,
        need,
        targets: dealTargets(offerPark, needPark, offer, need),
        events: events.filter((e) => e.dealId === row.id),
        impacts: impacts.filter((i) => i.dealId === row.id),
      });
    }
    return out;
  }
  type Loaded = Awaited<ReturnType<typeof load>>[number];

  const canSee = (actor: Actor, x: Loaded) => x.targets.some((t) => isAllowed(actor, 'eco:read', t));
  const canFacilitate = (actor: Actor, x: Loaded) => x.targets.some((t) => isAllowed(actor, 'eco:facilitate', t));

  async function views(actor: Actor, loaded: Loaded[], parks: ParkDirectory): Promise<Deal[]> {
    const lv = listingViews(d, parks, { partyToDeal: true });
    const out: Deal[] = [];
    for (const x of loaded) {
      if (!canSee(actor, x)) continue;
      const [offer, need] = await lv(actor, [x.offer, x.need]);
      const status = x.row.status as DealStatus;
      const facilitate = canFacilitate(actor, x);
      out.push({
        id: x.row.id,
        offer: offer!,
        need: need!,
        parkId: x.row.parkId,
        status,
        score: Number(x.row.score),
        reasons: x.row.reasons as Reason[],
        events: x.events.map((e) => ({
          status: e.status as DealStatus,
          date: e.date,
          note: e.note,
          at: e.at.toISOString(),
        })),
        impacts: x.impacts.map((i) => ({
          year: i.year,
          tonnesDiverted: num(i.tonnesDiverted),
          waterM3: num(i.waterM3),
          energyMwh: num(i.energyMwh),
          tco2e: num(i.tco2e),
          costSavedMillionVnd: num(i.costSavedMillionVnd),
          source: i.source,
        })),
        nextStatuses: facilitate ? [...nextStatuses(status)] : [],
        canFacilitate: facilitate,
        updatedAt: x.row.updatedAt.toISOString(),
      });
    }
    return out;
  }

  async function getOne(actor: Actor, id: string, parks: ParkDirectory) {
    const [x] = await load([id], parks);
    if (!x || !canSee(actor, x)) throw notFound('giao dịch cộng sinh', 'Symbiosis deal');
    return x;
  }

  return {
    loadDeals: load,
    dealVisibleTo: canSee,

    async createDeal(actor: Actor, body: { offerId: string; needId: string; note: string }): Promise<Deal> {
      authorize(actor, 'eco:facilitate');
      const parks = parkDirectory(d);
      const offer = await readVisibleListing(d, actor, body.offerId, parks);
      const need = await readVisibleListing(d, actor, body.needId, parks);
      if (offer.row.side !== 'offer')
        throw invalid(fieldError('body.offerId', 'Đây không phải tin chào bán.', 'This is not an offer.'));
      if (need.row.side !== 'need')
        throw invalid(fieldError('body.needId', 'Đây không phải tin nhu cầu.', 'This is not a need.'));
      const targets = dealTargets(offer.park, need.park, offer.row, need.row);
      if (!targets.some((t) => isAllowed(actor, 'eco:facilitate', t))) authorize(actor, 'eco:facilitate', targets[0]);
      const ctx = await matchContext(d, parks, [offer.park.id, need.park.id]);
      const pair = scorePair(
        toMatch(offer.row, offer.park.provinceCode),
        toMatch(need.row, need.park.provinceCode),
        ctx,
      );
      if (pair.blocked)
        throw new AppError(
          'UNPROCESSABLE',
          `Không ghép được: ${pair.blocked.vi}.`,
          `Cannot be matched: ${pair.blocked.en}.`,
        );
      const [dup] = await d.db
        .select({ id: ecoDeals.id })
        .from(ecoDeals)
        .where(and(eq(ecoDeals.offerId, body.offerId), eq(ecoDeals.needId, body.needId)));
      if (dup) throw new AppError('CONFLICT', 'Cặp cung – cầu này đã có giao dịch.', 'This pair already has a deal.');
      const id = await inTransaction(d.db, async (tx) => {
        const [row] = await tx
          .insert(ecoDeals)
          .values({
            offerId: body.offerId,
            needId: body.needId,
            parkId: offer.park.id,
            status: 'proposed',
            score: String(pair.score),
            reasons: pair.reasons,
          })
          .returning();
        await tx.insert(ecoDealEvents).values({
          dealId: row!.id,
          status: 'proposed',
          date: todayOf(d),
          note: body.note,
          userId: actor.kind === 'user' ? actor.id : null,
        });
        await recordAudit(tx, actor, {
          action: 'eco.deal.create',
          entityType: 'eco_deal',
          entityId: row!.id,
          after: row,
        });
        return row!.id;
      });
      return (await views(actor, await load([id], parks), parks))[0]!;
    },

    async moveDeal(actor: Actor, id: string, body: { status: DealStatus; date: string; note: string }): Promise<Deal> {
      authorize(actor, 'eco:facilitate');
      const parks = parkDirectory(d);
      const x = await getOne(actor, id, parks);
      if (!canFacilitate(actor, x)) authorize(actor, 'eco:facilitate', x.targets[0]);
      const from = x.row.status as DealStatus;
      if (!nextStatuses(from).includes(body.status))
        throw invalid(
          fieldError(
            'body.status',
            `Không chuyển được từ “${from}” sang “${body.status}”.`,
            `Cannot move from "${from}" to "${body.status}".`,
          ),
        );
      const last = x.events.at(-1)?.date ?? '0000-01-01';
      if (body.date > todayOf(d))
        throw invalid(fieldError('body.date', 'Ngày không được sau hôm nay.', 'The date cannot be after today.'));
      if (body.date < last)
        throw invalid(
          fieldError('body.date', 'Ngày không được trước bước trước.', 'The date cannot be before the previous step.'),
        );
      await inTransaction(d.db, async (tx) => {
        await tx.update(ecoDeals).set({ status: body.status, updatedAt: d.clock() }).where(eq(ecoDeals.id, id));
        await tx.insert(ecoDealEvents).values({
          dealId: id,
          status: body.status,
          date: body.date,
          note: body.note,
          userId: actor.kind === 'user' ? actor.id : null,
        });
        await recordAudit(tx, actor, {
          action: 'eco.deal.move',
          entityType: 'eco_deal',
          entityId: id,
          before: { status: from },
          after: body,
        });
      });
      return (await views(actor, await load([id], parks), parks))[0]!;
    },

    async recordImpact(
      actor: Actor,
      id: string,
      body: {
        year: number;
        tonnesDiverted: string;
        waterM3: string;
        energyMwh: string;
        tco2e?: string | undefined;
        costSavedMillionVnd: string;
        source: string;
      },
    ): Promise<Deal> {
      authorize(actor, 'eco:facilitate');
      const parks = parkDirectory(d);
      const x = await getOne(actor, id, parks);
      if (!canFacilitate(actor, x)) authorize(actor, 'eco:facilitate', x.targets[0]);
      const began = x.events.find((e) => e.status === 'operating');
      if (!began || Number(began.date.slice(0, 4)) > body.year)
        throw invalid(
          fieldError('body.year', 'Giao dịch chưa vận hành trong năm này.', 'The deal was not operating in this year.'),
        );
      const f = impactFactors();
      const tco2e =
        body.tco2e ??
        (
          Number(body.tonnesDiverted) * f.tco2ePerTonneDiverted +
          Number(body.waterM3) * f.tco2ePerM3Water +
          Number(body.energyMwh) * f.tco2ePerMwh
        ).toFixed(3);
      const values = {
        dealId: id,
        year: body.year,
        tonnesDiverted: body.tonnesDiverted,
        waterM3: body.waterM3,
        energyMwh: body.energyMwh,
        tco2e,
        costSavedMillionVnd: body.costSavedMillionVnd,
        source: body.source,
      };
      await inTransaction(d.db, async (tx) => {
        await tx
          .insert(ecoDealImpacts)
          .values(values)
          .onConflictDoUpdate({
            target: [ecoDealImpacts.dealId, ecoDealImpacts.year],
            set: { ...values, updatedAt: d.clock() },
          });
        await tx.update(ecoDeals).set({ updatedAt: d.clock() }).where(eq(ecoDeals.id, id));
        await recordAudit(tx, actor, {
          action: 'eco.deal.impact',
          entityType: 'eco_deal',
          entityId: id,
          after: values,
        });
      });
      return (await views(actor, await load([id], parks), parks))[0]!;
    },

    async getDeal(actor: Actor, id: string): Promise<Deal> {
      authorize(actor, 'eco:read');
      const parks = parkDirectory(d);
      return (await views(actor, [await getOne(actor, id, parks)], parks))[0]!;
    },

    async findDeals(actor: Actor, query: { parkId?: string | undefined; status?: DealStatus | undefined }) {
      authorize(actor, 'eco:read');
      const parks = parkDirectory(d);
      const where = and(
        query.parkId ? eq(ecoDeals.parkId, query.parkId) : undefined,
        query.status ? eq(ecoDeals.status, query.status) : undefined,
      );
      return { items: await views(actor, await load(null, parks, where), parks) };
    },
  };
}
export type DealUseCases = ReturnType<typeof dealUseCases>;
