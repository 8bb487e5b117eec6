import { type MatchContext, scorePair } from './score';
import type { MatchListing, Suggestion, Viewer } from './types';
import { visibleTo } from './visibility';

/**
 * Ranked counterparts of one listing (needs for an offer, offers for a need) as the viewer may see
 * them: hidden and closed listings and blocked pairs never appear. Ties on the score go to the
 * nearer, then the better quantity fit, then the id (a stable order).
 */
export function rankCounterparts(
  subject: MatchListing,
  candidates: readonly MatchListing[],
  viewer: Viewer,
  ctx: MatchContext,
  limit = 20,
): Suggestion[] {
  if (!visibleTo(viewer, subject)) return [];
  const out: Suggestion[] = [];
  for (const c of candidates) {
    if (c.side === subject.side || c.status !== 'open' || c.id === subject.id) continue;
    if (!visibleTo(viewer, c)) continue;
    const offer = subject.side === 'offer' ? subject : c;
    const need = subject.side === 'offer' ? c : subject;
    const pair = scorePair(offer, need, ctx);
    if (pair.blocked) continue;
    out.push({ ...pair, offer, need });
  }
  const factor = (s: Suggestion, f: string) => s.reasons.find((r) => r.factor === f)?.value ?? 0;
  out.sort(
    (a, b) =>
      b.score - a.score ||
      factor(b, 'distance') - factor(a, 'distance') ||
      factor(b, 'quantity') - factor(a, 'quantity') ||
      (subject.side === 'offer' ? a.need.id.localeCompare(b.need.id) : a.offer.id.localeCompare(b.offer.id)),
  );
  return out.slice(0, limit);
}
