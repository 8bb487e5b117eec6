/** What the matcher needs of a listing: the stored row plus where its park lies. */
export type Side = 'offer' | 'need';
export type Resource = 'material' | 'energy' | 'water' | 'capacity';
export type Confidentiality = 'public' | 'board' | 'partners';
export type Frequency = 'once' | 'day' | 'week' | 'month' | 'year';

export interface MatchListing {
  id: string;
  side: Side;
  enterpriseId: string;
  parkId: string;
  /** Province (today's GSO code) of the park. */
  provinceCode: string | null;
  resource: Resource;
  title: string;
  ewcCode: string | null;
  nationalCode: string | null;
  description: string;
  hazardous: boolean;
  acceptsHazardous: boolean;
  quantity: number;
  unit: string;
  frequency: Frequency;
  availableFrom: string;
  availableTo: string | null;
  confidentiality: Confidentiality;
  partnerEnterpriseIds: readonly string[];
  status: 'open' | 'closed';
}

/** Who looks at the exchange: decides which listings exist for them. */
export type Viewer =
  | { kind: 'ministry' }
  | { kind: 'board'; provinceCode: string }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'none' };

/** A known offer-code → need-code pair (prefixes of 2, 4 or 6 digits). */
export interface Substitution {
  offerCode: string;
  needCode: string;
  note: string;
}

export interface ParkPlace {
  provinceCode: string | null;
  lon: number | null;
  lat: number | null;
}

export type Factor = 'code' | 'quantity' | 'distance' | 'hazard';

/** One line of "why": which factor, how much it gave (0–1 before weighting), and the sentence. */
export interface Reason {
  factor: Factor;
  value: number;
  weight: number;
  vi: string;
  en: string;
}

/** Avoided quantities per year if the pair runs at the smaller side's volume. */
export interface EstimatedImpact {
  tonnesDiverted: number;
  waterM3: number;
  energyMwh: number;
  tco2e: number;
}

export interface PairScore {
  /** Why the pair cannot work (hazard, dates, kinds); a blocked pair is never suggested. */
  blocked: { vi: string; en: string } | null;
  score: number;
  reasons: Reason[];
  distanceKm: number | null;
  impact: EstimatedImpact;
}

export interface Suggestion extends PairScore {
  offer: MatchListing;
  need: MatchListing;
}

/** Emission factors (t CO₂e per unit avoided), shipped as data with their sources. */
export interface ImpactFactors {
  tco2ePerTonneDiverted: number;
  tco2ePerM3Water: number;
  tco2ePerMwh: number;
}
