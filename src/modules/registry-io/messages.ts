/**
 * zod's own messages (a contract field without a custom bilingual message) in Vietnamese and
 * English, as the HTTP error handler words them for the API.
 */
import { z } from 'zod';

const vi = z.locales.vi();
const en = z.locales.en();

function phrase(locale: { localeError?: unknown }, issue: z.core.$ZodIssue): string {
  try {
    const fn = locale.localeError as (i: unknown) => string | { message: string } | undefined;
    const r = fn(issue);
    return typeof r === 'string' ? r : (r?.message ?? issue.message);
  } catch {
    return issue.message;
  }
}

export function zodMessages(issue: z.core.$ZodIssue): { vi: string; en: string } {
  return { vi: phrase(vi, issue), en: phrase(en, issue) };
}
