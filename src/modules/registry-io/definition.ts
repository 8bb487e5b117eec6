/**
 * What one kind of import is: its sheets and columns, how a row becomes the request body of the
 * API (checked with the API's own zod contract), and which service call records it. One file per
 * kind in `templates/`; the machinery in `run-import.ts` is the same for all.
 */
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import type { InvestmentService } from '../investment/service';
import type { ZonesService } from '../zones/service';
import type { CellValue, SheetDef, Text } from './columns';
import type { ImportKind } from './contract';
import type { ReferenceNeeds, References } from './references';

/** One data row of a sheet, its cells read into typed values (keyed by column). */
export type RowInput = { sheet: string; row: number; values: Record<string, CellValue> };

/** Where a problem is shown: a row of a sheet and, when known, the column key. */
export type CellRef = { sheet: string; row: number; key: string | null };

export type Report = (at: CellRef, vi: string, en: string) => void;

/** The rows of the extra sheets that belong to one main row (investors of a project). */
export type Attached = Record<string, RowInput[]>;

export type Built = {
  body: unknown;
  /** The record the row applies to, when the route has one (`/projects/:id/events`). */
  target?: string | undefined;
  /** The row names no record to apply to (already reported): its body is not worth checking. */
  unresolved?: boolean;
};

export type Writers = { zones: ZonesService; investment: InvestmentService };

export type ImportDefinition = {
  kind: ImportKind;
  title: Text;
  /** The downloaded template's file name. */
  fileName: string;
  /** Paragraphs at the top of the Hướng dẫn sheet. */
  intro: readonly Text[];
  main: SheetDef;
  /** Sheets whose rows attach to main rows (a project's investors). */
  extra?: readonly SheetDef[];
  /** Lists the template offers as dropdowns (besides fixed choices). */
  lists: readonly ('provinces' | 'countries' | 'zones' | 'parks')[];
  /** The column blamed when a row lies outside the caller's scope. */
  scopeColumn: string | ((row: RowInput) => string);
  /** The API contract the body must pass, exactly as a request would. */
  contract: z.ZodType;
  /** The references to resolve before the rows are built. */
  needs(main: readonly RowInput[], extra: Record<string, readonly RowInput[]>): ReferenceNeeds;
  /** Groups extra rows under their main row; extra rows that fit no main row are reported. */
  attach?(main: readonly RowInput[], extra: Record<string, readonly RowInput[]>, report: Report): Map<number, Attached>;
  /** The request body of a row, and the record it applies to when the route has one (`/projects/:id/events`). */
  build(row: RowInput, attached: Attached, refs: References, report: Report): Promise<Built>;
  /** Where a request path of this row points when it is not a main-sheet column (e.g. `body.investors.2.share`). */
  locate?(path: string, row: RowInput, attached: Attached): CellRef | null;
  /** Records one row through the module service, exactly as the API route does. */
  write(services: Writers, actor: Actor, body: unknown, target: string | undefined): Promise<unknown>;
};
