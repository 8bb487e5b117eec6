import { describe, expect, it } from 'vitest';
import { statusOn, validUntilOf } from './status';

describe('eco certificate dates', () => {
  it('has no end when the procedure gives no term (none is known in Decree 35/2022)', () => {
    expect(validUntilOf('2026-03-02', undefined)).toBeNull();
    expect(validUntilOf('2026-03-02', null)).toBeNull();
  });

  it('ends the day before the same date after the term, clamped to short months', () => {
    expect(validUntilOf('2026-03-02', 12)).toBe('2027-03-01');
    expect(validUntilOf('2026-01-31', 1)).toBe('2026-02-27');
    expect(validUntilOf('2024-02-29', 60)).toBe('2029-02-27');
    expect(validUntilOf('2026-12-15', 36)).toBe('2029-12-14');
  });

  it('reads the status as of a day, hiding a revocation decided later', () => {
    const c = { certifiedOn: '2026-03-02', validUntil: null, revokedOn: '2026-09-10' };
    expect(statusOn(c, '2026-03-01')).toBeNull();
    expect(statusOn(c, '2026-03-02')).toBe('valid');
    expect(statusOn(c, '2026-09-09')).toBe('valid');
    expect(statusOn(c, '2026-09-10')).toBe('revoked');
  });

  it('expires after its last valid day', () => {
    const c = { certifiedOn: '2026-03-02', validUntil: '2027-03-01', revokedOn: null };
    expect(statusOn(c, '2027-03-01')).toBe('valid');
    expect(statusOn(c, '2027-03-02')).toBe('expired');
  });
});
