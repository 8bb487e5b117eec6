/**
 * The demo country's State Bank USD/VND rates: one a month from 2000 to today, interpolated
 * between yearly anchor values close to the published central/official rates, so the national
 * forms can convert (FDI budget payments to triệu USD, DDI exports to tỷ đồng, the 2101 summary).
 * Labelled as illustrative: the source says they are demo values, not the State Bank's figures.
 */
import { createHash } from 'node:crypto';

export const DEMO_RATE_SOURCE = 'Ngân hàng Nhà nước (tỷ giá minh họa của dữ liệu mẫu)';

/** USD/VND near the start of each year (illustrative anchors). */
const ANCHORS: ReadonlyArray<[number, number]> = [
  [2000, 14000],
  [2005, 15800],
  [2010, 18500],
  [2012, 20800],
  [2016, 21900],
  [2018, 22700],
  [2020, 23150],
  [2022, 23200],
  [2023, 23600],
  [2024, 24000],
  [2025, 24800],
  [2026, 25200],
  [2027, 25500],
];

function rateIn(year: number, month: number): number {
  const t = year + (month - 1) / 12;
  const after = ANCHORS.findIndex(([y]) => y > t);
  if (after <= 0) return after === 0 ? ANCHORS[0]![1] : ANCHORS.at(-1)![1];
  const [y0, r0] = ANCHORS[after - 1]!;
  const [y1, r1] = ANCHORS[after]!;
  return Math.round(r0 + ((r1 - r0) * (t - y0)) / (y1 - y0));
}

const idOf = (date: string) => {
  const h = createHash('sha1').update(`iza-demo:rate:${date}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Rows of `exchange_rates`, the first day of every month from January 2000 up to `today`. */
export function demoExchangeRates(today: string) {
  const rows = [];
  for (let year = 2000; year <= Number(today.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const date = `${year}-${String(month).padStart(2, '0')}-01`;
      if (date > today) break;
      rows.push({
        id: idOf(date),
        fromCurrency: 'USD',
        toCurrency: 'VND',
        rate: String(rateIn(year, month)),
        date,
        source: DEMO_RATE_SOURCE,
      });
    }
  }
  return rows;
}
