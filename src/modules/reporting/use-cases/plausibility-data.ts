/**
 * The references plausibility.ts compares a report with: the project's own accepted reports of
 * the same type (its history), and the spread among peers — accepted reports of the same type and
 * currency in the last periods, from projects of the same VSIC 2-digit sector and the same
 * registered-capital band. Read-only SQL on the module's table, joined to projects for the peers.
 */
import { and, desc, eq, inArray, ne, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Decimal, parseDecimal } from '../../../kernel/decimal';
import type { Currency } from '../../../kernel/money';
import { parsePeriod, periodCode, shiftPeriod } from '../../../kernel/period';
import type { DbOrTx } from '../../../platform/db/client';
import { projects } from '../../../platform/db/schema';
import type { ReportableProject } from '../../investment/use-cases/for-reporting';
import { fromColumns } from '../field-values';
import type { History, PeerStats } from '../plausibility';
import type { ReportTypeVersion } from '../report-types';
import { reports } from '../schema';
import { versionOf } from './common';

/** Registered-capital bands for "peers of the same size", per currency (base units), as data. */
export const CAPITAL_BANDS: Record<Currency, readonly string[]> = {
  USD: ['1000000', '10000000', '100000000'],
  VND: ['20000000000', '200000000000', '2000000000000'],
};
const HISTORY_PERIODS = 8;
const PEER_PERIODS = 4;

function bandOf(currency: Currency, capital: string | null): number {
  if (capital === null) return -1;
  const c = parseDecimal(capital);
  return CAPITAL_BANDS[currency].filter((b) => c >= parseDecimal(b)).length;
}

function bandCondition(currency: Currency, band: number): SQL {
  const bounds = CAPITAL_BANDS[currency];
  if (band < 0) return sql`${projects.registeredCapitalCache} is null`;
  const lo = band === 0 ? null : bounds[band - 1]!;
  const hi = band >= bounds.length ? null : bounds[band]!;
  return and(
    lo === null ? undefined : sql`${projects.registeredCapitalCache} >= ${lo}`,
    hi === null ? undefined : sql`${projects.registeredCapitalCache} < ${hi}`,
  )!;
}

export async function historyOf(
  tx: DbOrTx,
  version: ReportTypeVersion,
  projectId: string,
  period: string,
): Promise<History> {
  const rows = await tx
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.projectId, projectId),
        eq(reports.typeId, version.typeId),
        eq(reports.status, 'accepted'),
        ne(reports.period, period),
      ),
    )
    .orderBy(desc(reports.period))
    .limit(HISTORY_PERIODS);
  const history: Record<string, Decimal[]> = {};
  for (const row of rows) {
    const values = fromColumns(versionOf(row), row);
    for (const f of version.fields) {
      const v = values[f.key];
      if (typeof v !== 'bigint') continue;
      history[f.key] = [...(history[f.key] ?? []), v];
    }
  }
  return history;
}

/** Percentiles per typed numeric column among peers (fields kept in `extra` have no peer check). */
export async function peersOf(
  tx: DbOrTx,
  version: ReportTypeVersion,
  project: ReportableProject,
  period: string,
): Promise<PeerStats> {
  const sector = project.sectors.find((s) => /^\d{2}/.test(s))?.slice(0, 2);
  if (!sector) return {};
  const p = parsePeriod(period);
  const periods = Array.from({ length: PEER_PERIODS }, (_, i) => periodCode(shiftPeriod(p, -i)));
  const columns = version.fields.filter((f) => f.plausibility && f.column !== 'extra' && f.kind !== 'flag');
  if (columns.length === 0) return {};
  const stat = (col: SQLWrapper, q: number) =>
    sql<
      string | null
    >`(percentile_cont(${sql.raw(String(q))}) within group (order by ${col}) filter (where ${col} > 0))::numeric(22,2)`;
  const selection: Record<string, SQL> = { n: sql<number>`count(*)::int` };
  for (const f of columns) {
    const col = reports[f.column as 'revenue'];
    selection[`${f.key}_10`] = stat(col, 0.1);
    selection[`${f.key}_50`] = stat(col, 0.5);
    selection[`${f.key}_90`] = stat(col, 0.9);
    selection[`${f.key}_n`] = sql<number>`(count(*) filter (where ${col} > 0))::int`;
  }
  const [row] = await tx
    .select(selection)
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(
      and(
        eq(reports.typeId, version.typeId),
        eq(reports.status, 'accepted'),
        eq(reports.currency, project.currency),
        inArray(reports.period, periods),
        ne(reports.projectId, project.id),
        sql`left(${projects.sectors}[1], 2) = ${sector}`,
        bandCondition(project.currency, bandOf(project.currency, project.registeredCapital)),
      ),
    );
  const out: PeerStats = {};
  if (!row) return out;
  const r = row as Record<string, unknown>;
  const dec = (x: unknown) => parseDecimal(String(x));
  for (const f of columns) {
    const n = Number(r[`${f.key}_n`] ?? 0);
    if (n === 0 || r[`${f.key}_50`] === null) continue;
    out[f.key] = { p10: dec(r[`${f.key}_10`]), p50: dec(r[`${f.key}_50`]), p90: dec(r[`${f.key}_90`]), n };
  }
  return out;
}
