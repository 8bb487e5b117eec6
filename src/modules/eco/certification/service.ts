/**
 * Eco certifications: read a park's or an enterprise's certificates as of a day (in registry
 * scope: the park's Board and developer, the enterprise, the ministry), and the deciding Board's
 * revocation with a reason. Certificates are created only by a granted one-stop dossier
 * (`writer.ts`), never typed in.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import { AppError, notFound } from '../../../kernel/errors';
import { recordAudit } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { authorize, isAllowed } from '../../../platform/auth/policy';
import { inTransaction } from '../../../platform/db/transaction';
import { type EcoDeps, parkDirectory, parkTargetOf, requirePark, todayOf } from '../use-cases/deps';
import type { Certification, CertificationList, CertificationQuery, RevokeBody } from './contract';
import { ecoCertifications } from './schema';
import { statusOn } from './status';

type Row = typeof ecoCertifications.$inferSelect;

const revokeTarget = (row: Row) => ({ kind: 'province' as const, code: row.provinceCode });

export function certificationUseCases(d: EcoDeps) {
  function view(actor: Actor, row: Row, asOf: string): Certification | null {
    const status = statusOn(row, asOf);
    if (status === null) return null;
    const known = row.revokedOn !== null && row.revokedOn <= asOf;
    return {
      id: row.id,
      kind: row.kind as Certification['kind'],
      parkId: row.parkId,
      enterpriseId: row.enterpriseId,
      provinceCode: row.provinceCode,
      certificateNo: row.certificateNo,
      certifiedOn: row.certifiedOn,
      validUntil: row.validUntil,
      dossier: { id: row.dossierId, code: row.dossierCode, procedureCode: row.procedureCode },
      revokedOn: known ? row.revokedOn : null,
      revokedReason: known ? row.revokedReason : null,
      status,
      canRevoke: row.revokedOn === null && isAllowed(actor, 'eco:certify', revokeTarget(row)),
    };
  }

  return {
    /** A park's certificates (and its enterprises' when asked by enterprise) as they stood on a day. */
    async certifications(actor: Actor, q: CertificationQuery): Promise<CertificationList> {
      authorize(actor, 'eco:read');
      const asOf = q.asOf ?? todayOf(d);
      const conditions = [];
      if (q.parkId) {
        const park = await requirePark(parkDirectory(d), q.parkId);
        authorize(actor, 'eco:read', parkTargetOf(park));
        conditions.push(and(eq(ecoCertifications.parkId, q.parkId), eq(ecoCertifications.kind, 'eco_industrial_park')));
      }
      if (q.enterpriseId) {
        await d.investment.getEnterprise(actor, q.enterpriseId);
        conditions.push(eq(ecoCertifications.enterpriseId, q.enterpriseId));
      }
      const rows = await d.db
        .select()
        .from(ecoCertifications)
        .where(or(...conditions))
        .orderBy(desc(ecoCertifications.certifiedOn), desc(ecoCertifications.createdAt));
      const items = rows.map((r) => view(actor, r, asOf)).filter((x): x is Certification => x !== null);
      return { asOf, certified: items.some((c) => c.status === 'valid'), items };
    },

    /** The deciding Board revokes a certificate (Circular 05/2025: certification, revocation, re-certification). */
    async revokeCertification(actor: Actor, id: string, body: RevokeBody): Promise<Certification> {
      authorize(actor, 'eco:certify');
      const today = todayOf(d);
      const row = await inTransaction(d.db, async (tx) => {
        const [before] = await tx.select().from(ecoCertifications).where(eq(ecoCertifications.id, id)).for('update');
        if (!before) throw notFound('giấy chứng nhận sinh thái', 'Eco certificate');
        authorize(actor, 'eco:certify', revokeTarget(before));
        if (before.revokedOn !== null) {
          throw new AppError(
            'CONFLICT',
            `Giấy chứng nhận đã bị thu hồi ngày ${before.revokedOn}.`,
            `The certificate was already revoked on ${before.revokedOn}.`,
          );
        }
        const field = (vi: string, en: string) =>
          new AppError('VALIDATION_FAILED', vi, en, { 'body.revokedOn': { message: vi, messageEn: en } });
        if (body.revokedOn < before.certifiedOn) {
          throw field(
            'Ngày thu hồi không được trước ngày chứng nhận.',
            'The revocation cannot precede the certification.',
          );
        }
        if (body.revokedOn > today) {
          throw field('Ngày thu hồi không được sau hôm nay.', 'The revocation cannot be dated after today.');
        }
        const [after] = await tx
          .update(ecoCertifications)
          .set({
            revokedOn: body.revokedOn,
            revokedReason: body.reason,
            revokedBy: actor.kind === 'user' ? actor.id : null,
            updatedAt: new Date(),
          })
          .where(eq(ecoCertifications.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'eco_certification.revoke',
          entityType: 'eco_certification',
          entityId: id,
          before,
          after,
        });
        return after!;
      });
      return view(actor, row, today)!;
    },
  };
}
export type CertificationUseCases = ReturnType<typeof certificationUseCases>;
