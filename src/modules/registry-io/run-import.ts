/**
 * One import, all or nothing. The file is read and every row is built into the request body of
 * the API and checked with the API's zod contract; then, in ONE transaction, each row goes
 * through the module service exactly as the API route calls it (same rules, same scope check,
 * same audit row), inside its own savepoint so a refused row is undone and its field errors are
 * pinned to the template's columns. If any row of the file failed, the transaction is rolled
 * back and nothing is written. PGlite has a single connection: inside the transaction every read
 * goes through it (services built on the transaction; the geo index is loaded before).
 */
import type { z } from 'zod';
import { splitBilingual } from '../../kernel/bilingual';
import { AppError } from '../../kernel/errors';
import { todayInVietnam } from '../../kernel/format';
import { recordAudit } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/transaction';
import type { GeoService } from '../geo/service';
import { createInvestmentService, type InvestmentService } from '../investment/service';
import type { ReferenceService } from '../reference/service';
import { createZonesService, type ZonesService } from '../zones/service';
import { columnForPath } from './columns';
import type { Attached, Built, CellRef, ImportDefinition, RowInput } from './definition';
import { readImportFile } from './import-reader';
import type { JobRecord } from './jobs';
import { zodMessages } from './messages';
import type { Problems } from './problems';
import { loadReferences } from './references';

export type ImportDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  reference: ReferenceService;
  zones: ZonesService;
  investment: InvestmentService;
};

type Ready = { row: RowInput; attached: Attached; built: Built };

/** Thrown inside the transaction to undo every row once one has failed. */
class Rejected extends Error {}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

function scopeKey(definition: ImportDefinition, row: RowInput) {
  return typeof definition.scopeColumn === 'function' ? definition.scopeColumn(row) : definition.scopeColumn;
}

/** Where a request path of a row points: the definition's own rule, else the main sheet's column. */
function cellOf(definition: ImportDefinition, path: string, row: RowInput, attached: Attached): CellRef {
  const special = definition.locate?.(path, row, attached);
  if (special) return special;
  const column = columnForPath(definition.main.columns, path);
  return { sheet: row.sheet, row: row.row, key: column?.key ?? null };
}

/** A service's refusal of one row, on the columns it names (or the whole row). */
export function reportAppError(
  problems: Problems,
  definition: ImportDefinition,
  item: { row: RowInput; attached: Attached },
  error: AppError,
) {
  const entries = Object.entries(error.fields ?? {});
  if (entries.length === 0) {
    const forbidden = error.code === 'FORBIDDEN';
    const key = forbidden ? scopeKey(definition, item.row) : null;
    problems.add(
      { sheet: item.row.sheet, row: item.row.row, key },
      forbidden
        ? 'Ngoài phạm vi của bạn: bản ghi này thuộc tỉnh, thành phố (hoặc đơn vị) mà bạn không được ghi dữ liệu.'
        : error.message,
      forbidden
        ? 'Outside your scope: this record belongs to a province (or body) you may not record for.'
        : error.messageEn,
    );
    return;
  }
  for (const [path, m] of entries)
    problems.add(cellOf(definition, path, item.row, item.attached), m.message, m.messageEn);
}

function reportZodIssues(problems: Problems, definition: ImportDefinition, item: Ready, issues: z.core.$ZodIssue[]) {
  for (const issue of issues) {
    const path = ['body', ...issue.path.map(String)].join('.');
    const at = cellOf(definition, path, item.row, item.attached);
    // A cell already reported (unreadable, missing, unknown reference) would only repeat.
    if (problems.hasCell(at)) continue;
    const m = splitBilingual(issue.message) ?? zodMessages(issue);
    problems.add(at, m.vi, m.en);
  }
}

const rowsOf = (item: { row: RowInput; attached: Attached }) => [item.row, ...Object.values(item.attached).flat()];

export async function runImport(
  deps: ImportDeps,
  actor: Actor,
  job: JobRecord,
  definition: ImportDefinition,
  data: Buffer,
): Promise<void> {
  job.phase = 'reading';
  const file = await readImportFile(data, definition);
  const { problems } = file;
  job.total = file.main.length;
  if (file.main.length === 0 && problems.count === 0) {
    problems.file(
      definition.main.name,
      null,
      `Trang "${definition.main.name}" không có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng 3).`,
      `The sheet "${definition.main.name}" has no data rows (data starts on row 3).`,
    );
  }

  job.phase = 'checking';
  const report = problems.add.bind(problems);
  const attachedOf = definition.attach?.(file.main, file.extra, report) ?? new Map<number, Attached>();
  const refs = await loadReferences(
    { ...deps, today: todayInVietnam(deps.clock()) },
    definition.needs(file.main, file.extra),
  );
  const ready: Ready[] = [];
  for (const row of file.main) {
    const attached = attachedOf.get(row.row) ?? {};
    const built = await definition.build(row, attached, refs, report);
    const item = { row, attached, built };
    if (built.unresolved) {
      job.done++;
      continue;
    }
    const parsed = definition.contract.safeParse(built.body);
    if (!parsed.success) reportZodIssues(problems, definition, item, parsed.error.issues);
    else if (!rowsOf(item).some((r) => problems.hasRow(r.sheet, r.row))) {
      ready.push({ ...item, built: { ...built, body: parsed.data } });
    }
    job.done++;
    if (job.done % 200 === 0) await yieldToEventLoop();
  }

  job.phase = 'writing';
  // Rows already refused count as done: the bar measures the whole file.
  job.done = file.main.length - ready.length;
  const started = performance.now();
  let created = 0;
  // Loaded before the transaction: the geo service reads through the shared connection.
  await deps.geo.getIndex();
  try {
    await inTransaction(deps.db, async (tx) => {
      const zones = createZonesService({ db: tx as unknown as Db, clock: deps.clock, geo: deps.geo });
      const investment = createInvestmentService({
        db: tx as unknown as Db,
        clock: deps.clock,
        geo: deps.geo,
        zones,
        reference: deps.reference,
      });
      for (const item of ready) {
        try {
          // Each service call writes in its own savepoint (its inTransaction nests in ours), so a
          // refused row leaves nothing behind; no second savepoint is needed around it.
          await definition.write({ zones, investment }, actor, item.built.body, item.built.target);
          created++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          reportAppError(problems, definition, item, e);
        }
        job.done++;
        if (process.env.IZA_PROFILE && job.done % 250 === 0)
          console.log('row', job.done, Math.round(performance.now() - started));
      }
      if (process.env.IZA_PROFILE) console.log('rows done', Math.round(performance.now() - started));
      if (problems.count > 0) throw new Rejected();
      await recordAudit(tx, actor, {
        action: 'registry.import',
        entityType: 'import_job',
        entityId: job.id,
        after: { kind: definition.kind, fileName: job.fileName, rows: file.main.length, created },
      });
    });
  } catch (e) {
    if (!(e instanceof Rejected)) throw e;
  }
  const seconds = (performance.now() - started) / 1000;
  job.problems = problems.list();
  job.rowsWithProblems = problems.rowCount;
  job.phase = 'done';
  job.finishedAt = deps.clock();
  if (problems.count > 0) {
    job.status = 'rejected';
    job.message = {
      vi: `Không ghi dữ liệu nào: tệp có ${problems.count.toLocaleString('vi-VN')} lỗi ở ${problems.rowCount.toLocaleString('vi-VN')} dòng. Hãy sửa rồi tải lên lại.`,
      en: `Nothing was written: the file has ${problems.count} problems on ${problems.rowCount} rows. Fix them and upload again.`,
    };
  } else {
    job.status = 'succeeded';
    job.created = created;
    job.rowsPerSecond = seconds > 0 ? Math.round(created / seconds) : null;
    job.message = {
      vi: `Đã ghi ${created.toLocaleString('vi-VN')} bản ghi.`,
      en: `${created.toLocaleString('en-US')} records written.`,
    };
  }
}
