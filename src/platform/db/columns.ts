import { date, numeric, timestamp } from 'drizzle-orm/pg-core';

/** Column shapes every module uses, so the same kind of value is stored the same way everywhere. */

/** An instant, with time zone, read as a JS Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A calendar day, read as an ISO string (YYYY-MM-DD): days carry no time zone. */
export const day = (name: string) => date(name, { mode: 'string' });

/** Hectares to 1 m² (4 decimals). */
export const hectares = (name: string) => numeric(name, { precision: 14, scale: 4 });

/** A money amount in its currency's unit, to the cent; the currency is a column beside it. */
export const amount = (name: string) => numeric(name, { precision: 22, scale: 2 });

/** created_at / updated_at; updated_at is what optimistic concurrency compares. Fresh builders per table. */
export const recordTimestamps = () => ({
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
