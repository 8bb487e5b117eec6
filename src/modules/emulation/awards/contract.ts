/**
 * HTTP shapes of votes, proposals, decisions, the award register, assessments and eligibility
 * (issue 7 §2–3). Shared with the web.
 */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';
import { AwardKind, Discipline, InitiativeScope, Rating, RuleCitation, VoteRule } from '../rules/contract';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = z.string().regex(DAY, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, bilingual('Không được để trống.', 'Must not be empty.'))
    .max(max, bilingual('Quá dài.', 'Too long.'));
const Year = z.coerce.number().int().min(2000).max(2100);
const titleKey = z.string().regex(/^[a-z][a-z0-9_]*$/, bilingual('Mã danh hiệu không hợp lệ.', 'Invalid title key.'));

export const Subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collective'), unitId: z.string().uuid() }),
  z.object({ kind: z.literal('individual'), personId: z.string().uuid() }),
]);
export type Subject = z.infer<typeof Subject>;

export const Outcome = z.enum(['eligible', 'not_eligible', 'needs_review']);
export type Outcome = z.infer<typeof Outcome>;

export const EligibilityView = z.object({
  outcome: Outcome,
  titleKey: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  year: z.number().int(),
  ruleVersion: z.object({
    id: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  }),
  conditions: z.array(
    z.object({
      kind: z.string(),
      status: z.enum(['met', 'not_met', 'unknown']),
      reasonVi: z.string(),
      reasonEn: z.string(),
      missingYears: z.array(z.number().int()),
      citation: RuleCitation,
      verified: z.boolean(),
      attestation: z.object({ key: z.string(), labelVi: z.string(), labelEn: z.string() }).optional(),
    }),
  ),
  usesUnverified: z.boolean(),
  vote: VoteRule.nullable(),
  comparedWith: z.object({ ruleVersionId: z.string(), outcome: Outcome }).nullable(),
});
export type EligibilityView = z.infer<typeof EligibilityView>;

export const EligibilityQuery = z.object({
  titleKey,
  year: Year,
  unitId: z.string().uuid().optional(),
  personId: z.string().uuid().optional(),
  /** Day the dossier would be received; default today. */
  on: isoDay.optional(),
});

export const BallotBody = z.object({
  titleKey,
  heldOn: isoDay,
  /** Member units that cast a ballot; the electorate is the block's members of the year. */
  voters: z.array(z.string().uuid()).max(200),
  invalid: z.number().int().min(0),
  counts: z
    .array(
      z.object({
        candidateId: z.string().uuid(),
        yes: z.number().int().min(0),
        no: z.number().int().min(0),
      }),
    )
    .min(1, bilingual('Cần ít nhất một ứng viên.', 'At least one candidate.'))
    .max(100),
});

export const BallotView = z.object({
  id: z.string().uuid(),
  titleKey: z.string(),
  titleVi: z.string(),
  heldOn: z.string(),
  ruleVersionId: z.string(),
  rule: VoteRule,
  members: z.number().int(),
  present: z.number().int(),
  valid: z.number().int(),
  quorumMet: z.boolean(),
  voters: z.array(z.object({ id: z.string(), name: z.string() })),
  candidates: z.array(
    z.object({
      candidateId: z.string(),
      name: z.string(),
      yes: z.number().int(),
      no: z.number().int(),
      base: z.number().int(),
      approved: z.boolean(),
    }),
  ),
});
export type BallotView = z.infer<typeof BallotView>;

export const ProposalDocument = z.object({
  kind: z.enum(['to_trinh', 'bien_ban', 'bao_cao_thanh_tich', 'minh_chung']),
  number: z.string().trim().max(100).optional(),
  date: isoDay.optional(),
  title: text(500),
});
export type ProposalDocument = z.infer<typeof ProposalDocument>;

export const ProposalBody = z.object({
  titleKey,
  subject: Subject,
  receivedOn: isoDay,
  ballotId: z.string().uuid().optional(),
  documents: z.array(ProposalDocument).max(30),
  achievement: text(2000),
});

export const DecisionBody = z.object({
  number: text(100),
  signedOn: isoDay,
  authority: text(300),
  signerName: text(200),
  signerTitle: text(200),
  kind: AwardKind.default('merit'),
});

export const RejectBody = z.object({
  reason: z.string().trim().min(3, bilingual('Cần nêu lý do.', 'A reason is required.')).max(1000),
});

export const ProposalView = z.object({
  id: z.string().uuid(),
  blockId: z.string().uuid(),
  year: z.number().int(),
  titleKey: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: z.string().uuid(),
  subjectName: z.string(),
  status: z.enum(['submitted', 'decided', 'rejected']),
  receivedOn: z.string(),
  ruleVersionId: z.string(),
  eligibility: EligibilityView,
  ballotId: z.string().uuid().nullable(),
  documents: z.array(ProposalDocument),
  achievement: z.string(),
  decision: z
    .object({
      id: z.string().uuid(),
      number: z.string(),
      signedOn: z.string(),
      authority: z.string(),
      awardId: z.string().uuid().nullable(),
    })
    .nullable(),
  rejectionReason: z.string().nullable(),
  canDecide: z.boolean(),
});
export type ProposalView = z.infer<typeof ProposalView>;

export const AwardsView = z.object({
  blockId: z.string().uuid(),
  year: z.number().int(),
  /** Titles a block votes on and proposes, from the rule version in force today. */
  titles: z.array(
    z.object({
      key: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      subject: z.enum(['individual', 'collective']),
      vote: z.string().nullable(),
    }),
  ),
  ballots: z.array(BallotView),
  proposals: z.array(ProposalView),
  canLead: z.boolean(),
});
export type AwardsView = z.infer<typeof AwardsView>;

export const AwardEntry = z.object({
  id: z.string().uuid(),
  year: z.number().int(),
  titleKey: z.string(),
  titleVi: z.string(),
  kind: AwardKind,
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: z.string().uuid(),
  subjectName: z.string(),
  unitName: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  authority: z.string(),
  achievement: z.string(),
});
export type AwardEntry = z.infer<typeof AwardEntry>;

export const RegisterQuery = z.object({
  year: Year.optional(),
  titleKey: titleKey.optional(),
  unitId: z.string().uuid().optional(),
});
export const RegisterList = z.object({ items: z.array(AwardEntry) });
export type RegisterList = z.infer<typeof RegisterList>;

export const AssessmentBody = z.object({
  subject: Subject,
  year: Year,
  rating: Rating.nullable(),
  initiatives: z.array(z.object({ scope: InitiativeScope, title: text(500) })).max(50),
  disciplines: z.array(Discipline).max(10),
  attestations: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).max(20),
});

export const UnitHistory = z.object({
  unit: z.object({
    id: z.string().uuid(),
    name: z.string(),
    shortName: z.string(),
    provinceCode: z.string().nullable(),
  }),
  years: z.array(
    z.object({
      year: z.number().int(),
      rating: Rating.nullable(),
      assessed: z.boolean(),
      scores: z.array(
        z.object({
          blockId: z.string().uuid(),
          blockName: z.string(),
          total: z.number(),
          maximum: z.number(),
          rank: z.number().int().nullable(),
          members: z.number().int(),
        }),
      ),
      awards: z.array(AwardEntry),
    }),
  ),
  /** Eligibility for the collective titles and awards of the year asked (default: last year). */
  eligibilityYear: z.number().int(),
  eligibility: z.array(EligibilityView),
  /** The reader is the unit's own Board and may record its yearly assessment. */
  canAssess: z.boolean(),
  /** The recorded assessment of each year, for the form. */
  assessments: z.array(
    z.object({
      year: z.number().int(),
      rating: Rating.nullable(),
      disciplines: z.array(Discipline),
      attestations: z.array(z.string()),
    }),
  ),
});
export type UnitHistory = z.infer<typeof UnitHistory>;
export const UnitHistoryQuery = z.object({ year: Year.optional() });
