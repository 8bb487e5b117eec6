import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import { formatFee, formatTimeLimit } from './format';

const vi = translator('vi');
const en = translator('en');

describe('time limits in Vietnamese', () => {
  it('writes the amount and the unit as the catalogue publishes them', () => {
    expect(formatTimeLimit({ unit: 'working_day', amount: 15 }, vi)).toBe('15 ngày làm việc');
    expect(formatTimeLimit({ unit: 'working_day', amount: 0.5 }, vi)).toBe('0,5 ngày làm việc');
    expect(formatTimeLimit({ unit: 'calendar_day', amount: 40 }, vi)).toBe('40 ngày');
    expect(formatTimeLimit({ unit: 'working_hour', amount: 4 }, vi)).toBe('4 giờ làm việc');
    expect(formatTimeLimit({ unit: 'same_day', cutoff: '15:00' }, vi)).toBe(
      'Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)',
    );
    expect(formatTimeLimit({ unit: 'working_day', amount: 10 }, en)).toBe('10 working days');
  });

  it('writes fees', () => {
    expect(formatFee(0, vi)).toBe('Không thu');
    expect(formatFee(600000, vi)).toBe('600.000 đồng');
    expect(formatFee(null, en)).toBe('Set by the province');
  });
});
