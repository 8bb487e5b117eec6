/**
 * Contracts of eco certifications shared with the web: a park's or enterprise's certificates as
 * of a day, and the Board's revocation.
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';
import { requiredText } from '../../../kernel/fields';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));
const Id = z.string().uuid(bilingual('Mã bản ghi không hợp lệ.', 'Invalid record id.'));

export const CERTIFICATION_KINDS = ['eco_industrial_park', 'eco_enterprise'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/** On a given day: in force, not yet issued, past its validity end, or revoked. */
export const CERTIFICATION_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export const CertificationQuery = z
  .object({
    parkId: Id.optional(),
    enterpriseId: Id.optional(),
    /** Read the certificates as they stood on this day (default today, Hà Nội). */
    asOf: isoDay.optional(),
  })
  .refine((q) => q.parkId || q.enterpriseId, {
    message: bilingual('Hãy chọn khu công nghiệp hoặc doanh nghiệp.', 'Choose a park or an enterprise.'),
    path: ['parkId'],
  });
export type CertificationQuery = z.infer<typeof CertificationQuery>;

export const Certification = z.object({
  id: z.string().uuid(),
  kind: z.enum(CERTIFICATION_KINDS),
  parkId: z.string().uuid().nullable(),
  enterpriseId: z.string().uuid().nullable(),
  provinceCode: z.string(),
  certificateNo: z.string().nullable(),
  certifiedOn: z.string(),
  validUntil: z.string().nullable(),
  /** The one-stop dossier whose decision wrote the certificate. */
  dossier: z.object({ id: z.string().uuid(), code: z.string(), procedureCode: z.string() }),
  /** Known on the as-of day only: a later revocation is not shown as of an earlier day. */
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  status: z.enum(CERTIFICATION_STATUSES),
  /** Whether the reader may revoke it (its Board's leader, while in force). */
  canRevoke: z.boolean(),
});
export type Certification = z.infer<typeof Certification>;

export const CertificationList = z.object({
  asOf: z.string(),
  /** A certificate in force on the day. */
  certified: z.boolean(),
  items: z.array(Certification),
});
export type CertificationList = z.infer<typeof CertificationList>;

export const RevokeBody = z.object({
  revokedOn: isoDay,
  reason: requiredText(2000, 'Hãy ghi lý do thu hồi.', 'State why the certificate is revoked.'),
});
export type RevokeBody = z.infer<typeof RevokeBody>;

export const CERTIFICATION_KIND_LABELS: Record<CertificationKind, { vi: string; en: string }> = {
  eco_industrial_park: { vi: 'Khu công nghiệp sinh thái', en: 'Eco-industrial park' },
  eco_enterprise: { vi: 'Doanh nghiệp sinh thái', en: 'Eco-enterprise' },
};
