import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { localDateOf, type WorkingCalendar } from '../../kernel/calendar';
import { AppError, notFound } from '../../kernel/errors';
import { escapeLike, foldVietnamese } from '../../kernel/text';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { loadIfChanged } from '../../platform/reference/versions';
import { catalogueFiles, catalogueProblems, readCatalogueFiles, searchTextOf, versionOn } from './catalogue';
import { type ClockInput, computeClock } from './clock';
import {
  type Appointments,
  type ProcedureDetail,
  ProcedureField,
  type ProcedureList,
  type ProcedureSummary,
  type ProcedureVersion,
} from './contract';
import { procedures, procedureVersions } from './schema';

type ListQuery = { q?: string; field?: ProcedureSummary['field']; on?: string };

function summaryOf(
  row: { code: string; nationalCode: string | null; field: string },
  v: ProcedureVersion,
): ProcedureSummary {
  const first = v.cases[0];
  if (!first) throw new Error(`procedure ${row.code} v${v.version} has no case`);
  return {
    code: row.code,
    nationalCode: row.nationalCode,
    field: row.field as ProcedureSummary['field'],
    version: v.version,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    authorityVi: v.authorityVi,
    authorityEn: v.authorityEn,
    limit: first.limit,
    onlineLimit: first.onlineLimit ?? null,
    cases: v.cases.length,
    channels: v.channels,
    feeVnd: v.fee.amountVnd,
    unverified: v.unverified.length > 0,
  };
}

type CalendarSource = { workingCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> };
const yearOf = (d: Date) => Number(localDateOf(d).slice(0, 4));
// A limit of a few months plus pauses stays within two years after the last event.
const YEARS_AHEAD = 2;

/** The procedure catalogue: loaded from data/onestop, read by anyone, versioned by effective dates. */
export function createOnestopService(deps: { db: Db; clock: () => Date; calendar: CalendarSource }) {
  const { db, clock } = deps;

  /** The legal clock on the stored working calendar (decisions entered by administrators included). */
  async function readClock(input: Omit<ClockInput, 'calendar'>) {
    const instants = [input.now, ...input.events.map((e) => e.at)];
    const from = Math.min(...instants.map(yearOf));
    const to = Math.max(...instants.map(yearOf)) + YEARS_AHEAD;
    return computeClock({ ...input, calendar: await deps.calendar.workingCalendar(from, to) });
  }
  const inForceOn = (on: string) =>
    and(
      lte(procedureVersions.effectiveFrom, on),
      or(isNull(procedureVersions.effectiveTo), gte(procedureVersions.effectiveTo, on)),
    );

  const service = {
    readClock,

    /** Loads the shipped catalogue when its files changed; refuses files that break a catalogue rule. */
    async loadReferenceData(actor: Actor): Promise<string[]> {
      const files = catalogueFiles();
      const loaded = await loadIfChanged(
        db,
        actor,
        'onestop.procedures',
        files,
        async (tx) => {
          const catalogue = readCatalogueFiles(files);
          const problems = catalogueProblems(catalogue);
          if (problems.length > 0) {
            throw new AppError(
              'VALIDATION_FAILED',
              `Danh mục thủ tục vi phạm quy tắc: ${problems.join('; ')}`,
              `The procedure catalogue breaks its rules: ${problems.join('; ')}`,
            );
          }
          let versions = 0;
          for (const file of catalogue) {
            const row = {
              nationalCode: file.nationalCode,
              field: file.field,
              search: searchTextOf(file),
              loadedAt: clock(),
            };
            await tx
              .insert(procedures)
              .values({ code: file.code, ...row })
              .onConflictDoUpdate({ target: procedures.code, set: row });
            for (const v of file.versions) {
              const values = {
                effectiveFrom: v.effectiveFrom,
                effectiveTo: v.effectiveTo,
                nameVi: v.nameVi,
                nameEn: v.nameEn,
                definition: v,
              };
              await tx
                .insert(procedureVersions)
                .values({ id: randomUUID(), procedureCode: file.code, version: v.version, ...values })
                .onConflictDoUpdate({
                  target: [procedureVersions.procedureCode, procedureVersions.version],
                  set: values,
                });
              versions++;
            }
          }
          return { procedures: catalogue.length, versions };
        },
        clock(),
      );
      return loaded ? ['onestop.procedures'] : [];
    },

    /** Public list: procedures in force on `on` (default today), accent-insensitive word search. */
    async listProcedures(query: ListQuery): Promise<ProcedureList> {
      const on = query.on ?? localDateOf(clock());
      const words = foldVietnamese(query.q ?? '')
        .split(' ')
        .filter((w) => w.length > 0);
      const rows = await db
        .select({
          code: procedures.code,
          nationalCode: procedures.nationalCode,
          field: procedures.field,
          definition: procedureVersions.definition,
        })
        .from(procedures)
        .innerJoin(procedureVersions, eq(procedureVersions.procedureCode, procedures.code))
        .where(
          and(
            inForceOn(on),
            query.field ? eq(procedures.field, query.field) : undefined,
            ...words.map((w) => sql`${procedures.search} like ${`%${escapeLike(w)}%`}`),
          ),
        )
        .orderBy(asc(procedures.code));
      const items = rows.map((r) => summaryOf(r, r.definition as ProcedureVersion));
      // The Board's order of business: investment, then labour, then eco-industrial parks.
      items.sort((a, b) => ProcedureField.options.indexOf(a.field) - ProcedureField.options.indexOf(b.field));
      return { on, items };
    },

    /** Public detail: the version in force on `on` (default today) and the dates of every version. */
    async getProcedure(code: string, on?: string): Promise<ProcedureDetail> {
      const day = on ?? localDateOf(clock());
      const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
      if (!row) throw notFound('thủ tục', 'Procedure');
      const versions = await db
        .select()
        .from(procedureVersions)
        .where(eq(procedureVersions.procedureCode, code))
        .orderBy(asc(procedureVersions.version));
      const version = versionOn(versions, day);
      if (!version) throw notFound(`thủ tục có hiệu lực ngày ${day}`, `Procedure in force on ${day}`);
      return {
        ...(version.definition as ProcedureVersion),
        code: row.code,
        nationalCode: row.nationalCode,
        field: row.field as ProcedureDetail['field'],
        history: versions.map((v) => ({
          version: v.version,
          effectiveFrom: v.effectiveFrom,
          effectiveTo: v.effectiveTo,
        })),
      };
    },

    /**
     * The version a dossier received at `receivedAt` keeps for its whole life (a later catalogue
     * change never moves an old dossier's deadline). Refused when no version was in force then.
     */
    async versionInForce(code: string, receivedAt: Date): Promise<{ id: string; definition: ProcedureVersion }> {
      const day = localDateOf(receivedAt);
      const [row] = await db
        .select({ id: procedureVersions.id, definition: procedureVersions.definition })
        .from(procedureVersions)
        .where(and(eq(procedureVersions.procedureCode, code), inForceOn(day)));
      if (!row) {
        const [known] = await db.select({ code: procedures.code }).from(procedures).where(eq(procedures.code, code));
        if (!known) throw notFound('thủ tục', 'Procedure');
        throw new AppError(
          'UNPROCESSABLE',
          `Thủ tục ${code} không có phiên bản hiệu lực vào ngày ${day}.`,
          `Procedure ${code} had no version in force on ${day}.`,
        );
      }
      return { id: row.id, definition: row.definition as ProcedureVersion };
    },

    /** Public: the appointment each case would get if the dossier were received at `at` (default now). */
    async appointments(code: string, at?: string): Promise<Appointments> {
      const receivedAt = at ? new Date(at) : clock();
      const { definition: v } = await service.versionInForce(code, receivedAt);
      const online = v.channels.some((c) => c.startsWith('online'));
      const events = [{ type: 'received' as const, at: receivedAt }];
      const items = [];
      for (const c of v.cases) {
        const paper = await readClock({ limit: c.limit, events, now: receivedAt });
        const electronic = online
          ? await readClock({
              limit: c.onlineLimit ?? c.limit,
              events,
              now: receivedAt,
              rules: { receiptCutoff: null },
            })
          : null;
        items.push({
          caseKey: c.key,
          nameVi: c.nameVi,
          nameEn: c.nameEn,
          limit: c.limit,
          dueAt: paper.dueAt.toISOString(),
          onlineDueAt: electronic ? electronic.dueAt.toISOString() : null,
        });
      }
      return { code, version: v.version, receivedAt: receivedAt.toISOString(), items };
    },
  };
  return service;
}

export type OnestopService = ReturnType<typeof createOnestopService>;
