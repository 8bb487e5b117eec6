/**
 * A part of the interface's dictionary: Vietnamese first, English with exactly the same keys
 * (a missing or extra English key is a type error). `{name}` marks a value filled in by `t`.
 * Keys start with the part's name (`map.`, `audit.`) so parts never collide.
 */
export function defineMessages<const V extends Record<string, string>>(
  vi: V,
  en: { readonly [K in keyof V]: string },
): { vi: { readonly [K in keyof V]: string }; en: { readonly [K in keyof V]: string } } {
  return { vi, en };
}
