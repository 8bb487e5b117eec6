/**
 * A candidate's record as the eligibility engine reads it: one entry per year for which data was
 * recorded. A year without an entry is unknown (missing data → needs review); a year with an entry
 * but without a title is known not to hold it (a gap → not eligible).
 */
import type { AwardKind, Discipline, InitiativeScope, Rating, Subject } from './contract';

export interface HeldAward {
  /** Title or award key of the rule data. */
  key: string;
  kind: AwardKind;
}

/** What is known of the members of a collective in a year (counts, not names). */
export interface MemberFacts {
  total: number;
  /** Members holding each title or award in the year. */
  titles: Record<string, number>;
  /** Members by duty rating in the year; members not rated are not counted. */
  ratings: Partial<Record<Rating, number>>;
}

export interface YearRecord {
  year: number;
  /** The duty rating of the year; null when not recorded. */
  rating: Rating | null;
  /** Titles and awards received for the year (the award register). */
  awards: HeldAward[];
  /** Recognised initiatives or research results of the year, by reach. */
  initiatives: InitiativeScope[];
  /** Disciplinary measures of the year (for a collective: on any of its members). */
  disciplines: Discipline[];
  /** Council judgements recorded for the year, by the condition's key. */
  attestations: string[];
  /** Final rank in its emulation block's ranking of the year; null when not ranked. */
  blockRank: number | null;
  /** Collectives only; null when unknown. */
  members: MemberFacts | null;
  /**
   * False when the year is known only from the register or the scores, without the year's
   * assessment: its disciplines were never recorded, so "no discipline" cannot be confirmed.
   */
  assessed?: boolean;
}

export interface CandidateHistory {
  subject: Subject;
  years: YearRecord[];
}

export const emptyYear = (year: number): YearRecord => ({
  year,
  rating: null,
  awards: [],
  initiatives: [],
  disciplines: [],
  attestations: [],
  blockRank: null,
  members: null,
});
