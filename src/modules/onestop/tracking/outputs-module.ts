import type { WorkingCalendar } from '../../../kernel/calendar';
import type { Db } from '../../../platform/db/client';
import { createDocumentsService } from '../documents/service';
import { createKpiService } from '../kpi/service';
import type { OnestopService } from '../service';
import type { ProvinceNames } from './agency';
import { deskOutputRoutes } from './routes';
import { createTrackingService } from './service';

/**
 * What the one-stop desk publishes, prints and counts (tracking, forms, tracking book, KPIs),
 * beside the dossier lifecycle; composed by app.ts.
 */
export function createDeskOutputsModule(shared: {
  db: Db;
  clock: () => Date;
  geo: ProvinceNames;
  calendar: { workingCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> };
  onestop: Pick<OnestopService, 'readClock'>;
}) {
  const tracking = createTrackingService(shared);
  const documents = createDocumentsService({ ...shared, readClock: shared.onestop.readClock });
  const kpi = createKpiService(shared);
  return { service: { tracking, documents, kpi }, routes: deskOutputRoutes({ tracking, documents, kpi }) };
}
