import { z } from 'zod';
import { bilingual } from '../../kernel/bilingual';

export const Country = z.object({
  alpha2: z.string(),
  alpha3: z.string(),
  numeric: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()),
});
export const CountryList = z.object({ items: z.array(Country) });

export const WasteCode = z.object({
  code: z.string().describe('six digits, e.g. 010304'),
  displayCode: z.string().describe('as printed, e.g. "01 03 04*" (asterisk = hazardous)'),
  chapterCode: z.string(),
  subchapterCode: z.string(),
  hazardous: z.boolean(),
  entryType: z.string(),
  chapter: z.string(),
  subChapter: z.string(),
  description: z.string(),
});
export const WasteCodeQuery = z.object({
  q: z.string().trim().max(100, bilingual('Từ khóa quá dài.', 'The search text is too long.')).optional(),
  chapter: z
    .string()
    .regex(/^\d{2}$/, bilingual('Chương gồm 2 chữ số.', 'A chapter has two digits.'))
    .optional(),
  hazardous: z.enum(['true', 'false']).optional(),
});
export const WasteCodeList = z.object({ items: z.array(WasteCode) });
