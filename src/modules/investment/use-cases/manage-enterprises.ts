import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, like, type SQL } from 'drizzle-orm';
import { AppError, type FieldErrors, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, type Target } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import type {
  CreateEnterpriseBody,
  Enterprise,
  EnterprisePage,
  EnterpriseQuery,
  UpdateEnterpriseBody,
  UpdateEnterpriseContactBody,
} from '../contract';
import { enterprises } from '../schema';
import {
  assertFresh,
  type Ctx,
  escapeLike,
  field,
  foldSearch,
  nextUpdatedAt,
  offsetOf,
  todayOf,
  validationFailed,
} from './common';

type Row = typeof enterprises.$inferSelect;

/** 0123456789001 and 0123456789-001 are the same dependent unit; the dashed form is kept. */
export const normaliseTaxCode = (code: string) => {
  const digits = code.trim().replace('-', '');
  return digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
};

/** The folded text the enterprise list searches: names and the tax code with and without its dash. */
export const enterpriseSearchText = (r: { taxCode: string; nameVi: string; nameForeign: string | null }) =>
  foldSearch([r.nameVi, r.nameForeign ?? '', r.taxCode, r.taxCode.replace('-', '')].join(' '));

const WHAT = { vi: 'Doanh nghiệp', en: 'enterprise' };

const taxCodeTaken = (taxCode: string) => {
  const vi = `Mã số thuế ${taxCode} đã có doanh nghiệp khác.`;
  const en = `Tax code ${taxCode} already belongs to another enterprise.`;
  return new AppError('CONFLICT', vi, en, field('body.taxCode', vi, en));
};

export function enterpriseUseCases(ctx: Ctx) {
  const { db, clock, geo } = ctx;

  async function toView(r: Row): Promise<Enterprise> {
    return {
      id: r.id,
      taxCode: r.taxCode,
      nameVi: r.nameVi,
      nameForeign: r.nameForeign,
      address: r.address,
      adminUnitId: r.adminUnitId,
      provinceCode: await geo.provinceCodeOf(r.adminUnitId, todayOf(ctx)),
      commune: r.commune,
      legalRepresentative: r.legalRepresentative,
      sectors: r.sectors,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  /** The record target of an enterprise: the province its unit lies in today, and itself. */
  async function targetOf(r: Pick<Row, 'id' | 'adminUnitId'>): Promise<Target> {
    return {
      kind: 'record',
      provinceCode: await geo.provinceCodeOf(r.adminUnitId, todayOf(ctx)),
      enterpriseIds: [r.id],
    };
  }

  async function assertUnitKnown(unitId: string, key = 'body.adminUnitId') {
    const ix = await geo.getIndex();
    if (!ix.unit(unitId)) {
      throw validationFailed(
        field(
          key,
          `Không có đơn vị hành chính cấp tỉnh mã ${unitId}.`,
          `There is no province-level administrative unit ${unitId}.`,
        ),
      );
    }
  }

  async function getRow(id: string, tx: DbOrTx = db): Promise<Row> {
    const [row] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
    if (!row) throw notFound('doanh nghiệp', 'Enterprise');
    return row;
  }

  async function createEnterprise(actor: Actor, input: CreateEnterpriseBody): Promise<Enterprise> {
    authorize(actor, 'enterprise:manage');
    await assertUnitKnown(input.adminUnitId);
    const id = randomUUID();
    authorize(actor, 'enterprise:manage', await targetOf({ id, adminUnitId: input.adminUnitId }));
    const taxCode = normaliseTaxCode(input.taxCode);
    const values = {
      id,
      taxCode,
      nameVi: input.nameVi,
      nameForeign: input.nameForeign || null,
      address: input.address || null,
      adminUnitId: input.adminUnitId,
      commune: input.commune || null,
      legalRepresentative: input.legalRepresentative || null,
      sectors: [...new Set(input.sectors)],
    };
    const now = clock();
    return inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(enterprises)
        .values({ ...values, search: enterpriseSearchText(values), createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: enterprises.taxCode })
        .returning();
      if (!row) throw taxCodeTaken(taxCode);
      const { search, ...after } = row;
      await recordAudit(tx, actor, { action: 'enterprise.create', entityType: 'enterprise', entityId: id, after });
      return toView(row);
    });
  }

  async function applyUpdate(
    actor: Actor,
    id: string,
    action: 'enterprise:manage' | 'enterprise:update_contact',
    input: UpdateEnterpriseBody,
  ): Promise<Enterprise> {
    authorize(actor, action);
    // The geo index is loaded before the transaction (PGlite has one connection).
    await geo.getIndex();
    if (input.adminUnitId) await assertUnitKnown(input.adminUnitId);
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(enterprises).where(eq(enterprises.id, id)).for('update');
      if (!before) throw notFound('doanh nghiệp', 'Enterprise');
      authorize(actor, action, await targetOf(before));
      assertFresh(before.updatedAt, input.updatedAt, WHAT);
      const next = {
        taxCode: input.taxCode !== undefined ? normaliseTaxCode(input.taxCode) : before.taxCode,
        nameVi: input.nameVi ?? before.nameVi,
        nameForeign: input.nameForeign !== undefined ? input.nameForeign || null : before.nameForeign,
        address: input.address !== undefined ? input.address || null : before.address,
        adminUnitId: input.adminUnitId ?? before.adminUnitId,
        commune: input.commune !== undefined ? input.commune || null : before.commune,
        legalRepresentative:
          input.legalRepresentative !== undefined ? input.legalRepresentative || null : before.legalRepresentative,
        sectors: input.sectors !== undefined ? [...new Set(input.sectors)] : before.sectors,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]),
      );
      if (changed.length === 0) return toView(before);
      // Moving an enterprise to another province needs scope over both.
      if (next.adminUnitId !== before.adminUnitId) {
        authorize(actor, action, await targetOf({ id, adminUnitId: next.adminUnitId }));
      }
      if (next.taxCode !== before.taxCode) {
        const [other] = await tx
          .select({ id: enterprises.id })
          .from(enterprises)
          .where(eq(enterprises.taxCode, next.taxCode));
        if (other) throw taxCodeTaken(next.taxCode);
      }
      let after: Row | undefined;
      try {
        [after] = await tx
          .update(enterprises)
          .set({ ...next, search: enterpriseSearchText(next), updatedAt: nextUpdatedAt(clock, before.updatedAt) })
          .where(eq(enterprises.id, id))
          .returning();
      } catch (err) {
        if (/enterprises_tax_code_unique|duplicate key/i.test(`${err} ${(err as Error).cause ?? ''}`)) {
          throw taxCodeTaken(next.taxCode);
        }
        throw err;
      }
      const { search: _b, ...beforeView } = before;
      const { search: _a, ...afterView } = after!;
      await recordAudit(tx, actor, {
        action: action === 'enterprise:manage' ? 'enterprise.update' : 'enterprise.update_contact',
        entityType: 'enterprise',
        entityId: id,
        before: beforeView,
        after: afterView,
      });
      return toView(after!);
    });
  }

  async function getEnterprise(actor: Actor, id: string): Promise<Enterprise> {
    authorize(actor, 'registry:read');
    const row = await getRow(id);
    authorize(actor, 'registry:read', await targetOf(row));
    return toView(row);
  }

  async function findEnterprises(actor: Actor, query: EnterpriseQuery): Promise<EnterprisePage> {
    authorize(actor, 'registry:read');
    const conditions: SQL[] = [];
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (actor.kind === 'user') {
      if (actor.role === 'board_leader' || actor.role === 'board_officer') {
        const code = actor.scope.provinceCode;
        if (!code) return empty;
        conditions.push(inArray(enterprises.adminUnitId, await geo.unitIdsIn(code, todayOf(ctx))));
      } else if (actor.role === 'developer' || actor.role === 'enterprise') {
        if (!actor.scope.enterpriseId) return empty;
        conditions.push(eq(enterprises.id, actor.scope.enterpriseId));
      }
    }
    if (query.province) {
      const units = await geo.unitIdsIn(query.province, query.asOf ?? todayOf(ctx));
      if (units.length === 0) return empty;
      conditions.push(inArray(enterprises.adminUnitId, units));
    }
    const q = query.q ? foldSearch(query.q) : '';
    if (q) conditions.push(like(enterprises.search, `%${escapeLike(q)}%`));
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, totals] = await Promise.all([
      db
        .select()
        .from(enterprises)
        .where(where)
        .orderBy(asc(enterprises.nameVi), asc(enterprises.id))
        .limit(query.pageSize)
        .offset(offsetOf(query)),
      db.select({ n: count() }).from(enterprises).where(where),
    ]);
    return {
      items: await Promise.all(rows.map(toView)),
      total: Number(totals[0]?.n ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  return {
    createEnterprise,
    updateEnterprise: (actor: Actor, id: string, input: UpdateEnterpriseBody) =>
      applyUpdate(actor, id, 'enterprise:manage', input),
    /** Address, commune and legal representative: also the enterprise itself. */
    updateEnterpriseContact: (actor: Actor, id: string, input: UpdateEnterpriseContactBody) =>
      applyUpdate(actor, id, 'enterprise:update_contact', input),
    getEnterprise,
    findEnterprises,
    /** For other use cases: the row, or a field error under `key` when it does not exist. */
    async existingEnterprise(id: string, key: string, tx: DbOrTx = db): Promise<Row> {
      const [row] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
      if (!row) {
        const fields: FieldErrors = field(key, 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.');
        throw validationFailed(fields);
      }
      return row;
    },
  };
}
