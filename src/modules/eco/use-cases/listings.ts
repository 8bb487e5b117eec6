import { and, desc, eq, like, type SQL } from 'drizzle-orm';
import type { FieldErrors } from '../../../kernel/errors';
import { notFound } from '../../../kernel/errors';
import { escapeLike, foldVietnamese } from '../../../kernel/text';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { Listing, ListingBody, ListingQuery } from '../contract';
import { type MatchListing, visibleTo } from '../matching';
import { ecoListings } from '../schema';
import {
  ECO_READER,
  type EcoDeps,
  enterpriseDirectory,
  fieldError,
  invalid,
  num,
  type ParkDirectory,
  parkDirectory,
  recordTarget,
  requirePark,
  viewerOf,
} from './deps';

export type ListingRow = typeof ecoListings.$inferSelect;

/** The shipped waste-code list, read once: codes, printed form and hazard flag. */
let wasteCodes: Map<string, { display: string; hazardous: boolean }> | null = null;
export async function wasteCodeIndex(d: EcoDeps) {
  if (!wasteCodes) {
    const rows = await d.reference.findWasteCodes({});
    wasteCodes = new Map(rows.map((r) => [r.code, { display: r.displayCode, hazardous: r.hazardous }]));
  }
  return wasteCodes;
}

export function toMatch(row: ListingRow, provinceCode: string | null): MatchListing {
  return {
    id: row.id,
    side: row.side as MatchListing['side'],
    enterpriseId: row.enterpriseId,
    parkId: row.parkId,
    provinceCode,
    resource: row.resource as MatchListing['resource'],
    title: row.title,
    ewcCode: row.ewcCode,
    nationalCode: row.nationalCode,
    description: row.description,
    hazardous: row.hazardous,
    acceptsHazardous: row.acceptsHazardous,
    quantity: Number(row.quantity),
    unit: row.unit,
    frequency: row.frequency as MatchListing['frequency'],
    availableFrom: row.availableFrom,
    availableTo: row.availableTo,
    confidentiality: row.confidentiality as MatchListing['confidentiality'],
    partnerEnterpriseIds: row.partnerEnterpriseIds,
    status: row.status as MatchListing['status'],
  };
}

/** Turns rows into views for one caller, dropping what the caller may not see. */
export function listingViews(
  d: EcoDeps,
  parks: ParkDirectory = parkDirectory(d),
  opts: { partyToDeal?: boolean } = {},
) {
  const names = enterpriseDirectory(d);
  return async (actor: Actor, rows: readonly ListingRow[]): Promise<Listing[]> => {
    const viewer = viewerOf(actor);
    const codes = await wasteCodeIndex(d);
    const out: Listing[] = [];
    for (const row of rows) {
      const park = await parks(row.parkId);
      if (!park) continue;
      // The two parties of a deal know each other whatever the listings' confidentiality.
      if (!opts.partyToDeal && !visibleTo(viewer, toMatch(row, park.provinceCode))) continue;
      const canEdit = isAllowed(actor, 'eco:list', recordTarget(park, [row.enterpriseId]));
      out.push({
        id: row.id,
        side: row.side as Listing['side'],
        enterpriseId: row.enterpriseId,
        enterpriseName: (await names(row.enterpriseId)) ?? '',
        parkId: row.parkId,
        parkName: park.name,
        provinceCode: park.provinceCode,
        resource: row.resource as Listing['resource'],
        title: row.title,
        ewcCode: row.ewcCode,
        ewcDisplay: row.ewcCode ? (codes.get(row.ewcCode)?.display ?? row.ewcCode) : null,
        nationalCode: row.nationalCode,
        description: row.description,
        hazardous: row.hazardous,
        acceptsHazardous: row.acceptsHazardous,
        quantity: num(row.quantity),
        unit: row.unit as Listing['unit'],
        frequency: row.frequency as Listing['frequency'],
        qualityNotes: row.qualityNotes,
        availableFrom: row.availableFrom,
        availableTo: row.availableTo,
        confidentiality: row.confidentiality as Listing['confidentiality'],
        partnerEnterpriseIds: canEdit || viewer.kind === 'ministry' ? row.partnerEnterpriseIds : [],
        status: row.status as Listing['status'],
        canEdit,
        updatedAt: row.updatedAt.toISOString(),
      });
    }
    return out;
  };
}

/** A listing the caller may see, or 404 (a hidden listing does not exist for the caller). */
export async function readVisibleListing(d: EcoDeps, actor: Actor, id: string, parks: ParkDirectory) {
  const [row] = await d.db.select().from(ecoListings).where(eq(ecoListings.id, id));
  const park = row ? await parks(row.parkId) : null;
  if (!row || !park || !visibleTo(viewerOf(actor), toMatch(row, park.provinceCode)))
    throw notFound('tin trên sàn cộng sinh', 'Symbiosis listing');
  return { row, park };
}

async function checkBody(d: EcoDeps, body: ListingBody, parks: ParkDirectory) {
  const fields: FieldErrors = {};
  const park = await requirePark(parks, body.parkId);
  const names = enterpriseDirectory(d);
  if (!(await names(body.enterpriseId)))
    Object.assign(fields, fieldError('body.enterpriseId', 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.'));
  else if (park.developerEnterpriseId !== body.enterpriseId) {
    const projects = await d.investment.findProjects(ECO_READER, {
      parkId: body.parkId,
      enterpriseId: body.enterpriseId,
      sort: 'projectCode',
      order: 'asc',
      page: 1,
      pageSize: 1,
    });
    if (projects.total === 0)
      Object.assign(
        fields,
        fieldError(
          'body.parkId',
          'Doanh nghiệp không có dự án trong KCN này.',
          'The enterprise has no project in this park.',
        ),
      );
  }
  let codeHazardous = false;
  if (body.ewcCode) {
    const code = (await wasteCodeIndex(d)).get(body.ewcCode);
    if (!code)
      Object.assign(
        fields,
        fieldError(
          'body.ewcCode',
          'Mã không có trong Danh mục chất thải châu Âu.',
          'Not in the European List of Waste.',
        ),
      );
    codeHazardous = code?.hazardous ?? false;
  }
  for (const [i, id] of body.partnerEnterpriseIds.entries())
    if (!(await names(id)))
      Object.assign(
        fields,
        fieldError(`body.partnerEnterpriseIds.${i}`, 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.'),
      );
  if (Object.keys(fields).length) throw invalid(fields);
  return { park, hazardous: body.side === 'offer' ? body.hazardous || codeHazardous : body.hazardous };
}

const searchText = (b: ListingBody) =>
  foldVietnamese([b.title, b.description, b.ewcCode ?? '', b.nationalCode ?? ''].join(' ')).toLowerCase();

function values(body: ListingBody, hazardous: boolean) {
  return {
    side: body.side,
    enterpriseId: body.enterpriseId,
    parkId: body.parkId,
    resource: body.resource,
    title: body.title,
    ewcCode: body.ewcCode ?? null,
    nationalCode: body.nationalCode ?? null,
    description: body.description,
    hazardous,
    acceptsHazardous: body.side === 'need' ? body.acceptsHazardous : false,
    quantity: body.quantity,
    unit: body.unit,
    frequency: body.frequency,
    qualityNotes: body.qualityNotes,
    availableFrom: body.availableFrom,
    availableTo: body.availableTo ?? null,
    confidentiality: body.confidentiality,
    partnerEnterpriseIds: body.confidentiality === 'partners' ? [...new Set(body.partnerEnterpriseIds)] : [],
    search: searchText(body),
  };
}

export function listingUseCases(d: EcoDeps) {
  async function view(actor: Actor, row: ListingRow, parks: ParkDirectory) {
    const [out] = await listingViews(d, parks)(actor, [row]);
    if (!out) throw notFound('tin trên sàn cộng sinh', 'Symbiosis listing');
    return out;
  }

  return {
    async createListing(actor: Actor, body: ListingBody): Promise<Listing> {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const { park, hazardous } = await checkBody(d, body, parks);
      authorize(actor, 'eco:list', recordTarget(park, [body.enterpriseId]));
      const row = await inTransaction(d.db, async (tx) => {
        const [created] = await tx.insert(ecoListings).values(values(body, hazardous)).returning();
        await recordAudit(tx, actor, {
          action: 'eco.listing.create',
          entityType: 'eco_listing',
          entityId: created!.id,
          after: created,
        });
        return created!;
      });
      return view(actor, row, parks);
    },

    async updateListing(actor: Actor, id: string, body: ListingBody): Promise<Listing> {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const { row: before, park: oldPark } = await readVisibleListing(d, actor, id, parks);
      authorize(actor, 'eco:list', recordTarget(oldPark, [before.enterpriseId]));
      if (body.side !== before.side)
        throw invalid(
          fieldError('body.side', 'Không đổi được chào bán thành nhu cầu.', 'An offer cannot become a need.'),
        );
      const { park, hazardous } = await checkBody(d, body, parks);
      authorize(actor, 'eco:list', recordTarget(park, [body.enterpriseId]));
      const row = await inTransaction(d.db, async (tx) => {
        const [after] = await tx
          .update(ecoListings)
          .set({ ...values(body, hazardous), updatedAt: d.clock() })
          .where(eq(ecoListings.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco.listing.update',
          entityType: 'eco_listing',
          entityId: id,
          before,
          after,
        });
        return after!;
      });
      return view(actor, row, parks);
    },

    async setListingStatus(actor: Actor, id: string, status: 'open' | 'closed'): Promise<Listing> {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const { row: before, park } = await readVisibleListing(d, actor, id, parks);
      authorize(actor, 'eco:list', recordTarget(park, [before.enterpriseId]));
      const row = await inTransaction(d.db, async (tx) => {
        const [after] = await tx
          .update(ecoListings)
          .set({ status, updatedAt: d.clock() })
          .where(eq(ecoListings.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco.listing.status',
          entityType: 'eco_listing',
          entityId: id,
          before: { status: before.status },
          after: { status },
        });
        return after!;
      });
      return view(actor, row, parks);
    },

    /** Parks an enterprise may list in (it has a project there or develops it), for the listing form. */
    async enterpriseParks(actor: Actor, enterpriseId: string) {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const ids = new Set<string>();
      for (let page = 1; ; page++) {
        const res = await d.investment.findProjects(ECO_READER, {
          enterpriseId,
          sort: 'projectCode',
          order: 'asc',
          page,
          pageSize: 200,
        });
        for (const p of res.items) if (p.parkId) ids.add(p.parkId);
        if (page * 200 >= res.total) break;
      }
      const items = [];
      for (const id of ids) {
        const park = await parks(id);
        if (park && isAllowed(actor, 'eco:list', recordTarget(park, [enterpriseId])))
          items.push({ id, name: park.name });
      }
      return { items: items.sort((a, b) => a.name.localeCompare(b.name, 'vi')) };
    },

    async getListing(actor: Actor, id: string): Promise<Listing> {
      authorize(actor, 'eco:read');
      const parks = parkDirectory(d);
      const { row } = await readVisibleListing(d, actor, id, parks);
      return view(actor, row, parks);
    },

    async findListings(actor: Actor, query: ListingQuery): Promise<{ items: Listing[] }> {
      authorize(actor, 'eco:read');
      const conditions: SQL[] = [];
      if (query.side) conditions.push(eq(ecoListings.side, query.side));
      if (query.parkId) conditions.push(eq(ecoListings.parkId, query.parkId));
      if (query.enterpriseId) conditions.push(eq(ecoListings.enterpriseId, query.enterpriseId));
      if (query.status !== 'all') conditions.push(eq(ecoListings.status, query.status));
      if (query.code) conditions.push(like(ecoListings.ewcCode, `${query.code}%`));
      for (const word of foldVietnamese(query.q ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean))
        conditions.push(like(ecoListings.search, `%${escapeLike(word)}%`));
      const rows = await d.db
        .select()
        .from(ecoListings)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(ecoListings.updatedAt))
        .limit(1000);
      return { items: (await listingViews(d)(actor, rows)).slice(0, 500) };
    },
  };
}
