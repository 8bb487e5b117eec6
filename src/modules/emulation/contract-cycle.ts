/** Contracts of the annual cycle: conferences (the Club's numbered ones), movements and pacts. */
import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { isoDay, text, UnitRef } from './contract';

const short = z.string().trim().min(1).max(500);

export const AgendaItem = z.object({ time: z.string().trim().max(20).nullish(), item: short });
export const Attendee = z.object({
  unitId: z.string().uuid().nullish(),
  name: short,
  position: z.string().trim().max(200).nullish(),
  organisation: short,
});
export const ConferenceDocument = z.object({
  /** báo cáo, kết luận, biên bản, giao ước, quyết định, khác. */
  kind: z.enum(['report', 'conclusion', 'minutes', 'pact', 'decision', 'other']),
  number: z.string().trim().max(100).nullish(),
  date: isoDay.nullish(),
  title: short,
  /** Where the document can be read (the Board's portal, a shared drive); IZA keeps no copy. */
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(
      /^https?:\/\/\S+$/,
      bilingual('Đường dẫn phải bắt đầu bằng http:// hoặc https://.', 'Links start with http:// or https://.'),
    )
    .nullish(),
});

export const ConferenceBody = z.object({
  edition: z.number().int().min(1).max(500).nullish(),
  year: z.number().int().min(2000).max(2100),
  hostUnitId: z.string().uuid().nullish(),
  heldOn: isoDay,
  place: z.string().trim().max(300).nullish(),
  title: text,
  agenda: z.array(AgendaItem).max(60),
  attendees: z.array(Attendee).max(400),
  documents: z.array(ConferenceDocument).max(100),
  conclusions: z.string().trim().max(20_000).nullish(),
});
export type ConferenceBody = z.infer<typeof ConferenceBody>;

export const ConferenceView = ConferenceBody.extend({
  id: z.string().uuid(),
  blockId: z.string().uuid(),
  host: UnitRef.nullable(),
  edition: z.number().int().nullable(),
  place: z.string().nullable(),
  conclusions: z.string().nullable(),
  canEdit: z.boolean(),
});
export type ConferenceView = z.infer<typeof ConferenceView>;
export const ConferenceList = z.object({ blockName: z.string(), items: z.array(ConferenceView) });
export type ConferenceList = z.infer<typeof ConferenceList>;

export const Phase = z.object({
  kind: z.enum(['launch', 'mid_term', 'final']),
  on: isoDay,
  note: z.string().trim().max(500).nullish(),
});

export const MovementBody = z
  .object({
    kind: z.enum(['regular', 'thematic']),
    name: text,
    authority: short,
    decisionNo: z.string().trim().max(100).nullish(),
    decisionDate: isoDay.nullish(),
    goals: text,
    scope: text,
    criteria: text,
    startsOn: isoDay,
    endsOn: isoDay.nullish(),
    phases: z.array(Phase).max(10),
  })
  .refine((m) => !m.endsOn || m.endsOn >= m.startsOn, {
    path: ['endsOn'],
    message: bilingual('Ngày kết thúc trước ngày bắt đầu.', 'The end is before the start.'),
  });
export type MovementBody = z.infer<typeof MovementBody>;

export const MovementView = z.object({
  id: z.string().uuid(),
  blockId: z.string().uuid().nullable(),
  kind: z.enum(['regular', 'thematic']),
  name: z.string(),
  authority: z.string(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  goals: z.string(),
  scope: z.string(),
  criteria: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  phases: z.array(Phase),
  /** Today's phase: before launch, running (after the last phase passed), or closed. */
  state: z.enum(['planned', 'running', 'closed']),
});
export type MovementView = z.infer<typeof MovementView>;
export const MovementList = z.object({ items: z.array(MovementView), canManage: z.boolean() });

/** Title codes a member can register for (Law 2022 Ch. II–III; the award rules live in `rules/`). */
export const TitleCode = z.enum([
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_bo',
  'tap_the_lao_dong_tien_tien',
  'tap_the_lao_dong_xuat_sac',
  'giay_khen',
  'bang_khen_bo',
  'co_thi_dua_bo',
  'co_thi_dua_chinh_phu',
]);
export type TitleCode = z.infer<typeof TitleCode>;
/** Titles only an individual can hold; the others are a collective's. */
export const INDIVIDUAL_TITLES: readonly TitleCode[] = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_bo',
];

export const Target = z.object({
  item: short,
  value: z.string().trim().max(100).nullish(),
  unit: z.string().trim().max(50).nullish(),
});
export const PactBody = z.object({ content: text });
export const TargetsBody = z.object({
  targets: z.array(Target).min(1, bilingual('Cần ít nhất một chỉ tiêu.', 'At least one target.')).max(50),
});
export const SignBody = z.object({ signedOn: isoDay, signedPlace: short });
export const RegistrationBody = z
  .object({
    unitId: z.string().uuid(),
    subjectKind: z.enum(['individual', 'collective']),
    personId: z.string().uuid().nullish(),
    collectiveUnitId: z.string().uuid().nullish(),
    title: TitleCode,
  })
  .refine((r) => (r.subjectKind === 'individual' ? !!r.personId : !!r.collectiveUnitId), {
    path: ['subjectKind'],
    message: bilingual('Chọn cá nhân hoặc tập thể đăng ký.', 'Choose the person or the collective.'),
  })
  .refine((r) => (r.subjectKind === 'individual') === INDIVIDUAL_TITLES.includes(r.title), {
    path: ['title'],
    message: bilingual('Danh hiệu không dành cho đối tượng này.', 'This title is not for this kind of subject.'),
  });
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const PactView = z.object({
  blockId: z.string().uuid(),
  year: z.number().int(),
  exists: z.boolean(),
  content: z.string().nullable(),
  signedOn: z.string().nullable(),
  signedPlace: z.string().nullable(),
  signedBy: UnitRef.nullable(),
  /** One row per member at the year end: its targets (empty until it registers). */
  members: z.array(
    z.object({
      unit: UnitRef,
      role: z.enum(['leader', 'deputy', 'member']),
      registeredOn: z.string().nullable(),
      targets: z.array(Target),
      canRegister: z.boolean(),
    }),
  ),
  registrations: z.array(
    z.object({
      id: z.string().uuid(),
      unit: UnitRef,
      subjectKind: z.enum(['individual', 'collective']),
      subjectName: z.string(),
      title: TitleCode,
    }),
  ),
  canDraft: z.boolean(),
  canSign: z.boolean(),
});
export type PactView = z.infer<typeof PactView>;
