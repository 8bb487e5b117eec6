/**
 * Every block's scoring of a year at a glance (the ministry's all-blocks view): how many members
 * self-scored, were cross-scored and have a final score, and who ranks first once every member's
 * score is final. Reads the current sheet version and its cards; ranks with the sheet's tie-breaks.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { UnitRef } from '../contract';
import type { Resolution, ScoreEntry, ScoreSheet } from '../scoring/contract';
import { rankMembers } from '../scoring/ranking';
import { emulationScoreCards, emulationScoreSheets } from '../scoring/schema';
import { finalScore } from '../scoring/sheet';
import type { BlockContext } from './blocks';

export interface ScoringGlance {
  members: number;
  selfSubmitted: number;
  crossSubmitted: number;
  final: number;
  /** First in the ranking (more than one on a tie); empty until every member's score is final. */
  first: UnitRef[];
}

export async function scoringAtAGlance(
  tx: DbOrTx,
  contexts: readonly BlockContext[],
  year: number,
): Promise<Map<string, ScoringGlance>> {
  const out = new Map<string, ScoringGlance>();
  if (contexts.length === 0) return out;
  const sheets = await tx
    .select()
    .from(emulationScoreSheets)
    .where(
      and(
        eq(emulationScoreSheets.year, year),
        inArray(
          emulationScoreSheets.blockId,
          contexts.map((c) => c.block.id),
        ),
      ),
    );
  const current = new Map<string, (typeof sheets)[number]>();
  for (const s of sheets) if ((current.get(s.blockId)?.version ?? 0) < s.version) current.set(s.blockId, s);
  if (current.size === 0) return out;
  const cards = await tx
    .select()
    .from(emulationScoreCards)
    .where(
      inArray(
        emulationScoreCards.sheetId,
        [...current.values()].map((s) => s.id),
      ),
    );
  for (const ctx of contexts) {
    const row = current.get(ctx.block.id);
    if (!row) continue;
    const sheet = row.definition as ScoreSheet;
    const members = ctx.members.filter((m) => m.leftOn === null).map((m) => m.unitId);
    const scored = members.map((unitId) => {
      const card = cards.find((c) => c.sheetId === row.id && c.unitId === unitId);
      const score = finalScore(sheet, {
        self: (card?.selfEntries ?? []) as ScoreEntry[],
        selfSubmitted: !!card?.selfSubmittedAt,
        cross: (card?.crossEntries ?? []) as ScoreEntry[],
        crossSubmitted: !!card?.crossSubmittedAt,
        resolutions: (card?.resolutions ?? []) as Resolution[],
      });
      return { unitId, card, score };
    });
    const final = scored.filter((s) => s.score.complete).length;
    const ranking = final === members.length && final > 0 ? rankMembers(sheet, scored) : [];
    out.set(ctx.block.id, {
      members: members.length,
      selfSubmitted: scored.filter((s) => s.card?.selfSubmittedAt).length,
      crossSubmitted: scored.filter((s) => s.card?.crossSubmittedAt).length,
      final,
      first: ranking.filter((r) => r.rank === 1).flatMap((r) => ctx.units.get(r.unitId) ?? []),
    });
  }
  return out;
}
