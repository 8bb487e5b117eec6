/** Period choices: the last closed quarters and years, newest first (today in Hà Nội). */
export function periodChoices(today: string, years = 10): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const out: { value: string; label: string }[] = [];
  const roman = ['I', 'II', 'III', 'IV'];
  for (let y = year; y > year - years; y--) {
    if (y < year) out.push({ value: `${y}`, label: `Năm ${y}` });
    for (let q = 4; q >= 1; q--) {
      if (y === year && q >= quarter) continue;
      out.push({ value: `${y}-Q${q}`, label: `Quý ${roman[q - 1]}/${y}` });
    }
  }
  return out;
}

/** The default: the last closed quarter. */
export const lastClosedQuarter = (today: string) => periodChoices(today, 2).find((p) => p.value.includes('-Q'))!.value;

/** "1.234,50" from a decimal string, with `places` decimals (vi-VN). */
export function viDecimal(value: string | null, places: number): string {
  if (value === null) return '–';
  const negative = value.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${places > 0 ? `,${frac.padEnd(places, '0').slice(0, places)}` : ''}`;
}

export const placesOf = (unit: string) => (['ha', 'triệu USD', 'tỷ đồng', '%'].includes(unit) ? 2 : 0);
