import type { Period } from '../../../kernel/period';
import type { DbOrTx } from '../../../platform/db/client';
import type { DrillResult, FormCode, FormScope, FormSection, FormTable } from '../contract';

/**
 * What one national form is: its identity and layout facts, how its sections are computed for a
 * period and scope, and how one of its cells opens to its records. Forms are read models: they
 * read the registry and reporting tables in SQL (never write them), so an accepted report or a
 * recorded certificate shows in the next computation.
 */
export type FormContext = {
  db: DbOrTx;
  period: Period;
  /** First and last day of the period, inclusive (Hà Nội days). */
  from: string;
  to: string;
  scope: FormScope;
  /**
   * Admin-unit ids whose records belong to the scope (the 34-edition province and the 63-edition
   * units it was formed from, so a 2024 form of the new Bắc Ninh adds up the old Bắc Ninh and Bắc
   * Giang); null for the whole country.
   */
  unitIds: readonly string[] | null;
  /**
   * Narrows the record facts to projects in KKTs (`kkt`: in their parks or area) or in a KKT's
   * area outside its parks (`kkt_area`), for the forms that list only those; absent = every place.
   */
  within?: 'kkt' | 'kkt_area';
};

export type DrillPage = { page: number; pageSize: number };

export type FormDefinition = {
  code: FormCode;
  fullCode: string;
  title: FormTable['title'];
  landscape: boolean;
  /** The notes printed under the title (units, cumulative vs in-period). */
  notes: (ctx: FormContext) => FormTable['notes'];
  compute: (ctx: FormContext) => Promise<FormSection[]>;
  /**
   * A list form whose rows run to thousands (a row per park, project or event): its pages are read
   * from the form kept after its first computation (kept-forms.ts) instead of computing it whole
   * for each page. Such a form must read only tables whose writes drop kept forms (migration 0028).
   */
  keptForPages?: true;
  /** The records behind a cell's `drill` key; a 404 AppError for a key this form never produces. */
  drill: (ctx: FormContext, cell: string, page: DrillPage) => Promise<Omit<DrillResult, 'cell'>>;
};
