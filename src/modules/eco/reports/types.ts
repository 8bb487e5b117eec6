/**
 * The eco reports of Decree 35/2022 Art. 43 as versioned data: A.4 (the park, by its
 * infrastructure developer), B.4 (an eco-enterprise), and the indicator forms A.5 (park) and B.5
 * (enterprise), field by field as the national system's forms (national-forms.md §B.17–B.20).
 * A change in a form is a new version with its dates; a report keeps the version it was made under.
 */
export type EcoForm = 'A.4' | 'B.4' | 'A.5' | 'B.5';
export const ECO_FORMS: readonly EcoForm[] = ['A.4', 'B.4', 'A.5', 'B.5'];

export type Text = { vi: string; en: string };

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'decimal'
  | 'percent'
  | 'yes_no'
  | 'check'
  /** Names of enterprises (pre-filled from the exchange's operating deals). */
  | 'names'
  /** Rows of a dynamic table (B.4 Part II production capacity). */
  | 'table';

/**
 * What the registry already knows, looked up by the report's use case (reports/facts.ts) and
 * written into a locked field.
 */
export type FactKey =
  | 'developer.name'
  | 'developer.taxCode'
  | 'developer.address'
  | 'developer.legalRepresentative'
  | 'enterprise.name'
  | 'enterprise.taxCode'
  | 'enterprise.address'
  | 'enterprise.legalRepresentative'
  | 'park.name'
  | 'park.province'
  | 'park.areaHa'
  | 'park.industrialLandHa'
  | 'park.enterprises'
  | 'park.workers'
  | 'enterprise.projects'
  | 'enterprise.workers'
  | 'recp.firmsBefore'
  | 'recp.measuresBefore'
  | 'recp.firmsInYear'
  | 'recp.measuresInYear'
  | 'recp.kwh'
  | 'recp.energyCost'
  | 'recp.tco2e'
  | 'recp.waterM3'
  | 'recp.waterCost'
  | 'recp.materialsTonnes'
  | 'recp.materialsCost'
  | 'recp.chemicalsTonnes'
  | 'recp.chemicalsCost'
  | 'symbiosis.links'
  | 'symbiosis.partners'
  | 'symbiosis.kwh'
  | 'symbiosis.tco2e'
  | 'symbiosis.waterM3'
  | 'symbiosis.tonnes'
  | 'symbiosis.cost';

export type Facts = Partial<Record<FactKey, string | number | string[]>>;

export type TableColumn = {
  key: string;
  label: Text;
  kind: 'text' | 'decimal' | 'choice';
  options?: readonly { value: string; label: Text }[];
  min?: number;
  required: boolean;
};

export type EcoField = {
  /** The form's own numbering ("III.1.2.3", "ENV.1", "P3.10"). */
  code: string;
  /** Stable key of the value in a report. */
  key: string;
  section: string;
  /** May hold [N-2], [N-1], [N+3] (N = the year the report is filed, the report covers N-1). */
  label: Text;
  kind: FieldKind;
  unit?: Text;
  required: boolean;
  min?: number;
  max?: number;
  decimals?: number;
  /** Accepted below this, with a warning (B.5's legal minimums; the spec is inconsistent on rejecting). */
  warnBelow?: number;
  /** Locked: written from the registry. */
  prefill?: FactKey;
  /** Locked: computed from other fields. */
  computed?: { sum: readonly string[] } | { percentOf: readonly [string, string] };
  /** Proposed from other fields, the filer may change it (B.4 P3.10, P4.14). */
  suggested?: { sum: readonly string[] };
  columns?: readonly TableColumn[];
};

export type EcoReportVersion = {
  id: string;
  form: EcoForm;
  name: Text;
  /** Who files: the park's infrastructure developer (A.*) or an enterprise of the park (B.*). */
  filer: 'developer' | 'enterprise';
  legalBasis: readonly string[];
  /** Inclusive; a version applies to the reported years inside it. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The filing window after the reported year (the deadline is not in the spec: configurable). */
  window: { opensMonthDay: string; deadlineMonthDay: string };
  sections: readonly { id: string; title: Text }[];
  fields: readonly EcoField[];
};

export type FieldValue = string | number | boolean | string[] | Record<string, string | number>[] | null;
export type EcoValues = Record<string, FieldValue>;

/** Placeholders of the form's year labels, resolved for a reported year Y (= N-1). */
export function yearLabel(text: string, reportedYear: number): string {
  const n = reportedYear + 1;
  return text
    .replaceAll('[N-2]', String(n - 2))
    .replaceAll('[N-1]', String(n - 1))
    .replaceAll('[N+3]', String(n + 3));
}

export const isLocked = (f: EcoField) => f.prefill !== undefined || f.computed !== undefined;
