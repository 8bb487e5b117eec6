import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { day, recordTimestamps } from '../../../platform/db/columns';
import { emulationBlocks, emulationPeople, emulationUnits } from '../schema';

/**
 * Votes, proposals, decisions and the award register (issue 7 §2–3). Candidates are individuals
 * (a person) or collectives (a unit): exactly one of person_id / unit_id is set.
 */

/**
 * A vote of a block's meeting or a council. Secret ballots keep the totals per candidate and who
 * voted (`voters`), never how anyone voted: there is no column for it.
 */
export const emulationBallots = pgTable(
  'emulation_ballots',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    /** Title or award voted on (rule data key), e.g. `co_thi_dua_bo_tinh`. */
    titleKey: text('title_key').notNull(),
    /** Rule version and the vote rule applied, copied at the vote so later rule edits do not move it. */
    ruleVersionId: text('rule_version_id').notNull(),
    rule: jsonb('rule').notNull(),
    heldOn: day('held_on').notNull(),
    /** Units entitled to vote (the block's members that year). */
    electorate: jsonb('electorate').notNull(),
    /** Units that cast a ballot. */
    voters: jsonb('voters').notNull(),
    invalid: integer('invalid').notNull(),
    /** [{ candidateId, yes, no }]; candidateId is a unit id (collectives) or a person id. */
    counts: jsonb('counts').notNull(),
    /** The tally (quorum met, approved per candidate), as computed at the vote. */
    result: jsonb('result').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    index('emulation_ballots_block').on(t.blockId, t.year),
    check('emulation_ballots_invalid', sql`${t.invalid} >= 0`),
  ],
);

/** A decision (quyết định) of the deciding authority, with number and date. */
export const emulationDecisions = pgTable(
  'emulation_decisions',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    signedOn: day('signed_on').notNull(),
    /** Deciding authority as written (Bộ trưởng Bộ Tài chính, Chủ tịch UBND tỉnh…). */
    authority: text('authority').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    ...recordTimestamps(),
  },
  (t) => [unique('emulation_decisions_number').on(t.number, t.signedOn)],
);

/**
 * An award proposal (hồ sơ đề nghị) of a block for one candidate: the eligibility answer as seen
 * before signing, the ballot that carried it, its documents, then the decision.
 */
export const emulationProposals = pgTable(
  'emulation_proposals',
  {
    id: uuid('id').primaryKey(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlocks.id),
    year: integer('year').notNull(),
    titleKey: text('title_key').notNull(),
    /** Rule version in force when the dossier was received (`received_on`). */
    ruleVersionId: text('rule_version_id').notNull(),
    subjectKind: text('subject_kind').notNull(),
    unitId: uuid('unit_id').references(() => emulationUnits.id),
    personId: uuid('person_id').references(() => emulationPeople.id),
    /** 'submitted' → 'decided' or 'rejected'. */
    status: text('status').notNull(),
    receivedOn: day('received_on').notNull(),
    ballotId: uuid('ballot_id').references(() => emulationBallots.id),
    /** The eligibility answer shown before submission (outcome, conditions, citations). */
    eligibility: jsonb('eligibility').notNull(),
    /** [{ kind: to_trinh | bien_ban | bao_cao_thanh_tich | minh_chung, number?, date?, title }]. */
    documents: jsonb('documents').notNull(),
    /** The achievement text printed on the certificate (nội dung khen thưởng). */
    achievement: text('achievement').notNull(),
    decisionId: uuid('decision_id').references(() => emulationDecisions.id),
    rejectionReason: text('rejection_reason'),
    ...recordTimestamps(),
  },
  (t) => [
    check('emulation_proposals_status', sql`${t.status} in ('submitted','decided','rejected')`),
    check(
      'emulation_proposals_subject',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
    index('emulation_proposals_block').on(t.blockId, t.year),
  ],
);

/** The award register: every title and award given to an individual or a collective, by year, with its decision. */
export const emulationAwards = pgTable(
  'emulation_awards',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    titleKey: text('title_key').notNull(),
    /** 'merit' (công trạng), 'thematic', 'ad_hoc', 'contribution', 'seniority', 'foreign'. */
    kind: text('kind').notNull(),
    subjectKind: text('subject_kind').notNull(),
    unitId: uuid('unit_id').references(() => emulationUnits.id),
    personId: uuid('person_id').references(() => emulationPeople.id),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => emulationDecisions.id),
    proposalId: uuid('proposal_id').references(() => emulationProposals.id),
    achievement: text('achievement').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    check(
      'emulation_awards_kind',
      sql`${t.kind} in ('merit','thematic','ad_hoc','contribution','seniority','foreign')`,
    ),
    check(
      'emulation_awards_subject',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
    index('emulation_awards_unit').on(t.unitId, t.year),
    index('emulation_awards_person').on(t.personId, t.year),
  ],
);

/**
 * What the eligibility rules read besides awards, per candidate and year: the duty rating,
 * recognised initiatives, disciplines and the council's attestations. A year without a row is
 * unknown (needs review), not "nothing happened".
 */
export const emulationAssessments = pgTable(
  'emulation_assessments',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    subjectKind: text('subject_kind').notNull(),
    unitId: uuid('unit_id').references(() => emulationUnits.id),
    personId: uuid('person_id').references(() => emulationPeople.id),
    /** 'excellent' | 'good' | 'completed' | 'not_completed'; null when not rated yet. */
    rating: text('rating'),
    /** [{ scope: grassroots | ministry_province | national, title }]. */
    initiatives: jsonb('initiatives').notNull(),
    /** ['reprimand' | 'warning' | 'demotion' | 'dismissal'] of the year. */
    disciplines: jsonb('disciplines').notNull(),
    /** Keys of the council judgements confirmed for the year. */
    attestations: jsonb('attestations').notNull(),
    ...recordTimestamps(),
  },
  (t) => [
    check(
      'emulation_assessments_subject',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
    check(
      'emulation_assessments_rating',
      sql`${t.rating} is null or ${t.rating} in ('excellent','good','completed','not_completed')`,
    ),
    unique('emulation_assessments_unit').on(t.unitId, t.year),
    unique('emulation_assessments_person').on(t.personId, t.year),
  ],
);
