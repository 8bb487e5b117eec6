import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { day, recordTimestamps } from '../../../platform/db/columns';
import { dossiers } from '../../onestop/dossiers/schema';

/**
 * Eco-industrial-park and eco-enterprise certificates (Decree 35/2022 Arts. 40–42, Circular
 * 05/2025: certification, revocation, re-certification). A row is written only by the deciding
 * transaction of a granted one-stop dossier (BQL-ST-01/02/03), which it names; a Board revokes it
 * with a reason. The validity end comes from the procedure version's data (none is known in the
 * law read so far, so it is null): "certified on day d" is certified_on ≤ d, valid_until null or
 * ≥ d, and not revoked on or before d.
 */
export const ecoCertifications = pgTable(
  'eco_certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** eco_industrial_park (the park) or eco_enterprise (an enterprise, in its park when known). */
    kind: text('kind').notNull(),
    parkId: uuid('park_id'),
    enterpriseId: uuid('enterprise_id'),
    /** GSO code of the Board's province that decided: the scope of revocation. */
    provinceCode: text('province_code').notNull(),
    certificateNo: text('certificate_no'),
    certifiedOn: day('certified_on').notNull(),
    validUntil: day('valid_until'),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    dossierCode: text('dossier_code').notNull(),
    procedureCode: text('procedure_code').notNull(),
    revokedOn: day('revoked_on'),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by'),
    ...recordTimestamps(),
  },
  (t) => [
    index('eco_certifications_park').on(t.parkId),
    index('eco_certifications_enterprise').on(t.enterpriseId),
    index('eco_certifications_dossier').on(t.dossierId),
    check('eco_certifications_kind', sql`${t.kind} in ('eco_industrial_park', 'eco_enterprise')`),
    check(
      'eco_certifications_subject',
      sql`(${t.kind} = 'eco_industrial_park' and ${t.parkId} is not null and ${t.enterpriseId} is null) or (${t.kind} = 'eco_enterprise' and ${t.enterpriseId} is not null)`,
    ),
    check('eco_certifications_validity', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.certifiedOn}`),
    check(
      'eco_certifications_revocation',
      sql`(${t.revokedOn} is null) = (${t.revokedReason} is null) and (${t.revokedOn} is null or ${t.revokedOn} >= ${t.certifiedOn})`,
    ),
  ],
);
