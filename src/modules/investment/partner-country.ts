/**
 * Partner countries of a project for Biểu 2114.H.QLKKT ("FDI by investment partner"). Two readings
 * are offered because the sources disagree: the BA specification groups a project by the set of
 * nationalities of its investors (`partnerGroup2114`, four cases [S]); statistics by country need one
 * main partner (`mainPartnerCountry`, an IZA convention [I] configured in PARTNER_RULES).
 *
 * Both read nationality only: a Vietnamese organisation investing as a foreign investor under
 * Art. 23(1) counts as Viet Nam here, since its foreign owners are not investors of the project.
 */
import { add, compare, type Decimal, formatDecimal, parseDecimal, ZERO } from '../../kernel/decimal';
import { assertValidShares, type Investor, type Text } from './capital-origin';
import { type PartnerRule, partnerRuleOn } from './capital-origin-rules';

export type MainPartner = {
  country: string;
  /** The share that won: of the investor, or of all investors of the country (rule.rankBy). */
  share: string;
  /** Other countries with the same largest share, left out by the tie-break. */
  tiedWith: string[];
  rule: { id: string; legalBasis: string };
};

/** Adds up shares per country, keeping the order in which countries first appear. */
function byCountry(investors: readonly Investor[]): Array<{ country: string; share: Decimal }> {
  const totals = new Map<string, Decimal>();
  for (const inv of investors) {
    totals.set(inv.nationality, add(totals.get(inv.nationality) ?? ZERO, parseDecimal(inv.share)));
  }
  return [...totals].map(([country, share]) => ({ country, share }));
}

/**
 * The main foreign partner of a project on `on`, or null when no investor has a foreign nationality.
 * Throws VALIDATION_FAILED when the shares do not add up to 100.
 */
export function mainPartnerCountry(
  investors: readonly Investor[],
  on: string,
  options: { rules?: readonly PartnerRule[]; tolerance?: string } = {},
): MainPartner | null {
  assertValidShares(investors, options.tolerance);
  const rule = partnerRuleOn(on, options.rules);
  const foreign = investors.filter((inv) => inv.nationality !== 'VN');
  const candidates =
    rule.rankBy === 'country'
      ? byCountry(foreign)
      : foreign.map((inv) => ({ country: inv.nationality, share: parseDecimal(inv.share) }));
  if (candidates.length === 0) return null;
  const top = candidates.reduce((max, c) => (compare(c.share, max) > 0 ? c.share : max), candidates[0]!.share);
  const tied = candidates.filter((c) => compare(c.share, top) === 0);
  const winner =
    rule.tieBreak === 'first_listed'
      ? tied[0]!
      : tied.reduce((best, c) => (c.country < best.country ? c : best), tied[0]!);
  const tiedWith = [...new Set(tied.map((c) => c.country))].filter((c) => c !== winner.country).sort();
  return {
    country: winner.country,
    share: formatDecimal(winner.share),
    tiedWith,
    rule: { id: rule.id, legalBasis: rule.legalBasis },
  };
}

export type PartnerGroupKind = 'vietnam' | 'single_country' | 'jv_with_vietnam' | 'jv_foreign_only';
export type PartnerGroup = {
  kind: PartnerGroupKind;
  /** Foreign countries, largest total share first, equal shares by ISO code. */
  countries: string[];
  label: Text;
};

export type CountryName = (code: string) => Text;
const codeAsName: CountryName = (code) => ({ vi: code, en: code });

/**
 * The 2114 row of a project as the BA specification describes it [S]: 100% Vietnamese → "Việt Nam";
 * one foreign country → that country; Vietnamese with foreign → "Liên doanh Việt Nam - A - B";
 * several foreign countries without Viet Nam → "Liên doanh khác (không có Việt Nam)". The order of A, B
 * is not specified; largest share first keeps a project's label stable while its investors do not change.
 */
export function partnerGroup2114(
  investors: readonly Investor[],
  countryName: CountryName = codeAsName,
  tolerance?: string,
): PartnerGroup {
  assertValidShares(investors, tolerance);
  const all = byCountry(investors);
  const hasVietnam = all.some((c) => c.country === 'VN');
  const countries = all
    .filter((c) => c.country !== 'VN')
    .sort((x, y) => compare(y.share, x.share) || (x.country < y.country ? -1 : x.country > y.country ? 1 : 0))
    .map((c) => c.country);
  const kind: PartnerGroupKind =
    countries.length === 0
      ? 'vietnam'
      : hasVietnam
        ? 'jv_with_vietnam'
        : countries.length === 1
          ? 'single_country'
          : 'jv_foreign_only';
  return { kind, countries, label: partnerGroupLabel(kind, countries, countryName) };
}

/** The row label of a 2114 partner group, from its kind and its foreign countries in order. */
export function partnerGroupLabel(
  kind: PartnerGroupKind,
  countries: readonly string[],
  countryName: CountryName = codeAsName,
): Text {
  const names = countries.map(countryName);
  switch (kind) {
    case 'vietnam':
      return { vi: 'Việt Nam', en: 'Viet Nam' };
    case 'jv_with_vietnam':
      return {
        vi: ['Liên doanh Việt Nam', ...names.map((n) => n.vi)].join(' - '),
        en: ['Joint venture Viet Nam', ...names.map((n) => n.en)].join(' - '),
      };
    case 'single_country':
      return names[0]!;
    case 'jv_foreign_only':
      return { vi: 'Liên doanh khác (không có Việt Nam)', en: 'Other joint ventures (without Viet Nam)' };
  }
}
