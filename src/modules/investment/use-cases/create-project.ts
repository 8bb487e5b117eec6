import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { type Currency, FORM_UNITS, money } from '../../../kernel/money';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { classifyCapitalOrigin } from '../capital-origin';
import { certificateStateAsOf, type IssuedEvent, validateCertificateEvents } from '../certificate-events';
import type { CreateProjectBody, EventSource, ProjectDetail } from '../contract';
import { FORM_UNIT_OF } from '../period-flows';
import { certificateEvents, enterprises, projectInvestors, projects } from '../schema';
import { assertNotFuture, historyError, resolveShares } from './certificate-input';
import { charterCurrencyError } from './charter-input';
import { type Ctx, field, projectSearchText, todayOf, validationFailed } from './common';
import { rewriteEventFacts } from './event-facts';
import { assertProjectFacts } from './project-facts';
import { type EventDetails, partnerOf } from './project-history';
import { targetFor } from './project-scope';
import type { projectReadUseCases } from './read-projects';

/** The certificate's currency follows the origin: FDI in USD, DDI in VND (Biểu 2101/2115/2116). */
export const currencyOfOrigin = (origin: 'FDI' | 'DDI'): Currency => FORM_UNITS[FORM_UNIT_OF[origin]].currency;

const codeTaken = (code: string) => {
  const vi = `Mã số dự án ${code} đã được dùng cho dự án khác.`;
  const en = `Project code ${code} is already used by another project.`;
  return new AppError('CONFLICT', vi, en, field('body.projectCode', vi, en));
};

/**
 * Registers a project with its certificate's issue: the investors decide FDI/DDI on the day of
 * issue, and the registered capital must be in the currency of that origin.
 */
export function createProjectUseCase(ctx: Ctx, read: ReturnType<typeof projectReadUseCases>) {
  const { db, clock, places } = ctx;

  /** `source`: the one-stop dossier whose decision records the issue, when it does. */
  return async function createProject(
    actor: Actor,
    input: CreateProjectBody,
    options: { source?: EventSource } = {},
  ): Promise<ProjectDetail> {
    authorize(actor, 'project:manage');
    const loc = input.location;
    const place = await places.of(
      loc.kind === 'park'
        ? { kind: 'park', parkId: loc.parkId, zoneId: null }
        : { kind: loc.kind, parkId: null, zoneId: loc.zoneId },
    );
    if (!place) {
      throw validationFailed(
        loc.kind === 'park'
          ? field('body.location.parkId', 'Không tìm thấy khu công nghiệp này.', 'No such industrial park.')
          : field('body.location.zoneId', 'Không tìm thấy khu kinh tế này.', 'No such economic zone.'),
      );
    }
    const enterpriseId = input.enterpriseId ?? null;
    if (enterpriseId) {
      const [found] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId));
      if (!found)
        throw validationFailed(field('body.enterpriseId', 'Không tìm thấy doanh nghiệp này.', 'No such enterprise.'));
    }
    authorize(actor, 'project:manage', targetFor(enterpriseId, place));

    const today = todayOf(ctx);
    const cert = input.certificate;
    const shares = await resolveShares(db, input.investors, 'body.investors');
    assertNotFuture(cert.date, today, 'body.certificate.date');
    await assertProjectFacts(places, place, {
      operationStartedOn: input.operationStartedOn ?? null,
      specialZoneId: input.specialZoneId ?? null,
      issuedOn: cert.date,
      today,
    });
    const origin = classifyCapitalOrigin(shares.rule, cert.date);
    const expected = currencyOfOrigin(origin.origin);
    if (cert.registeredCapital.currency !== expected) {
      const vi =
        `Dự án ${origin.origin === 'FDI' ? 'có vốn đầu tư nước ngoài (FDI)' : 'đầu tư trong nước (DDI)'} ghi vốn đăng ký bằng ${expected}, ` +
        `không bằng ${cert.registeredCapital.currency}. ${origin.reason.vi}`;
      const en =
        `A ${origin.origin === 'FDI' ? 'foreign-invested (FDI)' : 'domestic (DDI)'} project registers its capital in ${expected}, ` +
        `not ${cert.registeredCapital.currency}. ${origin.reason.en}`;
      throw new AppError('UNPROCESSABLE', vi, en, field('body.certificate.registeredCapital.currency', vi, en));
    }
    if (cert.charterCapital && cert.charterCapital.currency !== expected) {
      throw charterCurrencyError('body.certificate.charterCapital.currency', expected);
    }

    const issued: IssuedEvent = {
      seq: 1,
      kind: 'issued',
      date: cert.date,
      registeredCapital: money(cert.registeredCapital.value, cert.registeredCapital.currency),
      landAreaHa: input.landAreaHa,
      ...(cert.documentNo ? { documentNo: cert.documentNo } : {}),
      ...(cert.objectives?.length ? { objectives: cert.objectives } : {}),
      ...(cert.schedule ? { schedule: cert.schedule } : {}),
    };
    const problems = validateCertificateEvents([issued]);
    if (problems.length) {
      throw historyError(problems, [issued], { vi: `dự án ${input.projectCode}`, en: `project ${input.projectCode}` });
    }
    const state = certificateStateAsOf([issued], today);
    const id = randomUUID();
    const now = clock();
    const details: EventDetails = {
      ...(cert.objectives?.length ? { objectives: cert.objectives } : {}),
      ...(cert.schedule ? { schedule: cert.schedule } : {}),
      investors: input.investors.map((i) => ({ investorId: i.investorId, share: i.share })),
    };

    return inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(projects)
        .values({
          id,
          projectCode: input.projectCode,
          name: input.name,
          search: projectSearchText(input.name, input.projectCode),
          enterpriseId,
          locationKind: loc.kind,
          parkId: loc.kind === 'park' ? loc.parkId : null,
          zoneId: loc.kind === 'park' ? null : loc.zoneId,
          specialZoneId: input.specialZoneId ?? null,
          operationStartedOn: input.operationStartedOn ?? null,
          type: input.type,
          objectives: cert.objectives?.length ? cert.objectives.join('\n') : null,
          sectors: [...new Set(input.sectors)],
          landAreaHa: state.landAreaHa,
          currency: expected,
          originCache: origin.origin,
          partnerCache: partnerOf(shares.rule, cert.date),
          statusCache: state.status,
          registeredCapitalCache: state.registeredCapital?.value ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: projects.projectCode })
        .returning();
      if (!row) throw codeTaken(input.projectCode);
      const [event] = await tx
        .insert(certificateEvents)
        .values({
          id: randomUUID(),
          projectId: id,
          seq: 1,
          kind: 'issued',
          date: cert.date,
          certificateNo: cert.certificateNo || null,
          documentNo: cert.documentNo || null,
          capital: issued.registeredCapital.value,
          currency: issued.registeredCapital.currency,
          landAreaHa: input.landAreaHa,
          charterCapital: cert.charterCapital?.value ?? null,
          details,
          source: options.source ?? null,
          recordedAt: now,
        })
        .returning();
      const shareRows = shares.rows.map((r) => ({
        projectId: id,
        investorId: r.investor.id,
        validFrom: cert.date,
        validTo: null,
        share: r.share,
      }));
      await tx.insert(projectInvestors).values(shareRows);
      await rewriteEventFacts(tx, id);
      const [storedEvent] = await tx.select().from(certificateEvents).where(eq(certificateEvents.id, event!.id));
      const { search, ...project } = row;
      await recordAudit(tx, actor, {
        action: 'project.create',
        entityType: 'project',
        entityId: id,
        after: {
          project,
          event: storedEvent,
          investors: shareRows,
          origin: { origin: origin.origin, reason: origin.reason, rule: origin.rule.id },
        },
      });
      return read.detailOf(tx, row, today, { place });
    });
  };
}
