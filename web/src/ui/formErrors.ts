import type { FormInstance } from 'antd';
import { splitBilingual } from '../../../src/kernel/bilingual';
import { ApiError } from '../app/api';
import type { Lang } from '../app/i18n';

/**
 * Puts the server's field errors on the form's fields and returns the message for the rest
 * (shown above the form), or null when every error found its field.
 */
export function applyServerErrors(form: FormInstance, fieldNames: string[], error: unknown, lang: Lang): string | null {
  if (!(error instanceof ApiError)) return lang === 'vi' ? 'Đã có lỗi không mong muốn.' : 'Something went wrong.';
  const known = new Set(fieldNames);
  const fields = error.fieldErrors(lang).filter((f) => known.has(f.name[0] ?? ''));
  form.setFields(fields);
  const unplaced = Object.keys(error.fields).length > fields.length;
  return fields.length > 0 && !unplaced ? null : error.text(lang);
}

/** A zod message written with `bilingual()` in a contract, in the current language. */
export function contractMessage(message: string, lang: Lang): string {
  const both = splitBilingual(message);
  return both ? both[lang] : message;
}
