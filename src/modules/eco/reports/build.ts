/** Small builders that keep the form definitions (a4.ts, b4.ts, indicators.ts) readable as data. */
import type { EcoField, FactKey, Text } from './types';

export const KWH: Text = { vi: 'kWh', en: 'kWh' };
export const TONNES_YEAR: Text = { vi: 'tấn/năm', en: 't/yr' };
export const M3_YEAR: Text = { vi: 'm³/năm', en: 'm³/yr' };
export const MILLION_VND: Text = { vi: 'triệu đồng', en: 'million VND' };
export const HA: Text = { vi: 'ha', en: 'ha' };
export const PERCENT: Text = { vi: '%', en: '%' };
export const PERSONS: Text = { vi: 'người', en: 'persons' };

/** Quantities and money up to 1e12 in the shown unit; the form only says "positive". */
const BIG = 1_000_000_000_000;

type Opts = Partial<EcoField>;
type Base = { code: string; key: string; section: string; vi: string; en: string };

const field = (b: Base, rest: Omit<EcoField, 'code' | 'key' | 'section' | 'label'>): EcoField => ({
  code: b.code,
  key: b.key,
  section: b.section,
  label: { vi: b.vi, en: b.en },
  ...rest,
});

/** A builder bound to one section, so each line of a form is one call. */
export function section(id: string) {
  const b = (code: string, key: string, vi: string, en: string): Base => ({ code, key, section: id, vi, en });
  return {
    locked: (code: string, key: string, vi: string, en: string, fact: FactKey, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'text', required: false, prefill: fact, ...opts }),
    text: (code: string, key: string, vi: string, en: string, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'text', required: false, ...opts }),
    textarea: (code: string, key: string, vi: string, en: string, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'textarea', required: false, ...opts }),
    amount: (code: string, key: string, vi: string, en: string, unit: Text, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'decimal', unit, required: false, min: 0, max: BIG, decimals: 3, ...opts }),
    count: (code: string, key: string, vi: string, en: string, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'integer', required: false, min: 0, max: 1_000_000, ...opts }),
    percent: (code: string, key: string, vi: string, en: string, opts: Opts = {}) =>
      field(b(code, key, vi, en), {
        kind: 'percent',
        unit: PERCENT,
        required: false,
        min: 0,
        max: 100,
        decimals: 2,
        ...opts,
      }),
    yesNo: (code: string, key: string, vi: string, en: string, opts: Opts = {}) =>
      field(b(code, key, vi, en), { kind: 'yes_no', required: true, ...opts }),
    check: (code: string, key: string, vi: string, en: string) =>
      field(b(code, key, vi, en), { kind: 'check', required: false }),
    names: (code: string, key: string, vi: string, en: string, fact: FactKey) =>
      field(b(code, key, vi, en), { kind: 'names', required: false, prefill: fact }),
    sum: (code: string, key: string, vi: string, en: string, unit: Text, keys: readonly string[]) =>
      field(b(code, key, vi, en), { kind: 'decimal', unit, required: false, decimals: 3, computed: { sum: keys } }),
    share: (code: string, key: string, vi: string, en: string, part: string, whole: string) =>
      field(b(code, key, vi, en), {
        kind: 'percent',
        unit: PERCENT,
        required: false,
        decimals: 2,
        computed: { percentOf: [part, whole] },
      }),
  };
}
