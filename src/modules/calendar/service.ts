import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import {
  createWorkingCalendar,
  type CalendarDay as KernelDay,
  mergeDays,
  parseDecisionDays,
  statutoryHolidays,
  type WorkingCalendar,
} from '../../kernel/calendar';
import { notFound } from '../../kernel/errors';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, actorLabel } from '../../platform/auth/actor';
import { authorize } from '../../platform/auth/policy';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/transaction';
import { loadIfChanged } from '../../platform/reference/versions';
import type { CalendarDay, CalendarYear, DecisionDayBody } from './contract';
import { calendarDays, calendarYears } from './schema';

export const DECISIONS_FILE = path.resolve(import.meta.dirname, '../../../data/calendar/decisions.json');

type Row = typeof calendarDays.$inferSelect;
const toKernel = (r: Row): KernelDay => ({
  ...r,
  status: r.status as KernelDay['status'],
  category: r.category as KernelDay['category'],
  source: r.source as KernelDay['source'],
});

/**
 * The working-day calendar: the Labour Code's holidays generated for any year, overlaid with the
 * decisions a person enters (Tết range, the 2/9 adjacent day, swaps, make-up Saturdays).
 */
export function createCalendarService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  async function decisionsBetween(fromYear: number, toYear: number) {
    const rows = await db
      .select()
      .from(calendarDays)
      .where(and(gte(calendarDays.date, `${fromYear}-01-01`), lte(calendarDays.date, `${toYear}-12-31`)))
      .orderBy(asc(calendarDays.date));
    return rows.map(toKernel);
  }

  async function daysBetween(fromYear: number, toYear: number): Promise<KernelDay[]> {
    const generated: KernelDay[] = [];
    for (let y = fromYear; y <= toYear; y++) generated.push(...statutoryHolidays(y));
    return mergeDays(generated, await decisionsBetween(fromYear, toYear));
  }

  return {
    async loadReferenceData(actor: Actor): Promise<string[]> {
      const loaded = await loadIfChanged(
        db,
        actor,
        'calendar.decisions',
        [DECISIONS_FILE],
        async (tx) => {
          const raw = JSON.parse(fs.readFileSync(DECISIONS_FILE, 'utf8')) as { source?: string };
          const days = parseDecisionDays(raw);
          for (const d of days) {
            const row = {
              date: d.date,
              status: d.status,
              category: d.category,
              nameVi: d.nameVi,
              nameEn: d.nameEn,
              legalBasis: d.legalBasis,
              source: 'decision',
              confirmedAt: clock(),
            };
            await tx.insert(calendarDays).values(row).onConflictDoUpdate({ target: calendarDays.date, set: row });
          }
          const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))];
          for (const year of years) {
            const row = {
              year,
              confirmedBy: actorLabel(actor),
              confirmedAt: clock(),
              note: raw.source ?? 'data/calendar/decisions.json',
            };
            await tx.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set: row });
          }
          return { days: days.length, years: years.length };
        },
        clock(),
      );
      return loaded ? ['calendar.decisions'] : [];
    },

    async getYear(year: number): Promise<z.infer<typeof CalendarYear>> {
      const days = (await daysBetween(year, year)).filter((d) => d.date.startsWith(`${year}-`));
      const [confirmation] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
      const calendar = createWorkingCalendar(days);
      const workingDays = calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
      return {
        year,
        days: days.map(
          (d): CalendarDay => ({
            date: d.date,
            status: d.status,
            category: d.category,
            nameVi: d.nameVi,
            nameEn: d.nameEn,
            legalBasis: d.legalBasis,
            source: d.source,
            confirmed: d.source === 'decision' || confirmation !== undefined,
          }),
        ),
        workingDays,
        confirmed: confirmation !== undefined,
      };
    },

    /** The calendar the legal clock runs on, for the years a computation may touch. */
    async workingCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> {
      return createWorkingCalendar(await daysBetween(fromYear, toYear));
    },

    /** An administrator records a day from a published decision (replacing what was there). */
    async setDay(actor: Actor, day: z.infer<typeof DecisionDayBody> & { date: string }) {
      authorize(actor, 'calendar:manage');
      const [parsed] = parseDecisionDays([day]);
      return inTransaction(db, async (tx) => {
        const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, day.date));
        const row = {
          date: parsed!.date,
          status: parsed!.status,
          category: parsed!.category,
          nameVi: parsed!.nameVi,
          nameEn: parsed!.nameEn,
          legalBasis: parsed!.legalBasis,
          source: 'decision',
          confirmedBy: actor.kind === 'user' ? actor.id : null,
          confirmedAt: clock(),
        };
        await tx.insert(calendarDays).values(row).onConflictDoUpdate({ target: calendarDays.date, set: row });
        await recordAudit(tx, actor, {
          action: 'calendar.set_day',
          entityType: 'calendar_day',
          entityId: day.date,
          before: before ?? null,
          after: row,
        });
        return row;
      });
    },

    async removeDay(actor: Actor, date: string) {
      authorize(actor, 'calendar:manage');
      await inTransaction(db, async (tx) => {
        const [before] = await tx.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
        if (!before) throw notFound(`ngày ${date} trong lịch`, `Calendar day ${date}`);
        await recordAudit(tx, actor, {
          action: 'calendar.remove_day',
          entityType: 'calendar_day',
          entityId: date,
          before,
        });
      });
    },

    /** Marks a year as checked against the published decisions. */
    async confirmYear(actor: Actor, year: number, note: string) {
      authorize(actor, 'calendar:manage');
      await inTransaction(db, async (tx) => {
        const row = { year, confirmedBy: actorLabel(actor), confirmedAt: clock(), note };
        await tx.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set: row });
        await recordAudit(tx, actor, {
          action: 'calendar.confirm_year',
          entityType: 'calendar_year',
          entityId: String(year),
          after: row,
        });
      });
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
