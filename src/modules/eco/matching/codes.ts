import { foldVietnamese } from '../../../kernel/text';
import type { MatchListing, Substitution } from './types';

/**
 * How well the materials fit, 0–1, and why. The order is the facilitators' order of trust: the
 * same code (EWC or national) beats a known substitution beats the same EWC sub-chapter beats the
 * same chapter beats words in common — text alone can never outrank a shared chapter.
 */
export const CODE_LEVELS = {
  sameCode: 1,
  substitution: 0.85,
  sameSubchapter: 0.7,
  sameChapter: 0.4,
  sameResource: 0.35,
  textMax: 0.3,
} as const;

export interface CodeFit {
  value: number;
  vi: string;
  en: string;
}

const fmt = (code: string) => code.replace(/(\d{2})(?=\d)/g, '$1 ');

function words(listing: Pick<MatchListing, 'title' | 'description'>): Set<string> {
  const folded = foldVietnamese(`${listing.title} ${listing.description}`).toLowerCase();
  return new Set(folded.split(/[^a-z0-9]+/).filter((w) => w.length >= 3));
}

/** Jaccard overlap of the words of title and description (accents folded). */
export function textOverlap(
  a: Pick<MatchListing, 'title' | 'description'>,
  b: Pick<MatchListing, 'title' | 'description'>,
) {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return { share: 0, common: [] as string[] };
  const common = [...wa].filter((w) => wb.has(w));
  return { share: common.length / (wa.size + wb.size - common.length), common };
}

export function codeFit(offer: MatchListing, need: MatchListing, substitutions: readonly Substitution[]): CodeFit {
  const fits: CodeFit[] = [];
  const o = offer.ewcCode;
  const n = need.ewcCode;
  if (o && n) {
    if (o === n)
      fits.push({ value: CODE_LEVELS.sameCode, vi: `Cùng mã chất thải ${fmt(o)}`, en: `Same waste code ${fmt(o)}` });
    const sub = substitutions.find((s) => o.startsWith(s.offerCode) && n.startsWith(s.needCode));
    if (sub)
      fits.push({
        value: CODE_LEVELS.substitution,
        vi: `Cặp thay thế đã biết ${fmt(sub.offerCode)} → ${fmt(sub.needCode)}: ${sub.note}`,
        en: `Known substitution ${fmt(sub.offerCode)} → ${fmt(sub.needCode)}: ${sub.note}`,
      });
    if (o.slice(0, 4) === n.slice(0, 4))
      fits.push({
        value: CODE_LEVELS.sameSubchapter,
        vi: `Cùng phân nhóm chất thải ${fmt(o.slice(0, 4))}`,
        en: `Same waste sub-chapter ${fmt(o.slice(0, 4))}`,
      });
    if (o.slice(0, 2) === n.slice(0, 2))
      fits.push({
        value: CODE_LEVELS.sameChapter,
        vi: `Cùng chương chất thải ${o.slice(0, 2)}`,
        en: `Same waste chapter ${o.slice(0, 2)}`,
      });
  }
  if (offer.nationalCode && need.nationalCode && offer.nationalCode.trim() === need.nationalCode.trim())
    fits.push({
      value: CODE_LEVELS.sameCode,
      vi: `Cùng mã chất thải quốc gia ${offer.nationalCode.trim()}`,
      en: `Same national waste code ${offer.nationalCode.trim()}`,
    });
  if (offer.resource !== 'material' && offer.resource === need.resource)
    fits.push({ value: CODE_LEVELS.sameResource, vi: 'Cùng loại tài nguyên', en: 'Same kind of resource' });
  const text = textOverlap(offer, need);
  if (text.common.length > 0)
    fits.push({
      value: CODE_LEVELS.textMax * text.share,
      vi: `Mô tả có từ chung: ${text.common.slice(0, 5).join(', ')}`,
      en: `Descriptions share words: ${text.common.slice(0, 5).join(', ')}`,
    });
  if (fits.length === 0)
    return { value: 0, vi: 'Không có mã hoặc mô tả tương thích', en: 'No compatible code or description' };
  return fits.reduce((best, f) => (f.value > best.value ? f : best));
}
