import type { FormInstance } from 'antd';
import { ApiError } from '../../app/api';
import type { Lang } from '../../app/i18n';

/**
 * Puts the server's field errors on the form: each on the deepest field of the form its path
 * starts with (`body.kinds.1` lands on `kinds`, `body.firstEvent.decision.number` on that field).
 * `fields` must list only fields the form shows, or a message would land on nothing.
 * Returns the message for what found no field (shown above the form), or null.
 */
export function placeServerErrors(
  form: FormInstance,
  fields: readonly (string | number)[][],
  error: unknown,
  lang: Lang,
  /** Where the form keeps the fields the server names (a form nesting them under `record`, say). */
  formPrefix: (string | number)[] = [],
): string | null {
  if (!(error instanceof ApiError)) return lang === 'vi' ? 'Đã có lỗi không mong muốn.' : 'Something went wrong.';
  const known = fields.map((f) => f.map(String).join('.'));
  const byField = new Map<string, string[]>();
  let unplaced = 0;
  for (const { name, errors } of error.fieldErrors(lang)) {
    const path = name.join('.');
    // The deepest field the path lies in, else the first field inside it (`decision` → `decision.number`).
    const target =
      known.filter((k) => path === k || path.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0] ??
      known.find((k) => k.startsWith(`${path}.`));
    if (target === undefined) unplaced++;
    else byField.set(target, [...(byField.get(target) ?? []), ...errors]);
  }
  form.setFields([...byField].map(([k, errors]) => ({ name: [...formPrefix, ...fields[known.indexOf(k)]!], errors })));
  return byField.size > 0 && unplaced === 0 ? null : error.text(lang);
}
