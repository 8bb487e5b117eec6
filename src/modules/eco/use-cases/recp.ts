import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import type { RecpBody, RecpMeasure, RecpTotals } from '../contract';
import { ecoRecpMeasures } from '../schema';
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
  todayOf,
} from './deps';

type Row = typeof ecoRecpMeasures.$inferSelect;
const add = (a: string, b: string) => (Number(a) + Number(b)).toFixed(3).replace(/\.?0+$/, '');

/**
 * The RECP register: each measure saves its yearly amounts in every year from its start on, so
 * the totals of a park and year count the measures started by the end of that year (A.4 III.1).
 */
export function recpUseCases(d: EcoDeps) {
  async function check(body: RecpBody, parks: ParkDirectory) {
    const park = await requirePark(parks, body.parkId);
    if (!(await enterpriseDirectory(d)(body.enterpriseId)))
      throw invalid(fieldError('body.enterpriseId', 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.'));
    if (park.developerEnterpriseId !== body.enterpriseId) {
      const res = await d.investment.findProjects(ECO_READER, {
        parkId: body.parkId,
        enterpriseId: body.enterpriseId,
        sort: 'projectCode',
        order: 'asc',
        page: 1,
        pageSize: 1,
      });
      if (res.total === 0)
        throw invalid(
          fieldError(
            'body.parkId',
            'Doanh nghiệp không có dự án trong KCN này.',
            'The enterprise has no project in this park.',
          ),
        );
    }
    if (body.startedOn > todayOf(d))
      throw invalid(
        fieldError('body.startedOn', 'Ngày bắt đầu không được sau hôm nay.', 'The start cannot be after today.'),
      );
    return park;
  }

  async function views(actor: Actor, rows: Row[], parks: ParkDirectory) {
    const names = enterpriseDirectory(d);
    const items: RecpMeasure[] = [];
    for (const r of rows) {
      const park = await parks(r.parkId);
      if (!park) continue;
      const target = recordTarget(park, [r.enterpriseId]);
      if (!isAllowed(actor, 'eco:read', target)) continue;
      items.push({
        id: r.id,
        enterpriseId: r.enterpriseId,
        enterpriseName: (await names(r.enterpriseId)) ?? '',
        parkId: r.parkId,
        parkName: park.name,
        type: r.type as RecpMeasure['type'],
        title: r.title,
        startedOn: r.startedOn,
        savedKwh: num(r.savedKwh),
        savedM3: num(r.savedM3),
        savedTonnes: num(r.savedTonnes),
        savedTco2e: num(r.savedTco2e),
        costSavedMillionVnd: num(r.costSavedMillionVnd),
        evidence: r.evidence,
        canEdit: isAllowed(actor, 'eco:list', target),
      });
    }
    return items;
  }

  function totals(items: RecpMeasure[], thisYear: number): RecpTotals[] {
    const out = new Map<string, RecpTotals & { firms: Set<string> }>();
    for (const m of items) {
      for (let y = Number(m.startedOn.slice(0, 4)); y <= thisYear; y++) {
        const key = `${m.parkId}:${y}`;
        if (!out.has(key))
          out.set(key, {
            parkId: m.parkId,
            parkName: m.parkName,
            year: y,
            enterprises: 0,
            measures: 0,
            savedKwh: '0',
            savedM3: '0',
            savedTonnes: '0',
            savedTco2e: '0',
            costSavedMillionVnd: '0',
            firms: new Set(),
          });
        const t = out.get(key)!;
        t.firms.add(m.enterpriseId);
        t.measures += 1;
        t.savedKwh = add(t.savedKwh, m.savedKwh);
        t.savedM3 = add(t.savedM3, m.savedM3);
        t.savedTonnes = add(t.savedTonnes, m.savedTonnes);
        t.savedTco2e = add(t.savedTco2e, m.savedTco2e);
        t.costSavedMillionVnd = add(t.costSavedMillionVnd, m.costSavedMillionVnd);
      }
    }
    return [...out.values()]
      .map(({ firms, ...t }) => ({ ...t, enterprises: firms.size }))
      .sort((a, b) => a.parkName.localeCompare(b.parkName, 'vi') || b.year - a.year);
  }

  return {
    async findRecp(actor: Actor, query: { parkId?: string | undefined; enterpriseId?: string | undefined }) {
      authorize(actor, 'eco:read');
      const conditions: SQL[] = [];
      if (query.parkId) conditions.push(eq(ecoRecpMeasures.parkId, query.parkId));
      if (query.enterpriseId) conditions.push(eq(ecoRecpMeasures.enterpriseId, query.enterpriseId));
      const rows = await d.db
        .select()
        .from(ecoRecpMeasures)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(ecoRecpMeasures.startedOn))
        .limit(2000);
      const items = await views(actor, rows, parkDirectory(d));
      return { items, totals: totals(items, Number(todayOf(d).slice(0, 4))) };
    },

    async createRecp(actor: Actor, body: z.infer<typeof RecpBody>): Promise<RecpMeasure> {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const park = await check(body, parks);
      authorize(actor, 'eco:list', recordTarget(park, [body.enterpriseId]));
      const row = await inTransaction(d.db, async (tx) => {
        const [created] = await tx.insert(ecoRecpMeasures).values(body).returning();
        await recordAudit(tx, actor, {
          action: 'eco.recp.create',
          entityType: 'eco_recp_measure',
          entityId: created!.id,
          after: created,
        });
        return created!;
      });
      return (await views(actor, [row], parks))[0]!;
    },

    async updateRecp(actor: Actor, id: string, body: z.infer<typeof RecpBody>): Promise<RecpMeasure> {
      authorize(actor, 'eco:list');
      const parks = parkDirectory(d);
      const [before] = await d.db.select().from(ecoRecpMeasures).where(eq(ecoRecpMeasures.id, id));
      const oldPark = before ? await parks(before.parkId) : null;
      if (!before || !oldPark || !isAllowed(actor, 'eco:read', recordTarget(oldPark, [before.enterpriseId])))
        throw notFound('giải pháp RECP', 'RECP measure');
      authorize(actor, 'eco:list', recordTarget(oldPark, [before.enterpriseId]));
      const park = await check(body, parks);
      authorize(actor, 'eco:list', recordTarget(park, [body.enterpriseId]));
      const row = await inTransaction(d.db, async (tx) => {
        const [after] = await tx
          .update(ecoRecpMeasures)
          .set({ ...body, updatedAt: d.clock() })
          .where(eq(ecoRecpMeasures.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco.recp.update',
          entityType: 'eco_recp_measure',
          entityId: id,
          before,
          after,
        });
        return after!;
      });
      return (await views(actor, [row], parks))[0]!;
    },
  };
}
