/**
 * What an eco certificate is on a day (pure): the validity end from the procedure version's term,
 * and the status a reader sees as of a day, without revocations decided after it.
 */
import type { CertificationStatus } from './contract';

export type CertificationDates = {
  certifiedOn: string;
  validUntil: string | null;
  revokedOn: string | null;
};

/** The last day of a term of `months` starting on `from` (ISO days): 2026-03-02 + 12 → 2027-03-01. */
export function validUntilOf(from: string, months: number | null | undefined): string | null {
  if (!months) return null;
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}

/** The certificate as known on `asOf`; null when it was not yet issued then. */
export function statusOn(c: CertificationDates, asOf: string): CertificationStatus | null {
  if (c.certifiedOn > asOf) return null;
  if (c.revokedOn !== null && c.revokedOn <= asOf) return 'revoked';
  if (c.validUntil !== null && c.validUntil < asOf) return 'expired';
  return 'valid';
}
