import { z } from 'zod';
import { bilingual } from './bilingual';

/** Text fields of contracts, with the same Vietnamese and English messages everywhere. */

const tooLong = (max: number) => bilingual(`Tối đa ${max} ký tự.`, `At most ${max} characters.`);

/** Required text: trimmed, not empty (`vi`/`en` say what to enter), at most `max` characters. */
export const requiredText = (max: number, vi: string, en: string) =>
  z.string().trim().min(1, bilingual(vi, en)).max(max, tooLong(max));

/** Optional text: trimmed, at most `max` characters, may be null or absent. */
export const optionalText = (max: number) => z.string().trim().max(max, tooLong(max)).nullable().optional();
