import { and, type SQL } from 'drizzle-orm';
import { AppError } from '../../../kernel/errors';
import { FORM_UNITS, type ExchangeRate as PureRate } from '../../../kernel/money';
import { parsePeriod, periodCode, periodEnd, periodLabel, periodStart } from '../../../kernel/period';
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { CapitalOriginKind } from '../capital-origin';
import { DRILL_DOWN_LIMIT, type FlowsQuery, type PeriodFlowsResponse } from '../contract';
import { FORM_UNIT_OF, type OriginFlows, type ProjectCertificates, periodFlows } from '../period-flows';
import { projects } from '../schema';
import type { Ctx } from './common';
import type { exchangeRateUseCases } from './manage-exchange-rates';
import { loadEvents, loadInvestorsOn, originOf, rateOfRow } from './project-history';
import type { ProjectScope } from './project-scope';

const LINES = ['validAtStart', 'new', 'increased', 'decreased', 'ended', 'validAtEnd'] as const;
type LineName = (typeof LINES)[number];

/**
 * The national forms' flows (new, increased, decreased, ended, valid at either end) for one
 * period, FDI and DDI in form units, over the projects the actor may see (and the province
 * given, read at the end of the period), with the projects behind each line.
 */
export function periodFlowsUseCase(ctx: Ctx, scope: ProjectScope, rates: ReturnType<typeof exchangeRateUseCases>) {
  const { db } = ctx;

  return async function periodFlowsFor(actor: Actor, query: FlowsQuery): Promise<PeriodFlowsResponse> {
    authorize(actor, 'registry:read');
    const period = parsePeriod(query.period);
    const from = periodStart(period);
    const to = periodEnd(period);
    const conditions: SQL[] = [];
    const visible = await scope.visibleProjects(actor);
    if (visible !== 'all') conditions.push(visible);
    if (query.province) conditions.push(await scope.inProvince(query.province, to));
    const where = conditions.length ? and(...conditions) : undefined;

    const [rows, events, lists] = await Promise.all([
      db
        .select({ id: projects.id, origin: projects.originCache, currency: projects.currency })
        .from(projects)
        .where(where)
        .orderBy(projects.projectCode),
      loadEvents(db, where),
      loadInvestorsOn(db, where, to),
    ]);
    // The origin on the last day of the period (a change of investors can flip it).
    const certificates: ProjectCertificates[] = rows.map((r) => {
      const list = lists.get(r.id);
      let origin = r.origin as CapitalOriginKind;
      if (list) {
        try {
          origin = originOf(list).origin;
        } catch {
          // A list set before any FDI/DDI rule: the recorded origin stands.
        }
      }
      return { projectId: r.id, origin, events: (events.get(r.id) ?? []).map((s) => s.event) };
    });

    const needsRate = certificates.some((c) => {
      const first = c.events.find((e) => e.kind === 'issued');
      return (
        first?.kind === 'issued' && first.registeredCapital.currency !== FORM_UNITS[FORM_UNIT_OF[c.origin]].currency
      );
    });
    let rate: PureRate | undefined;
    if (needsRate) {
      const row = await rates.findRateOn('USD', 'VND', to);
      if (!row) {
        throw new AppError(
          'UNPROCESSABLE',
          `Có dự án ghi vốn bằng loại tiền khác với biểu mẫu (FDI: USD, DDI: VND); cần tỷ giá USD/VND của Ngân hàng Nhà nước đến ngày ${to}.`,
          `Some projects record capital in another currency than the form (FDI: USD, DDI: VND); a State Bank USD/VND rate on or before ${to} is needed.`,
        );
      }
      rate = rateOfRow(row);
    }
    const options = rate ? { rate } : {};
    const totals = periodFlows(certificates, { from, to }, options);

    const drill: Record<CapitalOriginKind, Record<LineName, string[]>> = {
      FDI: Object.fromEntries(LINES.map((l) => [l, []])) as unknown as Record<LineName, string[]>,
      DDI: Object.fromEntries(LINES.map((l) => [l, []])) as unknown as Record<LineName, string[]>,
    };
    for (const c of certificates) {
      const one = periodFlows([c], { from, to }, options)[c.origin];
      for (const line of LINES) if (one[line].projects > 0) drill[c.origin][line].push(c.projectId);
    }

    const view = (origin: CapitalOriginKind): PeriodFlowsResponse['FDI'] => {
      const flows: OriginFlows = totals[origin];
      const line = (name: LineName) => {
        const ids = drill[origin][name];
        const l = flows[name];
        return {
          projects: l.projects,
          amount: l.amount,
          value: l.value,
          projectIds: ids.slice(0, DRILL_DOWN_LIMIT),
          truncated: ids.length > DRILL_DOWN_LIMIT,
        };
      };
      const unit = FORM_UNITS[flows.unit];
      return {
        unit: flows.unit,
        unitLabel: { vi: unit.vi, en: unit.en },
        validAtStart: line('validAtStart'),
        new: line('new'),
        increased: line('increased'),
        decreased: line('decreased'),
        ended: { ...line('ended'), revoked: flows.ended.revoked, terminated: flows.ended.terminated },
        validAtEnd: line('validAtEnd'),
      };
    };
    return {
      period: periodCode(period),
      label: { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') },
      from,
      to,
      province: query.province ?? null,
      FDI: view('FDI'),
      DDI: view('DDI'),
      conversions: totals.conversions,
    };
  };
}
