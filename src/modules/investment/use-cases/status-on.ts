/**
 * The certificate status on a past date as a SQL condition on `projects`, so a list filtered by
 * "valid on 31/12/2020" pages in the database instead of folding every project's history. It is
 * the fold of certificate-events.ts read backwards: the status is the last of issue / revocation /
 * termination dated on or before the day (validation allows nothing after an ending).
 */
import { and, eq, exists, inArray, lte, not, type SQL, sql } from 'drizzle-orm';
import type { CertificateStatus } from '../certificate-events';
import { certificateEvents, projects } from '../schema';

const eventBy = (kinds: readonly string[], asOf: string) =>
  exists(
    sql`(select 1 from ${certificateEvents} where ${and(
      eq(certificateEvents.projectId, projects.id),
      inArray(certificateEvents.kind, [...kinds]),
      lte(certificateEvents.date, asOf),
    )})`,
  );

export function statusOn(status: CertificateStatus, asOf: string): SQL {
  switch (status) {
    case 'not_issued':
      return not(eventBy(['issued'], asOf));
    case 'valid':
      return and(eventBy(['issued'], asOf), not(eventBy(['revoked', 'terminated'], asOf)))!;
    case 'revoked':
    case 'terminated':
      return eventBy([status], asOf);
  }
}
