/**
 * The projects of one park or KKT as of a day, for the zone profile pages: counts by status and
 * origin, tenants, registered capital (the certificate fold), realised capital, partner
 * countries, sectors and a yearly series. Every amount is in the national forms' units (FDI
 * triệu USD, DDI tỷ đồng); a certificate kept in the other currency is converted with the State
 * Bank rate of the day the figure is for, and without one the answer is a 422, never a guess.
 */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { add, compare, formatDecimal, parseDecimal, sub } from '../../../kernel/decimal';
import { AppError } from '../../../kernel/errors';
import { addMoney, type Currency, convert, FORM_UNITS, inFormUnit, type Money, money } from '../../../kernel/money';
import { parsePeriod, periodEnd } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { ReferenceService } from '../../reference/service';
import type { ZonesService } from '../../zones/service';
import type { CapitalOriginKind } from '../capital-origin';
import { type CertificateEvent, type CertificateStatus, certificateStateAsOf } from '../certificate-events';
import type { ProjectProfile, ProjectProfileQuery } from '../contract';
import { mainPartnerCountry } from '../partner-country';
import { FORM_UNIT_OF, type ProjectCertificates, periodFlows } from '../period-flows';
import { investors, projectInvestors, projects, realisedCapital } from '../schema';
import { type Ctx, todayOf } from './common';
import type { exchangeRateUseCases } from './manage-exchange-rates';
import { type InvestorsOn, loadEvents, originOf, rateOfRow, ruleInvestors } from './project-history';
import type { ProjectScope } from './project-scope';

export type ProfileDeps = {
  zones: Pick<ZonesService, 'getPark' | 'getZone'>;
  reference: Pick<ReferenceService, 'listCountries'>;
};

type ShareRow = { share: typeof projectInvestors.$inferSelect; investor: typeof investors.$inferSelect };

const formCurrency = (origin: CapitalOriginKind): Currency => FORM_UNITS[FORM_UNIT_OF[origin]].currency;
const zero = { FDI: money(0, 'USD'), DDI: money(0, 'VND') };
const amounts = (m: Record<CapitalOriginKind, Money>) => ({
  fdiMillionUsd: inFormUnit(m.FDI, 'trieu_usd'),
  ddiBillionVnd: inFormUnit(m.DDI, 'ty_dong'),
});

/** The investors valid on `date`, ordered as `loadInvestorsOn` orders them (the partner tie-break reads it). */
function listOn(rows: readonly ShareRow[] | undefined, date: string): InvestorsOn | null {
  const valid = (rows ?? []).filter(
    (r) => r.share.validFrom <= date && (r.share.validTo === null || r.share.validTo > date),
  );
  if (valid.length === 0) return null;
  valid.sort(
    (a, b) =>
      Number(b.share.share) - Number(a.share.share) ||
      (a.investor.name < b.investor.name ? -1 : a.investor.name > b.investor.name ? 1 : 0),
  );
  return { validFrom: valid[0]!.share.validFrom, rows: valid };
}

export function projectProfileUseCase(
  ctx: Ctx,
  scope: ProjectScope,
  rates: ReturnType<typeof exchangeRateUseCases>,
  deps: ProfileDeps,
) {
  const { db } = ctx;

  return async function projectProfile(actor: Actor, query: ProjectProfileQuery): Promise<ProjectProfile> {
    authorize(actor, 'registry:read');
    const asOf = query.asOf ?? todayOf(ctx);
    // Readable exactly when the park or zone is: the zones service decides (404 / 403).
    let where: SQL;
    if (query.parkId) {
      await deps.zones.getPark(actor, query.parkId, asOf);
      where = and(eq(projects.locationKind, 'park'), eq(projects.parkId, query.parkId))!;
    } else {
      await deps.zones.getZone(actor, query.zoneId!, asOf);
      where = await scope.inZone(query.zoneId!);
    }

    const [rows, events, shareRows, realised, countries] = await Promise.all([
      db
        .select({
          id: projects.id,
          type: projects.type,
          enterpriseId: projects.enterpriseId,
          sectors: projects.sectors,
          origin: projects.originCache,
        })
        .from(projects)
        .where(where)
        .orderBy(asc(projects.projectCode)),
      loadEvents(db, where),
      db
        .select({ share: projectInvestors, investor: investors })
        .from(projectInvestors)
        .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
        .innerJoin(projects, eq(projects.id, projectInvestors.projectId))
        .where(where),
      db
        .select({ row: realisedCapital })
        .from(realisedCapital)
        .innerJoin(projects, eq(projects.id, realisedCapital.projectId))
        .where(where),
      deps.reference.listCountries(),
    ]);
    const sharesOf = new Map<string, ShareRow[]>();
    for (const r of shareRows) sharesOf.set(r.share.projectId, [...(sharesOf.get(r.share.projectId) ?? []), r]);
    const histories = new Map([...events].map(([id, list]) => [id, list.map((s) => s.event)]));
    const eventsOf = (id: string): CertificateEvent[] => histories.get(id) ?? [];
    const recorded = new Map(rows.map((r) => [r.id, r.origin as CapitalOriginKind]));
    const origins = new Map<string, CapitalOriginKind>();
    /** FDI/DDI from the investors valid on `date`; the recorded origin where no rule covers their day. */
    const originOn = (id: string, date: string): CapitalOriginKind => {
      const key = `${id}|${date}`;
      const known = origins.get(key);
      if (known) return known;
      const list = listOn(sharesOf.get(id), date);
      let origin = recorded.get(id)!;
      if (list) {
        try {
          origin = originOf(list).origin;
        } catch {
          // A list set before any FDI/DDI rule: the recorded origin stands.
        }
      }
      origins.set(key, origin);
      return origin;
    };

    const rateCache = new Map<string, Promise<ReturnType<typeof rateOfRow> | null>>();
    const rateOn = (date: string) => {
      if (!rateCache.has(date)) {
        rateCache.set(
          date,
          rates.findRateOn('USD', 'VND', date).then((r) => (r ? rateOfRow(r) : null)),
        );
      }
      return rateCache.get(date)!;
    };
    const needRate = async (date: string) => {
      const rate = await rateOn(date);
      if (rate) return rate;
      throw new AppError(
        'UNPROCESSABLE',
        `Có dự án ghi vốn bằng loại tiền khác với biểu mẫu (FDI: USD, DDI: VND); cần tỷ giá USD/VND của Ngân hàng Nhà nước đến ngày ${date}.`,
        `Some projects record capital in another currency than the forms (FDI: USD, DDI: VND); a State Bank USD/VND rate on or before ${date} is needed.`,
      );
    };
    const toForm = async (m: Money, origin: CapitalOriginKind, date: string): Promise<Money> => {
      const to = formCurrency(origin);
      if (m.currency === to) return m;
      const { value } = convert(m, to, await needRate(date));
      return { value, currency: to };
    };

    // ——— As of the day: status, origin, registered capital, tenants, partners, sectors ———
    const byStatus: Record<CertificateStatus, number> = { not_issued: 0, valid: 0, revoked: 0, terminated: 0 };
    const count = { FDI: 0, DDI: 0 };
    const registered = { ...zero };
    const tenants = new Set<string>();
    const byCountry = new Map<string, { projects: number; amount: Money }>();
    const bySector = new Map<string, { projects: number; fdi: number; ddi: number }>();
    for (const p of rows) {
      const state = certificateStateAsOf(eventsOf(p.id), asOf);
      byStatus[state.status] += 1;
      if (state.status !== 'valid' || !state.registeredCapital) continue;
      const origin = originOn(p.id, asOf);
      count[origin] += 1;
      const capital = await toForm(state.registeredCapital, origin, asOf);
      registered[origin] = addMoney(registered[origin], capital);
      if (p.type === 'production_business') tenants.add(p.enterpriseId ?? `project:${p.id}`);
      if (origin === 'FDI') {
        const list = listOn(sharesOf.get(p.id), asOf);
        const country = (list && mainPartnerCountry(ruleInvestors(list), list.validFrom)?.country) || 'VN';
        const c = byCountry.get(country) ?? { projects: 0, amount: money(0, 'USD') };
        byCountry.set(country, { projects: c.projects + 1, amount: addMoney(c.amount, capital) });
      }
      const sector = p.sectors[0] ?? '';
      const s = bySector.get(sector) ?? { projects: 0, fdi: 0, ddi: 0 };
      bySector.set(sector, {
        projects: s.projects + 1,
        fdi: s.fdi + (origin === 'FDI' ? 1 : 0),
        ddi: s.ddi + (origin === 'DDI' ? 1 : 0),
      });
    }

    // ——— Realised capital: periods ended by the day, origin at each period's end ———
    const realisedTotal = { ...zero };
    const realisedByYear = new Map<number, Record<CapitalOriginKind, Money>>();
    for (const { row } of realised) {
      const period = parsePeriod(row.period);
      const end = periodEnd(period);
      if (end > asOf) continue;
      const origin = originOn(row.projectId, end);
      const m = await toForm({ value: row.amount, currency: row.currency as Currency }, origin, end);
      realisedTotal[origin] = addMoney(realisedTotal[origin], m);
      const year = realisedByYear.get(period.year) ?? { ...zero };
      year[origin] = addMoney(year[origin], m);
      realisedByYear.set(period.year, year);
    }

    // ——— By year: what the forms count as new, increased and decreased in each year ———
    const lastYear = Number(asOf.slice(0, 4));
    const firstDates = rows.flatMap((p) => eventsOf(p.id).map((e) => e.date)).filter((d) => d <= asOf);
    const years = [...firstDates.map((d) => Number(d.slice(0, 4))), ...realisedByYear.keys()];
    const firstYear = years.length ? Math.min(...years) : lastYear + 1;
    const byYear: ProjectProfile['byYear'] = [];
    for (let year = firstYear; year <= lastYear; year++) {
      const from = `${year}-01-01`;
      const to = year === lastYear ? asOf : `${year}-12-31`;
      const active: ProjectCertificates[] = rows
        .filter((p) => eventsOf(p.id).some((e) => e.date >= from && e.date <= to))
        .map((p) => ({ projectId: p.id, origin: originOn(p.id, to), events: eventsOf(p.id) }));
      const needsRate = active.some((c) => {
        const issued = c.events.find((e) => e.kind === 'issued');
        return issued?.kind === 'issued' && issued.registeredCapital.currency !== formCurrency(c.origin);
      });
      const flows = periodFlows(active, { from, to }, needsRate ? { rate: await needRate(to) } : {});
      const net = (o: CapitalOriginKind): Money => {
        const f = flows[o];
        const up = add(parseDecimal(f.new.amount.value), parseDecimal(f.increased.amount.value));
        return { value: formatDecimal(sub(up, parseDecimal(f.decreased.amount.value))), currency: formCurrency(o) };
      };
      const realisedYear = realisedByYear.get(year) ?? zero;
      byYear.push({
        year,
        newProjects: flows.FDI.new.projects + flows.DDI.new.projects,
        registeredFdiMillionUsd: inFormUnit(net('FDI'), 'trieu_usd'),
        registeredDdiBillionVnd: inFormUnit(net('DDI'), 'ty_dong'),
        realisedFdiMillionUsd: inFormUnit(realisedYear.FDI, 'trieu_usd'),
        realisedDdiBillionVnd: inFormUnit(realisedYear.DDI, 'ty_dong'),
      });
    }

    const names = new Map(countries.map((c) => [c.alpha2, c.nameVi]));
    return {
      asOf,
      projects: { total: count.FDI + count.DDI, fdi: count.FDI, ddi: count.DDI, byStatus },
      tenants: tenants.size,
      registered: amounts(registered),
      realised: amounts(realisedTotal),
      byCountry: [...byCountry]
        .map(([country, c]) => ({
          country,
          nameVi: names.get(country) ?? country,
          projects: c.projects,
          registeredMillionUsd: inFormUnit(c.amount, 'trieu_usd'),
          exact: parseDecimal(c.amount.value),
        }))
        .sort((a, b) => compare(b.exact, a.exact) || (a.country < b.country ? -1 : 1))
        .map(({ exact, ...c }) => c),
      bySector: [...bySector]
        .map(([sector, s]) => ({ sector, ...s }))
        .sort((a, b) => b.projects - a.projects || (a.sector < b.sector ? -1 : 1)),
      byYear,
    };
  };
}
