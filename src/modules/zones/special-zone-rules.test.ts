import { describe, expect, it } from 'vitest';
import { firstBadTransition, specialZoneStatusAsOf } from './special-zone-rules';

describe('special zone status', () => {
  const records = [
    { date: '2015-01-01', status: 'under_construction' as const },
    { date: '2018-06-01', status: 'operating' as const },
    { date: '2024-01-01', status: 'under_construction' as const },
  ];

  it('is read as of a date, with the day it entered the status', () => {
    expect(specialZoneStatusAsOf(records, '2014-12-31')).toBeNull();
    expect(specialZoneStatusAsOf(records, '2018-06-01')).toEqual({ status: 'operating', since: '2018-06-01' });
    expect(specialZoneStatusAsOf(records, '2026-01-01')).toEqual({ status: 'under_construction', since: '2024-01-01' });
  });

  it('keeps the first day of a status repeated by a later record', () => {
    const repeated = [...records.slice(0, 2), { date: '2020-01-01', status: 'operating' as const }];
    expect(specialZoneStatusAsOf(repeated, '2021-01-01')).toEqual({ status: 'operating', since: '2018-06-01' });
  });

  it('finds a step that does not follow: nothing after dissolution, no repeat', () => {
    expect(firstBadTransition(records)).toBe(-1);
    expect(firstBadTransition([{ status: 'dissolved' }, { status: 'operating' }])).toBe(1);
    expect(firstBadTransition([{ status: 'operating' }, { status: 'operating' }])).toBe(1);
  });
});
