import { and, asc, count, desc, eq, exists, gt, inArray, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import type { Currency, Money } from '../../../kernel/money';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import type { CapitalOriginKind } from '../capital-origin';
import { type CertificateState, certificateStateAsOf } from '../certificate-events';
import { charterCapitalAsOf } from '../charter-capital';
import {
  type ProjectDetail,
  type ProjectPage,
  type ProjectQuery,
  type ProjectSummary,
  STATUS_LABELS,
} from '../contract';
import { mainPartnerCountry, partnerGroup2114 } from '../partner-country';
import { enterprises, investors, projectInvestors, projects } from '../schema';
import { type Ctx, chunks, escapeLike, foldSearch, offsetOf, todayOf } from './common';
import { trimDecimal } from './manage-investors';
import type { PlaceScope } from './places';
import {
  eventView,
  type InvestorsOn,
  investorNamesOf,
  investorsOfProject,
  loadEvents,
  loadInvestorsOn,
  originOf,
  ruleInvestors,
} from './project-history';
import { keyOfProject, type ProjectScope } from './project-scope';
import { statusOn } from './status-on';

export type ProjectRow = typeof projects.$inferSelect;

const moneyOf = (value: string | null, currency: string): Money | null =>
  value === null ? null : { value: trimDecimal(value)!, currency: currency as Currency };

type Facts = {
  state: CertificateState;
  origin: CapitalOriginKind | null;
  partner: string | null;
};

function factsOf(events: Parameters<typeof certificateStateAsOf>[0], list: InvestorsOn | null, asOf: string): Facts {
  const state = certificateStateAsOf(events, asOf);
  if (!list || state.status === 'not_issued') return { state, origin: null, partner: null };
  const rule = ruleInvestors(list);
  return {
    state,
    origin: originOf(list).origin,
    partner: mainPartnerCountry(rule, list.validFrom)?.country ?? null,
  };
}

export function projectReadUseCases(ctx: Ctx, scope: ProjectScope) {
  const { db, places } = ctx;

  /** The project as of `asOf`, without authorisation (callers authorise). */
  async function detailOf(
    tx: DbOrTx,
    row: ProjectRow,
    asOf: string,
    known?: { place: PlaceScope | null },
  ): Promise<ProjectDetail> {
    // Inside a transaction the place must be given: the zones service reads outside it
    // (and PGlite has a single connection).
    const place = known ? known.place : await places.of(keyOfProject(row));
    const [enterprise] = row.enterpriseId
      ? await tx
          .select({ id: enterprises.id, taxCode: enterprises.taxCode, nameVi: enterprises.nameVi })
          .from(enterprises)
          .where(eq(enterprises.id, row.enterpriseId))
      : [];
    const stored = (await loadEvents(tx, eq(projects.id, row.id))).get(row.id) ?? [];
    const names = await investorNamesOf(tx, stored);
    const state = certificateStateAsOf(
      stored.map((s) => s.event),
      asOf,
    );
    const list = state.status === 'not_issued' ? null : await investorsOfProject(tx, row.id, asOf);
    const rule = list ? ruleInvestors(list) : [];
    const origin = list ? originOf(list) : null;
    const partner = list ? mainPartnerCountry(rule, list.validFrom) : null;
    const group = list ? partnerGroup2114(rule) : null;
    return {
      id: row.id,
      projectCode: row.projectCode,
      name: row.name,
      enterprise: enterprise ?? null,
      location: {
        kind: row.locationKind as ProjectDetail['location']['kind'],
        parkId: row.parkId,
        zoneId: row.zoneId,
        adminUnitId: place?.adminUnitId ?? null,
        provinceCode: place?.provinceCode ?? null,
      },
      specialZoneId: row.specialZoneId,
      operationStartedOn: row.operationStartedOn,
      type: row.type as ProjectDetail['type'],
      objectives: row.objectives,
      sectors: row.sectors,
      currency: row.currency as Currency,
      asOf,
      certificate: {
        status: state.status,
        statusLabel: STATUS_LABELS[state.status],
        registeredCapital: state.registeredCapital,
        charterCapital: moneyOf(
          charterCapitalAsOf(
            stored.map((s) => ({ seq: s.row.seq, date: s.row.date, charterCapital: s.row.charterCapital })),
            asOf,
          ),
          row.currency,
        ),
        landAreaHa: state.landAreaHa,
        objectives: state.objectives,
        schedule: state.schedule,
        issuedOn: state.issuedOn,
        lastAdjustedOn: state.lastAdjustedOn,
        endedOn: state.endedOn,
        endDocumentNo: state.endDocumentNo,
      },
      origin: origin
        ? {
            origin: origin.origin,
            reason: origin.reason,
            foreignShare: origin.foreignShare,
            asForeignInvestor: origin.asForeignInvestor,
            decidedOn: list!.validFrom,
            rule: origin.rule,
          }
        : null,
      mainPartner: partner
        ? {
            country: partner.country,
            share: partner.share,
            tiedWith: partner.tiedWith,
            legalBasis: partner.rule.legalBasis,
          }
        : null,
      partnerGroup: group,
      investors: (list?.rows ?? []).map((r) => ({
        investorId: r.investor.id,
        name: r.investor.name,
        kind: r.investor.kind as 'organisation' | 'individual',
        nationality: r.investor.nationality,
        share: trimDecimal(r.share.share)!,
        validFrom: r.share.validFrom,
        validTo: r.share.validTo,
      })),
      events: stored.map((s) => eventView(s, asOf, names, row.currency)),
      current: {
        status: row.statusCache as ProjectDetail['current']['status'],
        origin: row.originCache as CapitalOriginKind,
        registeredCapital: moneyOf(row.registeredCapitalCache, row.currency),
      },
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async function getRow(id: string, tx: DbOrTx = db): Promise<ProjectRow> {
    const [row] = await tx.select().from(projects).where(eq(projects.id, id));
    if (!row) throw notFound('dự án', 'Project');
    return row;
  }

  async function getProject(actor: Actor, id: string, asOf?: string): Promise<ProjectDetail> {
    authorize(actor, 'registry:read');
    const row = await getRow(id);
    const { target, place } = await scope.targetOf(row);
    authorize(actor, 'registry:read', target);
    return detailOf(db, row, asOf ?? todayOf(ctx), { place });
  }

  async function listEvents(actor: Actor, id: string, asOf?: string) {
    const detail = await getProject(actor, id, asOf);
    return { items: detail.events };
  }

  /** Status, origin and main partner as of `asOf` for these projects (events folded in memory). */
  async function factsAsOf(ids: readonly string[], asOf: string): Promise<Map<string, Facts>> {
    const out = new Map<string, Facts>();
    for (const part of chunks(ids)) {
      const where = inArray(projects.id, part);
      const [events, lists] = await Promise.all([loadEvents(db, where), loadInvestorsOn(db, where, asOf)]);
      for (const id of part) {
        out.set(
          id,
          factsOf(
            (events.get(id) ?? []).map((s) => s.event),
            lists.get(id) ?? null,
            asOf,
          ),
        );
      }
    }
    return out;
  }

  const SORT = {
    projectCode: projects.projectCode,
    name: projects.name,
    createdAt: projects.createdAt,
    updatedAt: projects.updatedAt,
  } as const;

  async function findProjects(actor: Actor, query: ProjectQuery): Promise<ProjectPage> {
    authorize(actor, 'registry:read');
    const today = todayOf(ctx);
    const asOf = query.asOf ?? today;
    // No event is dated after today, so from today on the cached columns are the fold.
    const cached = asOf >= today;
    const conditions: SQL[] = [];
    const visible = await scope.visibleProjects(actor);
    if (visible !== 'all') conditions.push(visible);
    if (query.province) conditions.push(await scope.inProvince(query.province, asOf));
    if (query.parkId) conditions.push(and(eq(projects.locationKind, 'park'), eq(projects.parkId, query.parkId))!);
    if (query.zoneId) conditions.push(await scope.inZone(query.zoneId));
    if (query.enterpriseId) conditions.push(eq(projects.enterpriseId, query.enterpriseId));
    if (query.investorId) {
      const heldOn = cached
        ? isNull(projectInvestors.validTo)
        : and(
            lte(projectInvestors.validFrom, asOf),
            or(isNull(projectInvestors.validTo), gt(projectInvestors.validTo, asOf)),
          );
      conditions.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(projectInvestors)
            .where(
              and(
                eq(projectInvestors.projectId, projects.id),
                eq(projectInvestors.investorId, query.investorId),
                heldOn,
              ),
            ),
        ),
      );
    }
    if (query.type) conditions.push(eq(projects.type, query.type));
    if (query.sector) conditions.push(sql`${query.sector} = any(${projects.sectors})`);
    const q = query.q ? foldSearch(query.q) : '';
    if (q) {
      // Name or code of the project, or name or tax code of its enterprise (both trigram-indexed).
      const pattern = `%${escapeLike(q)}%`;
      // A union of two indexed lookups: an OR of the two would scan every project.
      conditions.push(
        sql`${projects.id} in (select ${projects.id} from ${projects} where ${like(projects.search, pattern)}
          union select ${projects.id} from ${projects} where ${projects.enterpriseId} in (
            select ${enterprises.id} from ${enterprises} where ${like(enterprises.search, pattern)}))`,
      );
    }
    if (cached && query.origin) conditions.push(eq(projects.originCache, query.origin));
    if (query.status) conditions.push(cached ? eq(projects.statusCache, query.status) : statusOn(query.status, asOf));
    if (cached && query.partnerCountry) conditions.push(eq(projects.partnerCache, query.partnerCountry));
    else if (query.partnerCountry) {
      // Narrowed in SQL to projects with an investor of that country, then ranked by the partner rule.
      const validOn = cached
        ? isNull(projectInvestors.validTo)
        : and(
            lte(projectInvestors.validFrom, asOf),
            or(isNull(projectInvestors.validTo), gt(projectInvestors.validTo, asOf)),
          );
      conditions.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(projectInvestors)
            .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
            .where(
              and(
                eq(projectInvestors.projectId, projects.id),
                eq(investors.nationality, query.partnerCountry),
                validOn,
              ),
            ),
        ),
      );
    }
    const where = conditions.length ? and(...conditions) : undefined;
    const column = SORT[query.sort];
    const order = query.order === 'desc' ? [desc(column), desc(projects.id)] : [asc(column), asc(projects.id)];
    const inMemory = !cached && Boolean(query.partnerCountry || query.origin);

    let total: number;
    let pageRows: ProjectRow[];
    let facts: Map<string, Facts> | null = null;
    if (inMemory) {
      const ids = (
        await db
          .select({ id: projects.id })
          .from(projects)
          .where(where)
          .orderBy(...order)
      ).map((r) => r.id);
      facts = await factsAsOf(ids, asOf);
      const kept = ids.filter((id) => {
        const f = facts!.get(id)!;
        return (
          (!query.origin || f.origin === query.origin) &&
          (!query.status || f.state.status === query.status) &&
          (!query.partnerCountry || f.partner === query.partnerCountry)
        );
      });
      total = kept.length;
      const pageIds = kept.slice(offsetOf(query), offsetOf(query) + query.pageSize);
      const rows = pageIds.length ? await db.select().from(projects).where(inArray(projects.id, pageIds)) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      pageRows = pageIds.map((id) => byId.get(id)!);
    } else {
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(projects)
          .where(where)
          .orderBy(...order)
          .limit(query.pageSize)
          .offset(offsetOf(query)),
        db.select({ n: count() }).from(projects).where(where),
      ]);
      total = Number(totals[0]?.n ?? 0);
      pageRows = rows;
      if (!cached)
        facts = await factsAsOf(
          rows.map((r) => r.id),
          asOf,
        );
    }

    const enterpriseIds = [...new Set(pageRows.map((r) => r.enterpriseId).filter((x): x is string => x !== null))];
    const owners = new Map(
      (enterpriseIds.length
        ? await db
            .select({ id: enterprises.id, taxCode: enterprises.taxCode, nameVi: enterprises.nameVi })
            .from(enterprises)
            .where(inArray(enterprises.id, enterpriseIds))
        : []
      ).map((e) => [e.id, e]),
    );
    const items: ProjectSummary[] = pageRows.map((r) => {
      const f = facts?.get(r.id);
      const base = {
        id: r.id,
        projectCode: r.projectCode,
        name: r.name,
        enterpriseId: r.enterpriseId,
        enterprise: r.enterpriseId ? (owners.get(r.enterpriseId) ?? null) : null,
        locationKind: r.locationKind as ProjectSummary['locationKind'],
        parkId: r.parkId,
        zoneId: r.zoneId,
        type: r.type as ProjectSummary['type'],
        sectors: r.sectors,
        currency: r.currency as Currency,
        asOf,
        updatedAt: r.updatedAt.toISOString(),
      };
      return f
        ? {
            ...base,
            status: f.state.status,
            origin: f.origin,
            registeredCapital: f.state.registeredCapital,
            landAreaHa: f.state.landAreaHa,
          }
        : {
            ...base,
            status: r.statusCache as ProjectSummary['status'],
            origin: r.statusCache === 'not_issued' ? null : (r.originCache as CapitalOriginKind),
            registeredCapital: moneyOf(r.registeredCapitalCache, r.currency),
            landAreaHa: trimDecimal(r.landAreaHa),
          };
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  return { detailOf, getRow, getProject, listEvents, findProjects };
}
