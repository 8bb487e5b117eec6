import type { Db } from '../../platform/db/client';
import { calendarRoutes } from './routes';
import { createCalendarService } from './service';

export function createCalendarModule(shared: { db: Db; clock: () => Date }) {
  const service = createCalendarService(shared);
  return { service, routes: calendarRoutes(service) };
}
