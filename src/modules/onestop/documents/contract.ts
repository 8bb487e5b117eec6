/** The document downloads of a dossier: forms 01–06 as PDF, and the tracking book (form 07). */
import { z } from 'zod';
import { bilingual } from '../../../kernel/bilingual';

export const FORM_NUMBERS = ['01', '02', '03', '04', '05', '06'] as const;

export const DossierFormParams = z.object({
  id: z.string().uuid(bilingual('Mã hồ sơ không hợp lệ.', 'Invalid dossier id.')),
  form: z.enum(FORM_NUMBERS),
});

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Ngày phải có dạng YYYY-MM-DD.', 'Dates look like YYYY-MM-DD.'));

export const TrackingBookQuery = z
  .object({
    from: isoDay,
    to: isoDay,
    /** The ministry picks a province; a Board gets its own. */
    province: z
      .string()
      .regex(/^\d{2}$/, bilingual('Mã tỉnh gồm 2 chữ số.', 'A province code has 2 digits.'))
      .optional(),
  })
  .refine((q) => q.from <= q.to, {
    message: bilingual('Ngày bắt đầu phải trước ngày kết thúc.', 'The start must not be after the end.'),
    path: ['to'],
  });
