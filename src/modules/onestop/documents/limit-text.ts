import { formatNumber } from '../../../kernel/format';
import type { TimeLimit } from '../clock';

/** A time limit as the procedure publishes it: "10 ngày làm việc", "15 ngày", "4 giờ làm việc", "Trong ngày". */
export function limitText(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'working_day':
      return `${formatNumber(limit.amount, Number.isInteger(limit.amount) ? 0 : 1)} ngày làm việc`;
    case 'working_hour':
      return `${formatNumber(limit.amount)} giờ làm việc`;
    case 'calendar_day':
      return `${formatNumber(limit.amount)} ngày`;
    case 'same_day':
      return `Trong ngày (tiếp nhận sau ${limit.cutoff} trả trong ngày làm việc tiếp theo)`;
  }
}
