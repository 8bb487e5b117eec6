/**
 * A candidate's history read from the tables, in the shape the eligibility engine takes: per year
 * the assessment (rating, initiatives, disciplines, attestations), the awards of the register, the
 * block rank from the year's score cards, and for a collective the figures of its staff that year.
 * A year with none of these is left out: the engine reads it as missing data.
 */
import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client';
import type { AwardKind, Discipline, InitiativeScope, Rating } from '../rules/contract';
import { type CandidateHistory, emptyYear, type MemberFacts, type YearRecord } from '../rules/history';
import { emulationPositions } from '../schema';
import type { ScoreSheet } from '../scoring/contract';
import { rankMembers } from '../scoring/ranking';
import { emulationScoreCards, emulationScoreSheets } from '../scoring/schema';
import { cardInput } from '../scoring/scoring-service';
import { finalScore } from '../scoring/sheet';
import { emulationAssessments, emulationAwards } from './schema';

type AssessmentRow = typeof emulationAssessments.$inferSelect;

export interface UnitRank {
  year: number;
  blockId: string;
  sheet: ScoreSheet;
  total: number;
  rank: number | null;
  members: number;
}

/** The unit's final rank on every sheet it was scored on, ranked among that sheet's cards. */
export async function unitRanks(tx: DbOrTx, unitId: string): Promise<UnitRank[]> {
  const own = await tx
    .select({ sheetId: emulationScoreCards.sheetId })
    .from(emulationScoreCards)
    .where(eq(emulationScoreCards.unitId, unitId));
  if (own.length === 0) return [];
  const sheetIds = own.map((o) => o.sheetId);
  const sheets = await tx.select().from(emulationScoreSheets).where(inArray(emulationScoreSheets.id, sheetIds));
  const cards = await tx.select().from(emulationScoreCards).where(inArray(emulationScoreCards.sheetId, sheetIds));
  return sheets.map((s) => {
    const sheet = s.definition as ScoreSheet;
    const ranking = rankMembers(
      sheet,
      cards
        .filter((c) => c.sheetId === s.id)
        .map((c) => ({ unitId: c.unitId, score: finalScore(sheet, cardInput(c)) })),
    );
    const mine = ranking.find((r) => r.unitId === unitId);
    return {
      year: s.year,
      blockId: s.blockId,
      sheet,
      total: mine?.total ?? 0,
      rank: mine?.rank ?? null,
      members: ranking.length,
    };
  });
}

const yearOf = (a: AssessmentRow): Partial<YearRecord> => ({
  rating: (a.rating as Rating | null) ?? null,
  initiatives: (a.initiatives as { scope: InitiativeScope }[]).map((i) => i.scope),
  disciplines: a.disciplines as Discipline[],
  attestations: a.attestations as string[],
});

export async function personHistory(tx: DbOrTx, personId: string): Promise<CandidateHistory> {
  const assessments = await tx.select().from(emulationAssessments).where(eq(emulationAssessments.personId, personId));
  const awards = await tx.select().from(emulationAwards).where(eq(emulationAwards.personId, personId));
  const years = new Map<number, YearRecord>();
  const at = (y: number) => years.get(y) ?? years.set(y, emptyYear(y)).get(y)!;
  for (const a of assessments) Object.assign(at(a.year), yearOf(a));
  for (const w of awards) at(w.year).awards.push({ key: w.titleKey, kind: w.kind as AwardKind });
  markAssessed(years, assessments);
  return { subject: 'individual', years: [...years.values()].sort((a, b) => a.year - b.year) };
}

export async function unitHistory(tx: DbOrTx, unitId: string): Promise<CandidateHistory> {
  const assessments = await tx.select().from(emulationAssessments).where(eq(emulationAssessments.unitId, unitId));
  const awards = await tx.select().from(emulationAwards).where(eq(emulationAwards.unitId, unitId));
  const ranks = await unitRanks(tx, unitId);
  const years = new Map<number, YearRecord>();
  const at = (y: number) => years.get(y) ?? years.set(y, emptyYear(y)).get(y)!;
  for (const a of assessments) Object.assign(at(a.year), yearOf(a));
  for (const w of awards) at(w.year).awards.push({ key: w.titleKey, kind: w.kind as AwardKind });
  for (const r of ranks) {
    const rec = at(r.year);
    if (r.rank !== null && (rec.blockRank === null || r.rank < rec.blockRank)) rec.blockRank = r.rank;
  }
  markAssessed(years, assessments);
  for (const rec of years.values()) {
    const facts = await memberFacts(tx, unitId, rec.year);
    rec.members = facts?.facts ?? null;
    if (facts) rec.disciplines = [...rec.disciplines, ...facts.disciplines];
  }
  return { subject: 'collective', years: [...years.values()].sort((a, b) => a.year - b.year) };
}

/** The unit's staff during the year (any position overlapping it) with their titles and ratings of the year. */
async function memberFacts(
  tx: DbOrTx,
  unitId: string,
  year: number,
): Promise<{ facts: MemberFacts; disciplines: Discipline[] } | null> {
  const positions = await tx
    .select({ personId: emulationPositions.personId })
    .from(emulationPositions)
    .where(
      and(
        eq(emulationPositions.unitId, unitId),
        lte(emulationPositions.validFrom, `${year}-12-31`),
        or(isNull(emulationPositions.validTo), gte(emulationPositions.validTo, `${year}-01-01`)),
      ),
    );
  const people = [...new Set(positions.map((p) => p.personId))];
  if (people.length === 0) return null;
  const awards = await tx
    .select()
    .from(emulationAwards)
    .where(
      and(inArray(emulationAwards.personId, people), eq(emulationAwards.year, year), eq(emulationAwards.kind, 'merit')),
    );
  const assessments = await tx
    .select()
    .from(emulationAssessments)
    .where(and(inArray(emulationAssessments.personId, people), eq(emulationAssessments.year, year)));
  const titles: Record<string, number> = {};
  for (const key of new Set(awards.map((a) => a.titleKey))) {
    titles[key] = new Set(awards.filter((a) => a.titleKey === key).map((a) => a.personId)).size;
  }
  const ratings: Partial<Record<Rating, number>> = {};
  for (const a of assessments) if (a.rating) ratings[a.rating as Rating] = (ratings[a.rating as Rating] ?? 0) + 1;
  return {
    facts: { total: people.length, titles, ratings },
    disciplines: assessments.flatMap((a) => a.disciplines as Discipline[]),
  };
}

function markAssessed(years: Map<number, YearRecord>, assessments: AssessmentRow[]) {
  const assessed = new Set(assessments.map((a) => a.year));
  for (const rec of years.values()) rec.assessed = assessed.has(rec.year);
}
