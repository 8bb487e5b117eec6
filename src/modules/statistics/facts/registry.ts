/**
 * Registry facts of a period [from, to] in SQL: the projects valid at its end with their origin,
 * partner and registered capital; the certificate events dated in it; realised capital to its end;
 * the State Bank rate at its end. Definitions (national-forms.md §D.5):
 * - valid at the end: an `issued` event on or before `to` and no `revoked`/`terminated` on or before it;
 * - FDI/DDI and main partner: those after the last event to `to` (`origin_after`, `partner_after`);
 * - registered capital: the sum of issued and adjusted amounts to `to`, in USD and in VND
 *   (`capital_usd`, `capital_vnd`; an amount recorded only in the other currency is converted
 *   with the rate at the period's end).
 */
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import type { FormContext } from '../forms/definition';
import { day, inList, inUuids, type ProjectPlace, placeOf, projectPlaces, type Row, rowsOf, str } from './sql';
import { unitRows } from './unit-sums';
import type { Origin } from './units';

/** The latest State Bank USD/VND rate on or before `to` (id and rate), or null when none is recorded. */
export async function rateAt(ctx: FormContext): Promise<{ id: string; rate: string; date: string } | null> {
  const [row] = await rowsOf(
    ctx.db,
    sql`select id, rate, date from exchange_rates
        where from_currency = 'USD' and to_currency = 'VND' and date <= ${ctx.to}
        order by date desc, source asc limit 1`,
  );
  return row ? { id: String(row.id), rate: String(row.rate), date: day(row.date)! } : null;
}

export const usdOf = (rate: string | null) =>
  sql`coalesce(e.capital_usd, case when e.currency = 'USD' then e.capital when ${rate}::numeric is not null then round(e.capital / ${rate}::numeric, 2) end)`;
export const vndOf = (rate: string | null) =>
  sql`coalesce(e.capital_vnd, case when e.currency = 'VND' then e.capital when ${rate}::numeric is not null then round(e.capital * ${rate}::numeric, 0) end)`;

/** The row of a per-project history (statistics/schema.ts) that holds on `on`: an index range on `until_day`. */
export const holdsOn = (alias: SQL, on: string) =>
  sql`${alias}.until_day > ${on}::date and ${alias}.from_day <= ${on}::date`;

/**
 * An amount known in the form's currency plus, converted with the rate at the period's end, what
 * was recorded only in the other currency (null when there is neither, or the rate is missing and
 * nothing is known: as a sum over no amounts). The other currency's part is converted as one
 * total per project, as its registered capital is one amount.
 */
export function inCurrency(known: SQL, other: SQL, to: 'USD' | 'VND', rate: string | null): SQL {
  const converted =
    to === 'USD' ? sql`round(${other} / ${rate}::numeric, 2)` : sql`round(${other} * ${rate}::numeric, 0)`;
  return sql`case when ${known} is null and (${other} is null or ${rate}::numeric is null) then null
                  else coalesce(${known}, 0) + coalesce(${converted}, 0) end`;
}

/**
 * Each project's certificate state at the end of `to` (as `ev`: origin, partner, issue day, registered
 * capital in USD and VND, land, and whether an amount lacks a rate), for the projects valid then:
 * an issue on or before `to` and no revocation or termination by then. Read from the per-project
 * history the certificate events keep up to date (`project_certificate_states`). The record facts
 * and the grouped totals both read it, so they select the same projects.
 */
export const statesAt = (to: string, rate: string | null) => sql`(
  select s.project_id, s.origin, s.partner, s.issued_on,
         ${inCurrency(sql`s.usd_known`, sql`s.usd_pending`, 'USD', rate)} as usd,
         ${inCurrency(sql`s.vnd_known`, sql`s.vnd_pending`, 'VND', rate)} as vnd,
         s.land_ha as land,
         (s.usd_pending is not null and ${rate}::numeric is null) as missing_usd,
         (s.vnd_pending is not null and ${rate}::numeric is null) as missing_vnd
  from project_certificate_states s
  where s.valid and ${holdsOn(sql`s`, to)}
) ev`;

/** Realised capital per project to the end of `to` (as `rc`), the other currency's part converted with `rate`. */
export const realisedAt = (to: string, rate: string | null) => sql`(
  select r.project_id,
         ${inCurrency(sql`r.usd`, sql`r.vnd`, 'USD', rate)} as usd,
         ${inCurrency(sql`r.vnd`, sql`r.usd`, 'VND', rate)} as vnd
  from project_realised_totals r
  where ${holdsOn(sql`r`, to)}
) rc`;

export type ValidProject = ProjectPlace & {
  origin: Origin;
  partner: string | null;
  issuedOn: string;
  /** Registered capital at the end, in USD and in VND (exact). */
  usd: string | null;
  vnd: string | null;
  /** Land on the certificate at the end (ha): the issue's area plus the land changes to `to`. */
  landHa: string | null;
  inOperation: boolean;
};

export function needRate(what: string, to: string): AppError {
  return new AppError(
    'UNPROCESSABLE',
    `Có ${what} ghi bằng loại tiền khác với đơn vị của biểu; cần tỷ giá USD/VND của Ngân hàng Nhà nước đến ngày ${to}.`,
    `Some ${what === 'dự án' ? 'projects' : 'amounts'} are recorded in another currency than the form's unit; a State Bank USD/VND rate on or before ${to} is needed.`,
  );
}

/**
 * Projects of the scope valid at the end of the period. `moneyNeeded: false` for forms that sum no
 * capital (an amount that cannot be converted then stays null instead of stopping the form).
 */
export async function validProjects(
  ctx: FormContext,
  rate: string | null,
  options: { moneyNeeded?: boolean } = {},
): Promise<ValidProject[]> {
  const rows = await rowsOf(
    ctx.db,
    sql`select pp.*, ev.origin, ev.partner, ev.issued_on, ev.usd, ev.vnd, ev.land, ev.missing_usd, ev.missing_vnd
        from (${projectPlaces(ctx.unitIds, ctx.within)}) pp
        join ${statesAt(ctx.to, rate)} on ev.project_id = pp.project_id
        order by pp.project_code`,
  );
  return rows.map((r) => {
    const place = placeOf(r);
    const origin = (str(r.origin) ?? place.originCache) as Origin;
    if (options.moneyNeeded !== false && ((origin === 'FDI' && r.missing_usd) || (origin === 'DDI' && r.missing_vnd))) {
      throw needRate('dự án', ctx.to);
    }
    return Object.assign(place, {
      origin,
      partner: str(r.partner),
      issuedOn: day(r.issued_on)!,
      usd: str(r.usd),
      vnd: str(r.vnd),
      landHa: str(r.land),
      inOperation: place.operationStartedOn !== null && place.operationStartedOn <= ctx.to,
    });
  });
}

export type EventKind = 'issued' | 'adjusted' | 'reissued' | 'revoked' | 'terminated';

export type PeriodEvent = ProjectPlace & {
  eventId: string;
  seq: number;
  kind: EventKind;
  date: string;
  documentNo: string | null;
  certificateNo: string | null;
  /** FDI/DDI after this event. */
  origin: Origin;
  partner: string | null;
  /** The event's amount (issue: capital; adjustment: signed change; end: capital at the end). */
  usd: string | null;
  vnd: string | null;
  /** Land: issue area, adjustment's signed change, and for an ending the area it had (positive). */
  landHa: string | null;
};

/**
 * Certificate events of the scope dated in the period, in date order; only those of `kinds` when
 * given (2115 lists adjustments, 2116 revocations: a country's year has tens of thousands of events).
 */
export async function periodEvents(
  ctx: FormContext,
  rate: string | null,
  kinds?: readonly EventKind[],
): Promise<PeriodEvent[]> {
  // Kept per unit (unit-sums.ts), then put back in date, project and sequence order.
  const rows = await unitRows(
    ctx,
    `period-events:${JSON.stringify({ rate, within: ctx.within ?? null, ...(kinds ? { kinds } : {}) })}`,
    (unitIds) => sql`select pp.*, e.id as event_id, e.seq, e.kind, e.date, e.document_no, e.certificate_no,
               e.origin_after, e.partner_after, e.capital, ${usdOf(rate)} as usd, ${vndOf(rate)} as vnd,
               case when e.kind in ('revoked', 'terminated') then (
                 select sum(x.land_area_ha) from certificate_events x
                 where x.project_id = e.project_id and x.seq < e.seq and x.kind in ('issued', 'adjusted')
               ) else e.land_area_ha end as land
        from certificate_events e
        join (${projectPlaces(unitIds, ctx.within)}) pp on pp.project_id = e.project_id
        where e.date >= ${ctx.from} and e.date <= ${ctx.to}
          and ${kinds ? inList(sql`e.kind`, kinds) : sql`true`}`,
  );
  const order = (r: Row) => `${day(r.date)}|${String(r.project_code)}|${String(r.seq).padStart(6, '0')}`;
  const sorted = rows.map((r) => [order(r), r] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map(([, r]) => {
    const place = placeOf(r);
    const origin = (str(r.origin_after) ?? place.originCache) as Origin;
    const usd = str(r.usd);
    const vnd = str(r.vnd);
    if (r.capital !== null && ((origin === 'FDI' && usd === null) || (origin === 'DDI' && vnd === null))) {
      throw needRate('khoản vốn', ctx.to);
    }
    return Object.assign(place, {
      eventId: String(r.event_id),
      seq: Number(r.seq),
      kind: String(r.kind) as EventKind,
      date: day(r.date)!,
      documentNo: str(r.document_no),
      certificateNo: str(r.certificate_no),
      origin,
      partner: str(r.partner_after),
      usd,
      vnd,
      landHa: str(r.land),
    });
  });
}

/** Realised capital per project, cumulative to the end of the period, in USD and VND. */
export async function realisedTo(
  ctx: FormContext,
  rate: string | null,
): Promise<Map<string, { usd: string | null; vnd: string | null }>> {
  const rows = await rowsOf(
    ctx.db,
    sql`select rc.* from ${realisedAt(ctx.to, rate)} join (${projectPlaces(ctx.unitIds, ctx.within)}) pp on pp.project_id = rc.project_id`,
  );
  return new Map(rows.map((r) => [String(r.project_id), { usd: str(r.usd), vnd: str(r.vnd) }]));
}

/** Establishment document and issue day of projects (2115/2116 auto columns). */
export async function issuesOf(
  ctx: FormContext,
  projectIds: readonly string[],
): Promise<Map<string, { date: string; document: string | null }>> {
  const wanted = new Set(projectIds);
  const rows = await rowsOf(
    ctx.db,
    sql`select project_id, date, coalesce(certificate_no, document_no) as document
        from certificate_events where kind = 'issued' and ${inUuids(sql`project_id`, projectIds)}`,
  );
  return new Map(
    rows
      .filter((r) => wanted.has(String(r.project_id)))
      .map((r) => [String(r.project_id), { date: day(r.date)!, document: str(r.document) }]),
  );
}

/** Investors (name, nationality) valid at the end of the period, largest share first. */
export async function investorsAt(
  ctx: FormContext,
  projectIds: readonly string[],
): Promise<Map<string, Array<{ name: string; nationality: string; share: string }>>> {
  const wanted = new Set(projectIds);
  const out = new Map<string, Array<{ name: string; nationality: string; share: string }>>();
  const rows = await rowsOf(
    ctx.db,
    sql`select pi.project_id, i.name, i.nationality, pi.share
        from project_investors pi join investors i on i.id = pi.investor_id
        where pi.valid_from <= ${ctx.to} and (pi.valid_to is null or pi.valid_to > ${ctx.to})
          and ${inUuids(sql`pi.project_id`, projectIds)}
        order by pi.project_id, pi.share desc, i.name`,
  );
  for (const r of rows) {
    const id = String(r.project_id);
    if (!wanted.has(id)) continue;
    const list = out.get(id) ?? [];
    list.push({ name: String(r.name), nationality: String(r.nationality), share: String(r.share) });
    out.set(id, list);
  }
  return out;
}
