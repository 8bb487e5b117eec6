/**
 * The eco reports' use cases: create a draft with the registry's facts, save typed values,
 * submit, accept, request a revision; list and read in scope. Every write re-reads the facts so a
 * locked field shows what the registry knows at that moment; once submitted the values are frozen.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { AppError, forbidden, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { users } from '../../../platform/auth/schema';
import { inTransaction } from '../../../platform/db/transaction';
import { ecoReportEvents, ecoReports } from '../schema';
import type { DealUseCases } from '../use-cases/deals';
import {
  type EcoDeps,
  enterpriseDirectory,
  fieldError,
  invalid,
  type ParkDirectory,
  parkDirectory,
  requirePark,
  todayOf,
} from '../use-cases/deps';
import type { EcoReportStatus, EcoReportSummary, EcoReportView } from './contract';
import { reportFacts } from './facts';
import type { EcoForm, EcoValues } from './types';
import { assemble, readInput, submitErrors, versionById, versionFor } from './values';
import { type ReportRow, summaryOf, viewOf } from './views';
import { allowedSteps, isFiler, readTarget, STATUS_AFTER, type Step, windowOf } from './workflow';

const conflict = (vi: string, en: string) => new AppError('CONFLICT', vi, en);
const STALE = {
  vi: 'Báo cáo đã được người khác sửa hoặc chuyển trạng thái. Hãy tải lại.',
  en: 'Someone else has changed this report. Reload and try again.',
};

export function ecoReportUseCases(d: EcoDeps, deals: DealUseCases) {
  const versionOf = (row: ReportRow) => versionById(row.typeVersion)!;

  async function context(row: ReportRow, parks: ParkDirectory, directory = enterpriseDirectory(d)) {
    const park = (await parks(row.parkId))!;
    const enterprise = (await directory(row.enterpriseId)) ?? '';
    const scope = { provinceCode: park.provinceCode, developerId: park.developerEnterpriseId };
    const names = { park: { id: park.id, name: park.name }, enterprise: { id: row.enterpriseId, name: enterprise } };
    return { park, scope, names, target: readTarget({ ...scope, filerId: row.enterpriseId }) };
  }

  async function loadVisible(actor: Actor, id: string, parks: ParkDirectory) {
    authorize(actor, 'eco:read');
    const [row] = await d.db.select().from(ecoReports).where(eq(ecoReports.id, id));
    if (!row) throw notFound('báo cáo sinh thái', 'Eco report');
    const ctx = await context(row, parks);
    if (!isAllowed(actor, 'eco:read', ctx.target)) throw notFound('báo cáo sinh thái', 'Eco report');
    return { row, ...ctx };
  }

  async function view(actor: Actor, id: string, parks = parkDirectory(d)): Promise<EcoReportView> {
    const { row, scope, names } = await loadVisible(actor, id, parks);
    const events = await d.db
      .select({ row: ecoReportEvents, by: users.displayName })
      .from(ecoReportEvents)
      .leftJoin(users, eq(users.id, ecoReportEvents.userId))
      .where(eq(ecoReportEvents.reportId, id))
      .orderBy(asc(ecoReportEvents.at));
    return viewOf(summaryOf(actor, row, versionOf(row), names, scope), row, versionOf(row), events);
  }

  /** Takes a step after checking who may and from which status; the step writes in the same transaction. */
  async function step(
    actor: Actor,
    id: string,
    s: Step,
    updatedAt: string,
    write: (row: ReportRow) => Promise<{ set: Partial<ReportRow>; note?: string }>,
  ) {
    const parks = parkDirectory(d);
    const { row, scope } = await loadVisible(actor, id, parks);
    const version = versionOf(row);
    const scoped = { ...scope, form: version.form, filerId: row.enterpriseId };
    if (!allowedSteps(actor, { ...scoped, status: row.status as EcoReportStatus }).includes(s)) {
      // A step the actor could take in another status is a conflict; one it can never take, forbidden.
      const filerStep = s === 'edit' || s === 'submit';
      const mayEver = allowedSteps(actor, { ...scoped, status: filerStep ? 'draft' : 'submitted' }).includes(s);
      if (!mayEver) throw forbidden();
      throw conflict(
        'Báo cáo đang ở trạng thái không cho phép thao tác này.',
        'The report’s status does not allow this step.',
      );
    }
    if (row.updatedAt.getTime() !== Date.parse(updatedAt))
      throw new AppError('CONFLICT', STALE.vi, STALE.en, fieldError('body.updatedAt', STALE.vi, STALE.en));
    const { set, note } = await write(row);
    await inTransaction(d.db, async (tx) => {
      const now = d.clock();
      const at = now.getTime() > row.updatedAt.getTime() ? now : new Date(row.updatedAt.getTime() + 1);
      const [after] = await tx
        .update(ecoReports)
        .set({ ...set, updatedAt: at })
        .where(and(eq(ecoReports.id, id), eq(ecoReports.updatedAt, row.updatedAt)))
        .returning();
      if (!after) throw new AppError('CONFLICT', STALE.vi, STALE.en);
      if (s !== 'edit')
        await tx.insert(ecoReportEvents).values({
          reportId: id,
          status: after.status,
          note: note ?? '',
          userId: actor.kind === 'user' ? actor.id : null,
          at,
        });
      const action = { edit: 'save', submit: 'submit', accept: 'accept', request_revision: 'revision' }[s];
      await recordAudit(tx, actor, {
        action: `eco.report.${action}` as 'eco.report.save',
        entityType: 'eco_report',
        entityId: id,
        before: row,
        after,
      });
    });
    return view(actor, id, parks);
  }

  const factsFor = (row: Pick<ReportRow, 'form' | 'year' | 'enterpriseId' | 'parkId'>, parks: ParkDirectory) =>
    requirePark(parks, row.parkId).then((park) =>
      reportFacts(d, deals, parks, { form: row.form as EcoForm, year: row.year, park, enterpriseId: row.enterpriseId }),
    );

  return {
    async createEcoReport(actor: Actor, body: { form: EcoForm; year: number; parkId: string }) {
      authorize(actor, 'eco_report:file');
      const parks = parkDirectory(d);
      const park = await requirePark(parks, body.parkId);
      const filerId = actor.kind === 'user' ? actor.scope.enterpriseId : null;
      const scoped = { form: body.form, provinceCode: park.provinceCode, developerId: park.developerEnterpriseId };
      if (!filerId || !isFiler(actor, { ...scoped, filerId })) throw forbidden();
      const version = versionFor(body.form, body.year);
      if (!version)
        throw invalid(
          fieldError('body.year', 'Không có biểu mẫu áp dụng cho năm này.', 'No form applies to this year.'),
        );
      if (todayOf(d) < windowOf(body.year, version.window).opensOn)
        throw invalid(
          fieldError(
            'body.year',
            `Chưa tới hạn: báo cáo năm ${body.year} lập từ ngày 01/01/${body.year + 1}.`,
            `Not yet due: the ${body.year} report opens on 1 January ${body.year + 1}.`,
          ),
        );
      if (!body.form.startsWith('A')) {
        const own = await d.investment.findProjects(actor, {
          parkId: park.id,
          enterpriseId: filerId!,
          sort: 'projectCode',
          order: 'asc',
          page: 1,
          pageSize: 1,
        });
        if (own.total === 0)
          throw invalid(
            fieldError(
              'body.parkId',
              'Doanh nghiệp không có dự án trong KCN này.',
              'The enterprise has no project in this park.',
            ),
          );
      }
      const key = { form: body.form, year: body.year, parkId: park.id, enterpriseId: filerId! };
      const [existing] = await d.db
        .select({ id: ecoReports.id })
        .from(ecoReports)
        .where(
          and(
            eq(ecoReports.form, key.form),
            eq(ecoReports.year, key.year),
            eq(ecoReports.parkId, key.parkId),
            eq(ecoReports.enterpriseId, key.enterpriseId),
          ),
        );
      if (existing)
        throw conflict('Báo cáo này đã được lập; hãy mở báo cáo đã có.', 'This report already exists; open it.');
      const values = assemble(version, {}, await factsFor(key, parks));
      const id = await inTransaction(d.db, async (tx) => {
        const [created] = await tx
          .insert(ecoReports)
          .values({
            ...key,
            typeVersion: version.id,
            status: 'draft',
            values,
            createdAt: d.clock(),
            updatedAt: d.clock(),
          })
          .returning();
        await tx.insert(ecoReportEvents).values({
          reportId: created!.id,
          status: 'draft',
          userId: actor.kind === 'user' ? actor.id : null,
          at: d.clock(),
        });
        await recordAudit(tx, actor, {
          action: 'eco.report.save',
          entityType: 'eco_report',
          entityId: created!.id,
          after: created,
        });
        return created!.id;
      });
      return view(actor, id, parks);
    },

    getEcoReport: (actor: Actor, id: string) => view(actor, id),

    saveEcoReport: (actor: Actor, id: string, body: { values: Record<string, unknown>; updatedAt: string }) =>
      step(actor, id, 'edit', body.updatedAt, async (row) => {
        const version = versionOf(row);
        const { values, errors } = readInput(version, body.values);
        if (Object.keys(errors).length > 0) throw invalid(errors);
        return { set: { values: assemble(version, values, await factsFor(row, parkDirectory(d))) } };
      }),

    submitEcoReport: (actor: Actor, id: string, body: { updatedAt: string }) =>
      step(actor, id, 'submit', body.updatedAt, async (row) => {
        const version = versionOf(row);
        const typed = Object.fromEntries(
          version.fields
            .filter((f) => !f.prefill && !f.computed)
            .map((f) => [f.key, (row.values as EcoValues)[f.key] ?? null]),
        );
        const values = assemble(version, typed, await factsFor(row, parkDirectory(d)));
        const errors = submitErrors(version, values);
        if (Object.keys(errors).length > 0) throw invalid(errors);
        return { set: { values, status: STATUS_AFTER.submit, submittedAt: d.clock(), revisionReason: null } };
      }),

    acceptEcoReport: (actor: Actor, id: string, body: { updatedAt: string }) =>
      step(actor, id, 'accept', body.updatedAt, async () => ({
        set: { status: STATUS_AFTER.accept, decidedAt: d.clock() },
      })),

    requestEcoReportRevision: (actor: Actor, id: string, body: { reason: string; updatedAt: string }) =>
      step(actor, id, 'request_revision', body.updatedAt, async () => ({
        set: { status: STATUS_AFTER.request_revision, decidedAt: d.clock(), revisionReason: body.reason },
        note: body.reason,
      })),

    async findEcoReports(
      actor: Actor,
      q: { form?: EcoForm; year?: number; parkId?: string; enterpriseId?: string; status?: EcoReportStatus },
    ): Promise<{ items: EcoReportSummary[] }> {
      authorize(actor, 'eco:read');
      const where: SQL[] = [];
      if (q.form) where.push(eq(ecoReports.form, q.form));
      if (q.year) where.push(eq(ecoReports.year, q.year));
      if (q.parkId) where.push(eq(ecoReports.parkId, q.parkId));
      if (q.enterpriseId) where.push(eq(ecoReports.enterpriseId, q.enterpriseId));
      if (q.status) where.push(inArray(ecoReports.status, [q.status]));
      const rows = await d.db
        .select()
        .from(ecoReports)
        .where(where.length ? and(...where) : undefined)
        .orderBy(asc(ecoReports.year), asc(ecoReports.form));
      const parks = parkDirectory(d);
      const names = enterpriseDirectory(d);
      const items = [];
      for (const row of rows) {
        const ctx = await context(row, parks, names);
        if (isAllowed(actor, 'eco:read', ctx.target))
          items.push(summaryOf(actor, row, versionOf(row), ctx.names, ctx.scope));
      }
      return { items: items.sort((a, b) => b.year - a.year || a.park.name.localeCompare(b.park.name, 'vi')) };
    },
  };
}
export type EcoReportUseCases = ReturnType<typeof ecoReportUseCases>;
