import { describe, expect, it } from 'vitest';
import { movementState } from './use-cases/movements';

describe('movementState', () => {
  const m = {
    startsOn: '2026-03-01',
    endsOn: '2026-12-31',
    phases: [
      { kind: 'launch' as const, on: '2026-03-01' },
      { kind: 'final' as const, on: '2026-12-15' },
    ],
  };
  it('is planned before the launch, running until the final review, closed after it', () => {
    expect(movementState(m, '2026-02-28')).toBe('planned');
    expect(movementState(m, '2026-03-01')).toBe('running');
    expect(movementState(m, '2026-12-15')).toBe('running');
    expect(movementState(m, '2026-12-16')).toBe('closed');
  });
  it('runs on without an end or a final review', () => {
    expect(movementState({ startsOn: '2020-01-01', endsOn: null, phases: [] }, '2030-01-01')).toBe('running');
  });
});
