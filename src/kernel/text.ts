/**
 * Text folded for search: lower case, no diacritics, đ → d, spaces collapsed, so "bac ninh"
 * finds "Bắc Ninh" and "cong ty dong a" finds "Công ty Đông Á". The same function folds the
 * stored search columns and the query.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** User text inside a LIKE pattern must match literally: escape the wildcards and the escape. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
