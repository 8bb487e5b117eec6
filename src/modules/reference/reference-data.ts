/** Reads the shipped country and waste-code lists; corrections (Vietnamese country names) come from data files too. */
import { field, readCsv } from '../../platform/files/csv';

export { dataPath } from '../../platform/files/csv';

export interface Country {
  alpha2: string;
  alpha3: string;
  numeric: string;
  nameVi: string;
  nameEn: string;
  /** Other Vietnamese and English names, including the published Vietnamese name an override replaced. */
  aliases: string[];
}

const splitList = (value: string): string[] =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Countries from i18n-iso-countries, with the Vietnamese names of overrides-vi.csv. */
export function loadCountries(): Country[] {
  const overrides = new Map(
    readCsv('countries', 'overrides-vi.csv').map((r) => [field(r, 'alpha2'), field(r, 'name_vi')]),
  );
  const countries = readCsv('countries', 'countries-vi-en.csv').map((r): Country => {
    const alpha2 = field(r, 'alpha2');
    const published = field(r, 'name_vi');
    const nameVi = overrides.get(alpha2) ?? published;
    const nameEn = field(r, 'name_en');
    const names = [published, ...splitList(field(r, 'name_vi_aliases')), ...splitList(field(r, 'name_en_aliases'))];
    const aliases = [...new Set(names)].filter((n) => n !== nameVi && n !== nameEn);
    return { alpha2, alpha3: field(r, 'alpha3'), numeric: field(r, 'numeric'), nameVi, nameEn, aliases };
  });
  const unknown = [...overrides.keys()].filter((code) => !countries.some((c) => c.alpha2 === code));
  if (unknown.length > 0) throw new Error(`overrides-vi.csv names unknown countries: ${unknown.join(', ')}`);
  return countries;
}

export interface WasteCode {
  /** Six digits, e.g. '010304'. */
  code: string;
  /** As printed, e.g. '01 03 04*' (the asterisk marks hazardous entries). */
  displayCode: string;
  chapterCode: string;
  subchapterCode: string;
  hazardous: boolean;
  /** 'Absolute hazardous', 'Mirror hazardous', 'Absolute non-hazardous' or 'Mirror non-hazardous'. */
  entryType: string;
  chapter: string;
  subChapter: string;
  description: string;
}

/** The European List of Waste (Decision 2000/532/EC) as published by DEFRA. */
export function loadWasteCodes(): WasteCode[] {
  return readCsv('waste-codes', 'ewc-codes.csv').map((r) => ({
    code: field(r, 'code'),
    displayCode: field(r, 'display_code'),
    chapterCode: field(r, 'chapter_code'),
    subchapterCode: field(r, 'subchapter_code'),
    hazardous: field(r, 'is_hazardous') === 'true',
    entryType: field(r, 'entry_type'),
    chapter: field(r, 'chapter'),
    subChapter: field(r, 'sub_chapter'),
    description: field(r, 'description'),
  }));
}
