import { and, asc, eq, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../../kernel/errors';
import { formatNumber } from '../../../kernel/format';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { ActionBody, ActionOut, ActionUpdateBody, DealStatus, DeclarationBody, ScorecardOut } from '../contract';
import { ruleSets } from '../criteria/rule-sets';
import { versionOn } from '../criteria/rules';
import { type Fact, scoreVersion } from '../criteria/scorer';
import { operatingInYear } from '../deal-flow';
import { socialFacts } from '../reports/social-facts';
import { ecoActions, ecoDeclarations, ecoRecpMeasures } from '../schema';
import type { DealUseCases } from './deals';
import {
  ECO_READER,
  type EcoDeps,
  fieldError,
  invalid,
  type ParkDirectory,
  type ParkInfo,
  parkDirectory,
  parkTargetOf,
  requirePark,
  todayOf,
} from './deps';

const pct = (x: number) => Math.round(x * 100) / 100;

/** Enterprises with a project in the park (the denominator of the firm shares). */
async function parkEnterprises(d: EcoDeps, parkId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await d.investment.findProjects(ECO_READER, {
      parkId,
      sort: 'projectCode',
      order: 'asc',
      page,
      pageSize: 200,
    });
    for (const p of res.items) if (p.enterpriseId) ids.add(p.enterpriseId);
    if (page * 200 >= res.total) break;
  }
  return ids;
}

/** Live facts of one park for each year asked: symbiosis links, RECP share, green and traffic land share. */
async function liveFacts(d: EcoDeps, deals: DealUseCases, parks: ParkDirectory, park: ParkInfo, years: number[]) {
  const out = new Map<number, Map<string, Fact>>(years.map((y) => [y, new Map()]));
  const allDeals = (await deals.loadDeals(null, parks)).filter(
    (x) => x.offer.parkId === park.id || x.need.parkId === park.id,
  );
  const enterprises = await parkEnterprises(d, park.id);
  const recp = await d.db.select().from(ecoRecpMeasures).where(eq(ecoRecpMeasures.parkId, park.id));
  // SOC.1, SOC.2, SOC.4, SOC.6 from workers in accepted project reports and the firms' accepted B.5.
  const social = await socialFacts(d, park.id, enterprises, years);
  for (const year of years) {
    const facts = out.get(year)!;
    for (const [measure, fact] of social.get(year) ?? []) facts.set(measure, fact);
    const links = allDeals.filter((x) =>
      operatingInYear(
        x.events.map((e) => ({ status: e.status as DealStatus, date: e.date })),
        year,
      ),
    );
    facts.set('symbiosis_links', {
      value: links.length,
      source: 'live',
      detailVi: `${links.length} giao dịch cộng sinh vận hành trong năm ${year} (sàn cộng sinh)`,
      detailEn: `${links.length} symbiosis deals operating in ${year} (the exchange)`,
    });
    if (enterprises.size > 0) {
      const adopters = new Set(
        recp
          .filter((m) => m.startedOn <= `${year}-12-31` && enterprises.has(m.enterpriseId))
          .map((m) => m.enterpriseId),
      );
      const share = pct((adopters.size / enterprises.size) * 100);
      facts.set('recp_share', {
        value: share,
        source: 'live',
        detailVi: `${adopters.size}/${enterprises.size} doanh nghiệp có giải pháp RECP (${formatNumber(share, 2)}%)`,
        detailEn: `${adopters.size}/${enterprises.size} firms with RECP measures (${formatNumber(share, 2, 'en')}%)`,
      });
    }
    const asOf = year === Number(todayOf(d).slice(0, 4)) ? todayOf(d) : `${year}-12-31`;
    const detail = await d.zones.getPark(ECO_READER, park.id, asOf);
    const est = Number(detail.land.established?.value ?? 0);
    const ind = detail.land.industrial ? Number(detail.land.industrial.value) : null;
    if (est > 0 && ind !== null) {
      const share = pct(((est - ind) / est) * 100);
      facts.set('green_traffic_share', {
        value: share,
        source: 'live',
        detailVi: `Đất KCN ${formatNumber(est, 2)} ha, đất công nghiệp, dịch vụ ${formatNumber(ind, 2)} ha: phần còn lại ${formatNumber(share, 2)}%`,
        detailEn: `Park land ${formatNumber(est, 2, 'en')} ha, industrial and service land ${formatNumber(ind, 2, 'en')} ha: the rest is ${formatNumber(share, 2, 'en')}%`,
      });
    }
  }
  return out;
}

function actionOut(row: typeof ecoActions.$inferSelect, today: string): ActionOut {
  return {
    id: row.id,
    ruleSet: row.ruleSet,
    requirementId: row.requirementId,
    title: row.title,
    owner: row.owner,
    dueOn: row.dueOn,
    status: row.status as ActionOut['status'],
    note: row.note,
    overdue: row.status !== 'done' && row.dueOn < today,
  };
}

export function scorecardUseCases(d: EcoDeps, deals: DealUseCases) {
  async function parkFor(actor: Actor, parkId: string, action: 'eco:read' | 'eco:declare') {
    authorize(actor, action);
    const parks = parkDirectory(d);
    const park = await requirePark(parks, parkId);
    authorize(actor, action, parkTargetOf(park));
    return { parks, park };
  }

  return {
    async scorecard(
      actor: Actor,
      parkId: string,
      query: { ruleSet: 'vn-eco-park' | 'eip-framework'; year?: number | undefined },
    ): Promise<ScorecardOut> {
      const { parks, park } = await parkFor(actor, parkId, 'eco:read');
      const today = todayOf(d);
      const year = query.year ?? Number(today.slice(0, 4));
      const set = ruleSets().get(query.ruleSet)!;
      const dayOf = (y: number) => (y === Number(today.slice(0, 4)) ? today : `${y}-12-31`);
      const version = versionOn(set, dayOf(year));
      if (!version)
        throw invalid(
          fieldError(
            'querystring.year',
            'Bộ tiêu chí chưa có hiệu lực trong năm này.',
            'The rule set was not in force in this year.',
          ),
        );
      const years = [year - 3, year - 2, year - 1, year];
      const live = await liveFacts(d, deals, parks, park, years);
      const declarations = await d.db
        .select()
        .from(ecoDeclarations)
        .where(and(eq(ecoDeclarations.parkId, park.id), lte(ecoDeclarations.year, year)))
        .orderBy(asc(ecoDeclarations.year));
      const factsFor = (y: number) => {
        const facts = new Map(live.get(y));
        for (const decl of declarations.filter((x) => x.year <= y)) {
          if (facts.get(decl.measure)?.source === 'live') continue;
          const value = decl.value === 'true' ? true : decl.value === 'false' ? false : Number(decl.value);
          facts.set(decl.measure, {
            value,
            source: 'declared',
            detailVi: `Kê khai năm ${decl.year}: ${decl.evidence}`,
            detailEn: `Declared for ${decl.year}: ${decl.evidence}`,
          });
        }
        return facts;
      };
      const card = scoreVersion(version, factsFor(year));
      const trendCards = years.map((y) => {
        const v = versionOn(set, dayOf(y));
        return { year: y, card: v ? scoreVersion(v, factsFor(y)) : null };
      });
      const actions = (
        await d.db
          .select()
          .from(ecoActions)
          .where(and(eq(ecoActions.parkId, park.id), eq(ecoActions.ruleSet, set.id)))
          .orderBy(asc(ecoActions.dueOn))
      ).map((a) => actionOut(a, today));
      return {
        park: { id: park.id, name: park.name, provinceCode: park.provinceCode },
        ruleSet: {
          id: set.id,
          nameVi: set.nameVi,
          nameEn: set.nameEn,
          binding: set.binding,
          version: version.version,
          effectiveFrom: version.effectiveFrom,
          basis: version.basis,
        },
        year,
        met: card.met,
        notMet: card.notMet,
        unknown: card.unknown,
        prerequisitesMet: card.prerequisitesMet,
        qualifies: card.qualifies,
        requirements: card.requirements.map((r) => ({
          ...r.requirement,
          status: r.status,
          value: r.value,
          source: r.source,
          detailVi: r.detailVi,
          detailEn: r.detailEn,
          gap: r.gap,
          gapVi: r.gapVi,
          gapEn: r.gapEn,
          trend: trendCards.map(({ year: y, card: c }) => {
            const hit = c?.requirements.find((x) => x.requirement.id === r.requirement.id);
            return { year: y, status: hit?.status ?? 'unknown', value: hit?.value ?? null };
          }),
          actions: actions.filter((a) => a.requirementId === r.requirement.id),
        })),
        permissions: { declare: isAllowed(actor, 'eco:declare', parkTargetOf(park)) },
      };
    },

    async declare(actor: Actor, parkId: string, body: z.infer<typeof DeclarationBody>) {
      const { park } = await parkFor(actor, parkId, 'eco:declare');
      const measures = new Set(
        [...ruleSets().values()].flatMap((s) => s.versions.flatMap((v) => v.requirements.map((r) => r.measure))),
      );
      if (!measures.has(body.measure))
        throw invalid(
          fieldError('body.measure', 'Chỉ tiêu không có trong bộ tiêu chí.', 'No rule set uses this measure.'),
        );
      const values = {
        parkId: park.id,
        measure: body.measure,
        year: body.year,
        value: String(body.value),
        evidence: body.evidence,
      };
      await inTransaction(d.db, async (tx) => {
        await tx
          .insert(ecoDeclarations)
          .values(values)
          .onConflictDoUpdate({
            target: [ecoDeclarations.parkId, ecoDeclarations.measure, ecoDeclarations.year],
            set: { ...values, updatedAt: d.clock() },
          });
        await recordAudit(tx, actor, {
          action: 'eco.declaration.set',
          entityType: 'industrial_park',
          entityId: park.id,
          after: values,
        });
      });
      return { ok: true as const };
    },

    async addAction(actor: Actor, parkId: string, body: z.infer<typeof ActionBody>): Promise<ActionOut> {
      const { park } = await parkFor(actor, parkId, 'eco:declare');
      const known = ruleSets()
        .get(body.ruleSet)!
        .versions.some((v) => v.requirements.some((r) => r.id === body.requirementId));
      if (!known) throw invalid(fieldError('body.requirementId', 'Không có tiêu chí này.', 'No such requirement.'));
      const row = await inTransaction(d.db, async (tx) => {
        const [created] = await tx
          .insert(ecoActions)
          .values({ ...body, parkId: park.id })
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco.action.create',
          entityType: 'eco_action',
          entityId: created!.id,
          after: created,
        });
        return created!;
      });
      return actionOut(row, todayOf(d));
    },

    async updateAction(actor: Actor, id: string, body: z.infer<typeof ActionUpdateBody>): Promise<ActionOut> {
      authorize(actor, 'eco:declare');
      const [before] = await d.db.select().from(ecoActions).where(eq(ecoActions.id, id));
      if (!before) throw notFound('hành động', 'Action');
      await parkFor(actor, before.parkId, 'eco:declare');
      const row = await inTransaction(d.db, async (tx) => {
        const [after] = await tx
          .update(ecoActions)
          .set({ ...body, updatedAt: d.clock() })
          .where(eq(ecoActions.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco.action.update',
          entityType: 'eco_action',
          entityId: id,
          before,
          after,
        });
        return after!;
      });
      return actionOut(row, todayOf(d));
    },
  };
}
