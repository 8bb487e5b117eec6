import { codeFit } from './codes';
import { distanceFit } from './distance';
import { quantityFit } from './quantity';
import type { ImpactFactors, MatchListing, PairScore, ParkPlace, Reason, Substitution } from './types';

/** Weights of the score; the code weighs most because a wrong material ends every deal. */
export const WEIGHTS = { code: 0.5, quantity: 0.2, distance: 0.3 } as const;

export interface MatchContext {
  parks: ReadonlyMap<string, ParkPlace>;
  substitutions: readonly Substitution[];
  factors: ImpactFactors;
}

const overlaps = (a: MatchListing, b: MatchListing) =>
  (a.availableTo === null || a.availableTo >= b.availableFrom) &&
  (b.availableTo === null || b.availableTo >= a.availableFrom);

/** Hard constraints first: a pair that fails one is never shown, whatever its score. */
function blockedBy(offer: MatchListing, need: MatchListing): PairScore['blocked'] {
  if (offer.enterpriseId === need.enterpriseId) return { vi: 'Cùng một doanh nghiệp', en: 'Same enterprise' };
  if (offer.resource !== need.resource) return { vi: 'Khác loại tài nguyên', en: 'Different kind of resource' };
  if (offer.hazardous && !need.acceptsHazardous)
    return {
      vi: 'Chất thải nguy hại: bên nhận chưa có giấy phép tiếp nhận',
      en: 'Hazardous waste: the receiver is not permitted to take it',
    };
  if (!overlaps(offer, need))
    return { vi: 'Thời gian sẵn có không trùng nhau', en: 'Availability windows do not overlap' };
  return null;
}

/**
 * Scores one offer–need pair. The result depends only on the pair, never on which side asked, so
 * the reasons an offer's owner sees for a need are the reasons the need's owner sees for the offer.
 */
export function scorePair(offer: MatchListing, need: MatchListing, ctx: MatchContext): PairScore {
  const code = codeFit(offer, need, ctx.substitutions);
  const qty = quantityFit(offer, need);
  const dist = distanceFit(offer, need, ctx.parks);
  const reasons: Reason[] = [
    { factor: 'code', value: code.value, weight: WEIGHTS.code, vi: code.vi, en: code.en },
    { factor: 'quantity', value: qty.value, weight: WEIGHTS.quantity, vi: qty.vi, en: qty.en },
    { factor: 'distance', value: dist.value, weight: WEIGHTS.distance, vi: dist.vi, en: dist.en },
  ];
  if (offer.hazardous && need.acceptsHazardous)
    reasons.push({
      factor: 'hazard',
      value: 1,
      weight: 0,
      vi: 'Chất thải nguy hại: bên nhận có giấy phép tiếp nhận',
      en: 'Hazardous waste: the receiver is permitted to take it',
    });
  const raw = reasons.reduce((s, r) => s + r.value * r.weight, 0);
  const score = Math.min(1, Math.max(0, Math.round(raw * 10000) / 10000));
  const impact = { tonnesDiverted: 0, waterM3: 0, energyMwh: 0, tco2e: 0 };
  if (qty.matched) {
    const { dimension, amount } = qty.matched;
    if (dimension === 'mass') impact.tonnesDiverted = amount;
    if (dimension === 'volume') impact.waterM3 = amount;
    if (dimension === 'energy') impact.energyMwh = amount;
    impact.tco2e =
      impact.tonnesDiverted * ctx.factors.tco2ePerTonneDiverted +
      impact.waterM3 * ctx.factors.tco2ePerM3Water +
      impact.energyMwh * ctx.factors.tco2ePerMwh;
  }
  const blocked = blockedBy(offer, need) ?? (code.value === 0 ? { vi: code.vi, en: code.en } : null);
  return { blocked, score, reasons, distanceKm: dist.km, impact };
}
