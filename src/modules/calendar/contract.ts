import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';
import { requiredText } from '../../kernel/fields';

export const CalendarDay = z.object({
  date: z.string(),
  status: z.enum(['off', 'work']),
  category: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  legalBasis: z.string(),
  source: z.enum(['generated', 'decision']),
  confirmed: z.boolean(),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

export const YearParams = z.object({
  year: z.coerce
    .number()
    .int(bilingual('Năm phải là số nguyên.', 'The year must be a whole number.'))
    .min(2000, bilingual('Năm phải từ 2000 đến 2100.', 'The year must be between 2000 and 2100.'))
    .max(2100, bilingual('Năm phải từ 2000 đến 2100.', 'The year must be between 2000 and 2100.')),
});

export const CalendarYear = z.object({
  year: z.number().int(),
  days: z.array(CalendarDay).describe('days that differ from an ordinary Monday–Friday week'),
  workingDays: z.number().int(),
  /** False while generated candidates of the year still wait for an administrator. */
  confirmed: z.boolean(),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const DateParams = z.object({
  date: z.string().regex(DAY, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.')),
});

const text = (vi: string, en: string) => requiredText(300, vi, en);

/** A day from a published decision (Tết range, 2/9 adjacent day, a swap or a make-up Saturday). */
export const DecisionDayBody = z.object({
  category: z.enum(['statutory', 'tet', 'bridge', 'compensatory', 'swap_off', 'makeup_work', 'culture_day']),
  status: z.enum(['off', 'work']),
  nameVi: text('Hãy nhập tên ngày (tiếng Việt).', 'Enter the Vietnamese name of the day.'),
  nameEn: text('Hãy nhập tên ngày (tiếng Anh).', 'Enter the English name of the day.'),
  legalBasis: text('Hãy ghi căn cứ (số văn bản, ngày).', 'Enter the legal basis (document number and date).'),
});

export const ConfirmYearBody = z.object({
  note: text('Hãy ghi căn cứ xác nhận.', 'Enter what the confirmation is based on.'),
});
