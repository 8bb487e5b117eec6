/**
 * Decimal strings as the registry sends them ('12500000.5', '-3000000'), written the Vietnamese
 * way without going through floating point: 12.500.000,5. Amounts keep their currency.
 */
export function formatDecimalText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export type MoneyText = { value: string; currency: string };

/** 12.500.000 USD · 48.000.000.000 VND · — */
export function formatMoney(m: MoneyText | null | undefined): string {
  return m ? `${formatDecimalText(m.value)} ${m.currency}` : '—';
}

/** A signed change: +5.000.000 USD, −3.000.000 USD. */
export function formatMoneyChange(m: MoneyText | null | undefined): string {
  if (!m) return '—';
  const negative = m.value.startsWith('-');
  return `${negative ? '−' : '+'}${formatDecimalText(negative ? m.value.slice(1) : m.value)} ${m.currency}`;
}

/** Hectares: 12,5 ha; a change: +1,25 ha / −0,5 ha. */
export function formatHectares(value: string | null | undefined, signed = false): string {
  if (value === null || value === undefined) return '—';
  if (!signed) return `${formatDecimalText(value)} ha`;
  const negative = value.startsWith('-');
  return `${negative ? '−' : '+'}${formatDecimalText(negative ? value.slice(1) : value)} ha`;
}

/** What a user types in an amount field (12.500.000,5 or 12500000.5) as the API's decimal string. */
export function parseAmountInput(text: string): string {
  const t = text.trim().replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  return t;
}
