import type { Db } from '../../platform/db/client';
import { createInvestmentService } from '../investment/service';
import { createZonesService } from '../zones/service';
import type { Ctx, ReportingDeps } from './use-cases/common';
import { completenessUseCases } from './use-cases/completeness';
import { excelUseCases } from './use-cases/excel';
import { fillFromWorkbookUseCase } from './use-cases/fill-from-workbook';
import { reportListExport } from './use-cases/list-export';
import { missingWorkbook } from './use-cases/missing-workbook';
import { printReportUseCase } from './use-cases/print-report';
import { readReportUseCases } from './use-cases/read-reports';
import { reopenUseCases } from './use-cases/reopen';
import { workflowUseCases } from './use-cases/workflow';
import { writeReportUseCases } from './use-cases/write-report';

/**
 * Enterprise periodic reports on project implementation (national-forms.md §C): the report types
 * and periods, reports through their lifecycle (create, edit, submit with plausibility, accept,
 * revision, delete a never-submitted draft), reopenings, completeness and reminders. Each use case
 * authorises first with the project's scope and writes in one audited transaction.
 */
export function createReportingService(deps: ReportingDeps) {
  const ctx: Ctx = { ...deps, projects: deps.investment.reporting };
  const write = writeReportUseCases(ctx);
  const flow = workflowUseCases(ctx, write);
  const read = readReportUseCases(ctx, write);
  const reopen = reopenUseCases(ctx);
  const complete = completenessUseCases(ctx);
  // An import writes every row in one transaction: the services under it are built on it.
  const excel = excelUseCases(ctx, (tx: Db) => {
    const zones = createZonesService({ db: tx, clock: deps.clock, geo: deps.geo });
    const investment = createInvestmentService({
      db: tx,
      clock: deps.clock,
      geo: deps.geo,
      zones,
      reference: deps.reference,
    });
    return { reporting: createReportingService({ ...deps, db: tx, zones, investment }) };
  });
  return {
    listTypes: read.listTypes,
    listPeriods: read.listPeriods,
    listReports: read.listReports,
    exportReports: reportListExport(ctx, read.listReports),
    getReport: read.getReport,
    printReport: printReportUseCase(ctx, read.getReport),
    reportEvents: read.reportEventsOf,
    createReport: write.createReport,
    updateReport: write.updateReport,
    deleteReport: write.deleteReport,
    checkReport: flow.checkReport,
    submitReport: flow.submitReport,
    acceptReport: flow.acceptReport,
    requestRevision: flow.requestRevision,
    reopenPeriod: reopen.reopenPeriod,
    listReopenings: reopen.listReopenings,
    completeness: complete.completeness,
    missing: complete.missing,
    missingXlsx: missingWorkbook(ctx, complete),
    reminders: complete.reminders,
    template: excel.template,
    importReports: excel.importReports,
    fillFromWorkbook: fillFromWorkbookUseCase(ctx),
  };
}
export type ReportingService = ReturnType<typeof createReportingService>;
