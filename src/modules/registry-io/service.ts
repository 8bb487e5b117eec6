import { AppError, notFound } from '../../kernel/errors';
import { todayInVietnam } from '../../kernel/format';
import type { Actor } from '../../platform/auth/actor';
import { authorize } from '../../platform/auth/policy';
import type { Db } from '../../platform/db/client';
import { looksLikeXlsx, notAWorkbook } from '../../platform/files/xlsx-read';
import { workbookBuffer } from '../../platform/files/xlsx-write';
import type { GeoService } from '../geo/service';
import type { EnterpriseQuery, InvestorQuery, ProjectQuery } from '../investment/contract';
import type { InvestmentService } from '../investment/service';
import type { ReferenceService } from '../reference/service';
import type { ParkQuery, ZoneQuery } from '../zones/contract';
import type { ZonesService } from '../zones/service';
import { IMPORT_KIND_LABELS, type ImportJob, type ImportKind } from './contract';
import { exportEnterprises, exportInvestors, exportProjects } from './exports/investment-exports';
import { exportParks, exportZones } from './exports/zone-exports';
import { createJobStore, type JobRecord, jobView } from './jobs';
import { buildLists } from './lists';
import { problemsWorkbook } from './problems-workbook';
import { runImport } from './run-import';
import { buildTemplate } from './template-workbook';
import { IMPORT_DEFINITIONS } from './templates';

export type RegistryIoDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  reference: ReferenceService;
  zones: ZonesService;
  investment: InvestmentService;
  /** Where a failed import's cause is logged (it is a bug: the user sees a request id). */
  log?: (error: unknown, job: JobRecord) => void;
};

const ownerOf = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

/**
 * Excel in and out of the registry (issue item 7): templates, all-or-nothing imports run as
 * jobs, the problems of a rejected file, and the registry lists as workbooks.
 */
export function createRegistryIoService(deps: RegistryIoDeps) {
  const jobs = createJobStore(deps.clock);

  function readableJob(actor: Actor, id: string): JobRecord {
    authorize(actor, 'import:read');
    const job = jobs.get(id);
    if (!job) throw notFound('lượt nhập dữ liệu (có thể đã hết hạn hoặc máy chủ đã khởi động lại)', 'Import job');
    // The uploader and administrators only; others learn nothing about the job.
    authorize(actor, 'import:read', { kind: 'user', id: job.ownerId ?? '' });
    return job;
  }

  async function execute(actor: Actor, job: JobRecord, data: Buffer) {
    try {
      await runImport(deps, actor, job, IMPORT_DEFINITIONS[job.kind], data);
    } catch (error) {
      job.phase = 'done';
      job.finishedAt = deps.clock();
      if (error instanceof AppError) {
        job.status = 'rejected';
        job.message = { vi: error.message, en: error.messageEn };
        job.problems = [
          {
            sheet: '',
            row: null,
            column: null,
            header: null,
            headerEn: null,
            message: error.message,
            messageEn: error.messageEn,
          },
        ];
      } else {
        job.status = 'failed';
        job.message = {
          vi: `Lỗi hệ thống khi nhập (mã ${job.id}); không dữ liệu nào được ghi. Hãy báo cho quản trị viên.`,
          en: `System error during the import (id ${job.id}); nothing was written. Please tell the administrator.`,
        };
        deps.log?.(error, job);
      }
    }
  }

  function begin(actor: Actor, kind: ImportKind, data: Buffer, fileName: string | null): JobRecord {
    authorize(actor, 'registry:import');
    if (!looksLikeXlsx(data)) throw notAWorkbook();
    if (jobs.runningFor(ownerOf(actor)) > 0) {
      throw new AppError(
        'CONFLICT',
        'Bạn đang có một lượt nhập chưa xong; hãy chờ lượt đó kết thúc.',
        'You have an import still running; wait for it to finish.',
      );
    }
    return jobs.create(ownerOf(actor), kind, fileName);
  }

  return {
    /** The template of a kind, with dropdown lists of the moment (the caller's KKT and KCN). */
    async template(actor: Actor, kind: ImportKind): Promise<{ fileName: string; data: Buffer }> {
      authorize(actor, 'registry:import');
      const definition = IMPORT_DEFINITIONS[kind];
      const lists = await buildLists(deps, actor, definition, todayInVietnam(deps.clock()));
      return { fileName: definition.fileName, data: await workbookBuffer(buildTemplate(definition, lists)) };
    },

    /** Starts an import in the background and answers at once; read its progress with `getJob`. */
    startImport(actor: Actor, kind: ImportKind, data: Buffer, fileName: string | null): ImportJob {
      const job = begin(actor, kind, data, fileName);
      setImmediate(() => void execute(actor, job, data));
      return jobView(job);
    },

    /** The same, awaited to the end (the CLI, tests and benchmarks). */
    async importNow(actor: Actor, kind: ImportKind, data: Buffer, fileName: string | null = null): Promise<ImportJob> {
      const job = begin(actor, kind, data, fileName);
      await execute(actor, job, data);
      return jobView(job);
    },

    getJob: (actor: Actor, id: string): ImportJob => jobView(readableJob(actor, id)),

    async problemsFile(actor: Actor, id: string): Promise<{ fileName: string; data: Buffer }> {
      const job = readableJob(actor, id);
      const workbook = problemsWorkbook(job.problems, {
        title: IMPORT_KIND_LABELS[job.kind].vi,
        fileName: job.fileName,
        at: job.finishedAt ?? deps.clock(),
      });
      return {
        fileName: `loi-nhap-${job.kind}-${todayInVietnam(deps.clock())}.xlsx`,
        data: await workbookBuffer(workbook),
      };
    },

    async exportParks(actor: Actor, query: ParkQuery) {
      authorize(actor, 'registry:read');
      return exportParks(deps, actor, query);
    },
    async exportZones(actor: Actor, query: ZoneQuery) {
      authorize(actor, 'registry:read');
      return exportZones(deps, actor, query);
    },
    async exportEnterprises(actor: Actor, query: EnterpriseQuery) {
      authorize(actor, 'registry:read');
      return exportEnterprises(deps, actor, query);
    },
    async exportInvestors(actor: Actor, query: InvestorQuery) {
      authorize(actor, 'registry:read');
      return exportInvestors(deps, actor, query);
    },
    async exportProjects(actor: Actor, query: ProjectQuery) {
      authorize(actor, 'registry:read');
      return exportProjects(deps, actor, query);
    },
  };
}

export type RegistryIoService = ReturnType<typeof createRegistryIoService>;
