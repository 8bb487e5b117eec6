/**
 * zod carries one message per issue; IZA shows Vietnamese and English. A custom message is
 * written as both texts joined by an unprintable separator and split again where errors are
 * rendered (platform/http/errors.ts), so contracts stay plain zod.
 */
const SEPARATOR = '\u241E';

export const bilingual = (vi: string, en: string): string => `${vi}${SEPARATOR}${en}`;

export function splitBilingual(message: string): { vi: string; en: string } | null {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return null;
  return { vi: message.slice(0, at), en: message.slice(at + SEPARATOR.length) };
}
