/**
 * Runs one export: the first page is read before anything is sent (so a refused or invalid
 * request still answers with a proper error), then the rest is read page by page through the
 * module service and streamed into the workbook.
 */
import type { PassThrough } from 'node:stream';
import { todayInVietnam } from '../../../kernel/format';
import { type Actor, actorLabel } from '../../../platform/auth/actor';
import type { GeoService } from '../../geo/service';
import type { InvestmentService } from '../../investment/service';
import type { ReferenceService } from '../../reference/service';
import type { ZonesService } from '../../zones/service';
import { type ExportColumn, startExport } from './export-workbook';

export type ExportDeps = {
  clock: () => Date;
  geo: GeoService;
  reference: ReferenceService;
  zones: ZonesService;
  investment: InvestmentService;
};

export type ExportFile = { fileName: string; stream: PassThrough };

export type Page<T> = { items: T[]; total: number };

export type ExportSpec<T> = {
  title: string;
  sheet: string;
  fileBase: string;
  asOf: string;
  filters: string[];
  columns: readonly ExportColumn<T>[];
  page: (n: number) => Promise<Page<T>>;
  /** Reads what the columns need besides the rows (names of related records), per page. */
  enrich?: (items: readonly T[], total: number) => Promise<void>;
};

export const today = (deps: Pick<ExportDeps, 'clock'>) => todayInVietnam(deps.clock());

const who = (actor: Actor) => (actor.kind === 'user' ? `${actor.displayName} (${actor.username})` : actorLabel(actor));

export async function runExport<T>(deps: ExportDeps, actor: Actor, spec: ExportSpec<T>): Promise<ExportFile> {
  const first = await spec.page(1);
  await spec.enrich?.(first.items, first.total);
  const now = deps.clock();
  const writer = startExport(spec.columns, {
    title: spec.title,
    sheet: spec.sheet,
    filters: spec.filters,
    asOf: spec.asOf,
    actorLabel: who(actor),
    now,
    total: first.total,
  });
  void (async () => {
    try {
      writer.write(first.items);
      let fetched = first.items.length;
      for (let n = 2; fetched < first.total; n++) {
        const next = await spec.page(n);
        if (next.items.length === 0) break;
        await spec.enrich?.(next.items, first.total);
        writer.write(next.items);
        fetched += next.items.length;
      }
      await writer.finish();
    } catch (error) {
      writer.fail(error);
    }
  })();
  return { fileName: `${spec.fileBase}-${today(deps)}.xlsx`, stream: writer.stream };
}

/** "24 · Tỉnh Bắc Ninh" for a GSO code on a date (the code alone when unknown). */
export async function provinceName(geo: GeoService, code: string | null | undefined, date: string): Promise<string> {
  if (!code) return '';
  const ix = await geo.getIndex();
  const unit = ix.resolve(code, date) ?? ix.resolve(code, '2025-06-30');
  return unit ? `${unit.code} · ${unit.name}` : code;
}
