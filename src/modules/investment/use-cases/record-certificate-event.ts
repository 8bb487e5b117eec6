import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { DbOrTx } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/transaction';
import { classifyCapitalOrigin } from '../capital-origin';
import { type CertificateEvent, certificateStateAsOf, validateCertificateEvents } from '../certificate-events';
import type { CertificateEventBody, EventSource, ProjectDetail } from '../contract';
import { certificateEvents, projectInvestors, projects } from '../schema';
import { assertNotFuture, historyError, type ResolvedShares, resolveShares } from './certificate-input';
import { assertCharterNotNegative, charterCurrencyError } from './charter-input';
import { type Ctx, field, nextUpdatedAt, todayOf, validationFailed } from './common';
import { rewriteEventFacts } from './event-facts';
import type { exchangeRateUseCases } from './manage-exchange-rates';
import {
  type EventDetails,
  investorsOfProject,
  loadEvents,
  originOf,
  partnerOf,
  type RateRow,
  rateOfRow,
  ruleInvestors,
} from './project-history';
import type { ProjectScope } from './project-scope';
import type { projectReadUseCases } from './read-projects';

/**
 * Re-derives `origin_cache` of these projects from their current investors (after an investor
 * or a project's list of investors changed), in the caller's transaction.
 */
export async function rederiveOrigins(tx: DbOrTx, projectIds: readonly string[]): Promise<void> {
  for (const id of projectIds) {
    const list = await investorsOfProject(tx, id, null);
    if (!list) continue;
    await tx
      .update(projects)
      .set({ originCache: originOf(list).origin, partnerCache: partnerOf(ruleInvestors(list), list.validFrom) })
      .where(eq(projects.id, id));
    // Each event's origin and partner follow the investors' (re-read) standing too.
    await rewriteEventFacts(tx, id);
  }
}

const isZero = (value: string) => /^-?0*(\.0*)?$/.test(value);

/** An adjustment states what it changes (Decree 31/2021 Art. 44–47): capital, land, objectives, schedule or investors. */
function assertChangesSomething(input: Extract<CertificateEventBody, { kind: 'adjusted' }>) {
  const changes =
    (input.capitalDelta && !isZero(input.capitalDelta.value)) ||
    (input.charterCapitalDelta && !isZero(input.charterCapitalDelta.value)) ||
    (input.landAreaDeltaHa !== undefined && !isZero(input.landAreaDeltaHa)) ||
    input.objectives?.length ||
    input.schedule ||
    input.investors;
  if (!changes) {
    throw validationFailed(
      field(
        'body.kind',
        'Lần điều chỉnh phải thay đổi ít nhất một nội dung: vốn đầu tư, vốn điều lệ, diện tích đất, mục tiêu, tiến độ hoặc nhà đầu tư.',
        'An adjustment must change at least one thing: investment capital, charter capital, land area, objectives, schedule or investors.',
      ),
    );
  }
}

/**
 * Adds an adjustment, re-issue, revocation or termination to a project's certificate. The whole
 * history is validated with the new event (every problem reported); an adjustment that names
 * investors closes the current list and opens the new one from its date; the caches follow.
 */
export function recordCertificateEventUseCase(
  ctx: Ctx,
  scope: ProjectScope,
  read: ReturnType<typeof projectReadUseCases>,
  rates: ReturnType<typeof exchangeRateUseCases>,
) {
  const { db, clock } = ctx;

  return async function recordCertificateEvent(
    actor: Actor,
    projectId: string,
    input: CertificateEventBody,
    /** `source`: the one-stop dossier whose decision records the event, when it does. */
    options: { source?: EventSource } = {},
  ): Promise<ProjectDetail> {
    authorize(actor, 'project:manage');
    const today = todayOf(ctx);
    // The place is asked of the zones service before the transaction opens (its reads are not
    // part of it); a project's location and enterprise are not changed by events.
    const [current] = await db.select().from(projects).where(eq(projects.id, projectId));
    if (!current) throw notFound('dự án', 'Project');
    const { target, place } = await scope.targetOf(current);
    authorize(actor, 'project:manage', target);
    return inTransaction(db, async (tx) => {
      const [before] = await tx.select().from(projects).where(eq(projects.id, projectId)).for('update');
      if (!before) throw notFound('dự án', 'Project');

      let rate: RateRow | null = null;
      if ('exchangeRateId' in input && input.exchangeRateId) {
        rate = await rates.rateById(input.exchangeRateId, tx);
        if (!rate) {
          throw validationFailed(field('body.exchangeRateId', 'Không tìm thấy tỷ giá này.', 'No such exchange rate.'));
        }
      }
      let shares: ResolvedShares | null = null;
      if (input.kind === 'adjusted' && input.investors) {
        shares = await resolveShares(tx, input.investors, 'body.investors');
      }
      assertNotFuture(input.date, today, 'body.date');
      if (input.kind === 'adjusted') assertChangesSomething(input);

      const stored = (await loadEvents(tx, eq(projects.id, projectId))).get(projectId) ?? [];
      const seq = Math.max(0, ...stored.map((s) => s.row.seq)) + 1;
      const conversion = rate ? { conversion: rateOfRow(rate) } : {};
      const documentNo = input.documentNo || undefined;
      const base = { seq, date: input.date, ...(documentNo ? { documentNo } : {}) };
      let event: CertificateEvent;
      switch (input.kind) {
        case 'adjusted':
          event = {
            ...base,
            kind: 'adjusted',
            ...(input.capitalDelta ? { capitalDelta: input.capitalDelta } : {}),
            ...conversion,
            ...(input.landAreaDeltaHa !== undefined ? { landAreaDeltaHa: input.landAreaDeltaHa } : {}),
            ...(input.objectives ? { objectives: input.objectives } : {}),
            ...(input.schedule ? { schedule: input.schedule } : {}),
          };
          break;
        case 'reissued':
          event = { ...base, kind: 'reissued' };
          break;
        case 'revoked':
        case 'terminated':
          event = {
            ...base,
            kind: input.kind,
            documentNo: documentNo ?? '',
            capitalAtEnd: input.capitalAtEnd,
            ...conversion,
          };
          break;
      }
      const charter = input.kind === 'adjusted' ? (input.charterCapitalDelta ?? null) : null;
      if (charter) {
        if (charter.currency !== before.currency) {
          throw charterCurrencyError('body.charterCapitalDelta.currency', before.currency);
        }
        assertCharterNotNegative(
          [
            ...stored.map((s) => ({ seq: s.row.seq, date: s.row.date, charterCapital: s.row.charterCapital })),
            { seq, date: input.date, charterCapital: charter.value },
          ],
          'body.charterCapitalDelta.value',
        );
      }
      const history = [...stored.map((s) => s.event), event];
      const problems = validateCertificateEvents(history);
      if (problems.length) {
        throw historyError(problems, history, {
          vi: `dự án ${before.projectCode}`,
          en: `project ${before.projectCode}`,
        });
      }
      // The new list's FDI/DDI on its date (a rule must exist for that date).
      const newOrigin = shares ? classifyCapitalOrigin(shares.rule, input.date) : null;
      const state = certificateStateAsOf(history, today);

      const details: EventDetails = {
        ...(input.kind === 'adjusted' && input.objectives ? { objectives: input.objectives } : {}),
        ...(input.kind === 'adjusted' && input.schedule ? { schedule: input.schedule } : {}),
        ...(input.kind === 'adjusted' && input.investors
          ? { investors: input.investors.map((i) => ({ investorId: i.investorId, share: i.share })) }
          : {}),
      };
      const amount =
        input.kind === 'adjusted' ? input.capitalDelta : input.kind === 'reissued' ? undefined : input.capitalAtEnd;
      const [eventRow] = await tx
        .insert(certificateEvents)
        .values({
          id: randomUUID(),
          projectId,
          seq,
          kind: input.kind,
          date: input.date,
          certificateNo: input.certificateNo || null,
          documentNo: input.documentNo || null,
          capital: amount?.value ?? null,
          currency: amount?.currency ?? null,
          landAreaHa: input.kind === 'adjusted' ? (input.landAreaDeltaHa ?? null) : null,
          charterCapital: charter?.value ?? null,
          exchangeRateId: rate?.id ?? null,
          details,
          source: options.source ?? null,
          recordedAt: clock(),
        })
        .returning();

      let investorsBefore: unknown = null;
      if (shares) {
        const open = await tx
          .select()
          .from(projectInvestors)
          .where(and(eq(projectInvestors.projectId, projectId), isNull(projectInvestors.validTo)));
        investorsBefore = open;
        const sameDay = open.filter((r) => r.validFrom === input.date).map((r) => r.investorId);
        // A list set earlier the same day is replaced; older lists end the day before (valid_to exclusive).
        if (sameDay.length) {
          await tx
            .delete(projectInvestors)
            .where(
              and(
                eq(projectInvestors.projectId, projectId),
                eq(projectInvestors.validFrom, input.date),
                inArray(projectInvestors.investorId, sameDay),
              ),
            );
        }
        await tx
          .update(projectInvestors)
          .set({ validTo: input.date })
          .where(and(eq(projectInvestors.projectId, projectId), isNull(projectInvestors.validTo)));
        await tx.insert(projectInvestors).values(
          shares.rows.map((r) => ({
            projectId,
            investorId: r.investor.id,
            validFrom: input.date,
            validTo: null,
            share: r.share,
          })),
        );
      }

      const [after] = await tx
        .update(projects)
        .set({
          statusCache: state.status,
          registeredCapitalCache: state.registeredCapital?.value ?? null,
          landAreaHa: state.landAreaHa,
          objectives: state.objectives.length ? state.objectives.join('\n') : before.objectives,
          ...(newOrigin && shares
            ? { originCache: newOrigin.origin, partnerCache: partnerOf(shares.rule, input.date) }
            : {}),
          updatedAt: nextUpdatedAt(clock, before.updatedAt),
        })
        .where(eq(projects.id, projectId))
        .returning();
      await rewriteEventFacts(tx, projectId);
      const [storedEvent] = await tx.select().from(certificateEvents).where(eq(certificateEvents.id, eventRow!.id));
      const cacheView = (r: typeof before) => ({
        status: r.statusCache,
        registeredCapital: r.registeredCapitalCache,
        landAreaHa: r.landAreaHa,
        origin: r.originCache,
      });
      await recordAudit(tx, actor, {
        action: 'project.record_event',
        entityType: 'project',
        entityId: projectId,
        before: { ...cacheView(before), ...(shares ? { investors: investorsBefore } : {}) },
        after: {
          ...cacheView(after!),
          event: storedEvent,
          ...(shares ? { investors: shares.rows.map((r) => ({ investorId: r.investor.id, share: r.share })) } : {}),
          ...(newOrigin ? { originReason: newOrigin.reason } : {}),
        },
      });
      return read.detailOf(tx, after!, today, { place });
    });
  };
}
