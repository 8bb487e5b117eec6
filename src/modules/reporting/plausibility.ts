/**
 * Plausibility of a report's figures: warnings (never errors) when a value is out of line with the
 * enterprise's own accepted reports or with peers of its sector and size, and above all when it
 * is about 1,000× or 1/1,000 of what is expected — the unit typed in thousands or in đồng instead
 * of millions (the published 2022 northern figures carry exactly such an error). A submitter may
 * confirm a warning with a reason; a scale warning only on its own. Pure: the service gathers
 * history and peer statistics.
 */
import { compare, type Decimal, div, mul, parseDecimal } from '../../kernel/decimal';
import type { Currency } from '../../kernel/money';
import type { Confirmation, PlausibilityWarning, WarningCode } from './contract';
import { type BaseValues, toShown, unitOf } from './field-values';
import type { FieldDef, ReportTypeVersion } from './report-types';

/** The thresholds, as data. */
export const PLAUSIBILITY_RULES = {
  /** A value at least this many times the reference (or at most its inverse) is a unit slip. */
  scaleRatio: '300',
  /** Own history: the expected range is [min / f, max × f] of earlier accepted values. */
  historyFactor: { money: '5', other: '3' },
  /** At least this many earlier positive values make a history. */
  historyMin: 2,
  /** Peers: the expected range is [p10 / f, p90 × f]. */
  peerFactor: '10',
  peerMin: 5,
} as const;

/** Earlier accepted values of the same field and report type, base units. */
export type History = Record<string, readonly Decimal[]>;
/** Percentiles of the field among peers (same sector 2-digit, same size band), base units. */
export type PeerStats = Record<string, { p10: Decimal; p50: Decimal; p90: Decimal; n: number }>;

const D = parseDecimal;
const median = (xs: readonly Decimal[]): Decimal => {
  const s = [...xs].sort(compare);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (((s[mid - 1]! + s[mid]!) / 2n) as Decimal);
};

/** What a ×1000 or ÷1000 slip most likely was, for the message. */
function slipHint(field: FieldDef, currency: Currency, up: boolean): { vi: string; en: string } {
  const unit = unitOf(field, currency);
  if (unit.vi === 'triệu đồng')
    return up
      ? {
          vi: 'nhập theo nghìn đồng hoặc theo đồng thay vì triệu đồng?',
          en: 'typed in thousands of đồng or in đồng instead of millions?',
        }
      : { vi: 'nhập theo tỷ đồng thay vì triệu đồng?', en: 'typed in billions instead of millions of đồng?' };
  if (unit.vi === 'nghìn USD')
    return up
      ? { vi: 'nhập theo USD thay vì nghìn USD?', en: 'typed in USD instead of thousands of USD?' }
      : { vi: 'nhập theo triệu USD thay vì nghìn USD?', en: 'typed in millions of USD instead of thousands?' };
  return { vi: 'kiểm tra đơn vị đã nhập?', en: 'check the unit typed?' };
}

const fmt = (n: string) => {
  const [whole, frac] = n.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
};

export function plausibilityWarnings(
  version: ReportTypeVersion,
  currency: Currency,
  values: BaseValues,
  history: History,
  peers: PeerStats,
): PlausibilityWarning[] {
  const out: PlausibilityWarning[] = [];
  const scale = D(PLAUSIBILITY_RULES.scaleRatio);
  for (const f of version.fields) {
    if (!f.plausibility) continue;
    const v = values[f.key];
    if (typeof v !== 'bigint' || v <= 0n) continue;
    const unit = unitOf(f, currency);
    const shown = (x: Decimal) => toShown(f, currency, x);
    const warn = (code: WarningCode, basis: 'history' | 'peers', low: Decimal, high: Decimal) => {
      const range = `${fmt(shown(low))} – ${fmt(shown(high))} ${unit.vi}`;
      const rangeEn = `${shown(low)} – ${shown(high)} ${unit.en}`;
      const whose = basis === 'history' ? 'các báo cáo trước của dự án' : 'các dự án cùng ngành, cùng quy mô';
      const whoseEn = basis === 'history' ? 'the project’s earlier reports' : 'projects of the same sector and size';
      let message: string;
      let messageEn: string;
      if (code === 'scale_x1000' || code === 'scale_div1000') {
        const up = code === 'scale_x1000';
        const hint = slipHint(f, currency, up);
        message = `${f.label.vi}: ${fmt(shown(v))} ${unit.vi} bằng khoảng ${up ? '1.000 lần' : '1/1.000'} mức dự kiến (${range}, theo ${whose}) — ${hint.vi}`;
        messageEn = `${f.label.en}: ${shown(v)} ${unit.en} is about ${up ? '1,000×' : '1/1,000 of'} the expected value (${rangeEn}, from ${whoseEn}) — ${hint.en}`;
      } else {
        const up = code.endsWith('_high');
        message = `${f.label.vi}: ${fmt(shown(v))} ${unit.vi} ${up ? 'cao' : 'thấp'} bất thường so với ${whose} (${range}).`;
        messageEn = `${f.label.en}: ${shown(v)} ${unit.en} is unusually ${up ? 'high' : 'low'} against ${whoseEn} (${rangeEn}).`;
      }
      out.push({
        code,
        field: f.key,
        value: shown(v),
        expected: { low: shown(low), high: shown(high) },
        unit: { vi: unit.vi, en: unit.en },
        basis,
        message,
        messageEn,
        mustConfirmIndividually: code.startsWith('scale_'),
      });
    };

    const own = (history[f.key] ?? []).filter((x) => x > 0n);
    if (own.length >= PLAUSIBILITY_RULES.historyMin) {
      const factor = D(
        f.kind.startsWith('money') ? PLAUSIBILITY_RULES.historyFactor.money : PLAUSIBILITY_RULES.historyFactor.other,
      );
      const sorted = [...own].sort(compare);
      const lo = sorted[0]!;
      const hi = sorted[sorted.length - 1]!;
      const m = median(own);
      const low = div(lo, factor);
      const high = mul(hi, factor);
      if (compare(v, mul(m, scale)) >= 0 && compare(v, high) > 0) warn('scale_x1000', 'history', low, high);
      else if (compare(mul(v, scale), m) <= 0 && compare(v, low) < 0) warn('scale_div1000', 'history', low, high);
      else if (compare(v, high) > 0) warn('history_high', 'history', low, high);
      else if (compare(v, low) < 0) warn('history_low', 'history', low, high);
      continue;
    }
    const peer = peers[f.key];
    if (peer && peer.n >= PLAUSIBILITY_RULES.peerMin && peer.p50 > 0n) {
      const factor = D(PLAUSIBILITY_RULES.peerFactor);
      const low = div(peer.p10, factor);
      const high = mul(peer.p90, factor);
      if (compare(v, mul(peer.p50, scale)) >= 0 && compare(v, high) > 0) warn('scale_x1000', 'peers', low, high);
      else if (compare(mul(v, scale), peer.p50) <= 0 && compare(v, low) < 0) warn('scale_div1000', 'peers', low, high);
      else if (compare(v, high) > 0) warn('peer_high', 'peers', low, high);
      else if (compare(v, low) < 0) warn('peer_low', 'peers', low, high);
    }
  }
  return out;
}

/**
 * The warnings the confirmations do not cover. A confirmation names its field and code; the
 * blanket reason covers every warning except the scale ones, which must be confirmed one by one.
 */
export function unconfirmed(
  warnings: readonly PlausibilityWarning[],
  confirmations: readonly Confirmation[],
  confirmAllReason: string | null | undefined,
): PlausibilityWarning[] {
  return warnings.filter((w) => {
    if (confirmations.some((c) => c.field === w.field && c.code === w.code && c.reason.trim())) return false;
    return w.mustConfirmIndividually || !confirmAllReason?.trim();
  });
}
