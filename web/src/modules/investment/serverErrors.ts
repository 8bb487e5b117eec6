import type { FormInstance } from 'antd';
import { ApiError } from '../../app/api';
import type { Lang } from '../../app/i18n';

/** `body.investors.1.share` → ['investors', 1, 'share'] (list indexes as numbers, as antd names them). */
export function formNameOf(path: string): (string | number)[] {
  const parts = path.split('.');
  const rest = ['body', 'querystring', 'params'].includes(parts[0] ?? '') && parts.length > 1 ? parts.slice(1) : parts;
  return rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts each field error of a failed save on its field (nested ones too: the certificate's
 * capital, an investor's share) and returns what belongs above the form: the server's sentence
 * when some error has no field here, or null.
 */
export function showServerErrors(
  form: FormInstance,
  fieldNames: readonly string[],
  error: unknown,
  lang: Lang,
  /** Where an error on a whole object shows (`capitalDelta` → its `value` input). */
  moved: Record<string, (string | number)[]> = {},
) {
  if (!(error instanceof ApiError)) return lang === 'vi' ? 'Đã có lỗi không mong muốn.' : 'Something went wrong.';
  const known = new Set(fieldNames);
  const placed = Object.entries(error.fields)
    .map(([path, m]) => {
      const name = formNameOf(path);
      return { name: moved[name.join('.')] ?? name, errors: [lang === 'vi' ? m.message : m.messageEn] };
    })
    .filter((f) => known.has(String(f.name[0])));
  form.setFields(placed);
  return placed.length > 0 && placed.length === Object.keys(error.fields).length ? null : error.text(lang);
}
