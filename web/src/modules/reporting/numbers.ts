/**
 * Figures typed the Vietnamese way (C.6): "." groups thousands, "," marks decimals. The form keeps
 * what the user typed; the API gets a plain decimal string ("12500000.5") or null when empty.
 * Text that is not a number is sent as typed, so the server's message names the field.
 */
export function toApiDecimal(text: string | null | undefined): string | null {
  const t = (text ?? '').trim().replace(/\s/g, '');
  if (t === '') return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  if (/^\d+(,\d+)?$/.test(t)) return t.replace(',', '.');
  return t;
}

/** A decimal string from the API ("12500000.5") written the Vietnamese way: 12.500.000,5. */
export function fromApiDecimal(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value).trim());
  if (!match) return String(value);
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${sign}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

/** On blur: what was typed, tidied (leading zeros, grouping) when it is a number; else unchanged. */
export function tidyNumberText(text: string): string {
  const api = toApiDecimal(text);
  return api !== null && /^\d+(\.\d+)?$/.test(api) ? fromApiDecimal(api) : text.trim();
}
