import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

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
