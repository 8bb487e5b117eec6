import type { Currency } from '../../kernel/money';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import type { ZonesService } from '../zones/service';
import type { UpdateInvestorBody } from './contract';
import type { Ctx } from './use-cases/common';
import { createProjectUseCase } from './use-cases/create-project';
import { enterpriseUseCases } from './use-cases/manage-enterprises';
import { exchangeRateUseCases } from './use-cases/manage-exchange-rates';
import { investorUseCases } from './use-cases/manage-investors';
import { periodFlowsUseCase } from './use-cases/period-flows-for';
import { createPlaceScopes } from './use-cases/places';
import { projectScope } from './use-cases/project-scope';
import { projectReadUseCases } from './use-cases/read-projects';
import { recordCertificateEventUseCase, rederiveOrigins } from './use-cases/record-certificate-event';

/**
 * The investment registry's use cases (docs/registry-model.md): enterprises, investors, State
 * Bank rates, projects and their certificate events, period flows. Each one authorises first
 * (with the record's target once it is known) and writes in one audited transaction; the
 * projects' cached origin, status and capital are rewritten in that same transaction.
 */
export function createInvestmentService(deps: { db: Db; clock: () => Date; geo: GeoService; zones: ZonesService }) {
  const ctx: Ctx = {
    db: deps.db,
    clock: deps.clock,
    geo: deps.geo,
    places: createPlaceScopes({ geo: deps.geo, zones: deps.zones }),
  };
  const scope = projectScope(ctx);
  const enterprises = enterpriseUseCases(ctx);
  const investors = investorUseCases(ctx, scope);
  const rates = exchangeRateUseCases(ctx);
  const read = projectReadUseCases(ctx, scope);

  return {
    createEnterprise: enterprises.createEnterprise,
    updateEnterprise: enterprises.updateEnterprise,
    updateEnterpriseContact: enterprises.updateEnterpriseContact,
    getEnterprise: enterprises.getEnterprise,
    findEnterprises: enterprises.findEnterprises,

    createInvestor: investors.createInvestor,
    updateInvestor: (actor: Actor, id: string, input: UpdateInvestorBody) =>
      investors.updateInvestor(actor, id, input, rederiveOrigins),
    getInvestor: investors.getInvestor,
    findInvestors: investors.findInvestors,

    addExchangeRate: rates.addExchangeRate,
    listExchangeRates: rates.listExchangeRates,
    rateOn: (actor: Actor, from: Currency, to: Currency, date: string) => rates.rateOn(actor, from, to, date),

    createProject: createProjectUseCase(ctx, read),
    recordCertificateEvent: recordCertificateEventUseCase(ctx, scope, read, rates),
    getProject: read.getProject,
    listCertificateEvents: read.listEvents,
    findProjects: read.findProjects,
    periodFlowsFor: periodFlowsUseCase(ctx, scope, rates),
  };
}
export type InvestmentService = ReturnType<typeof createInvestmentService>;
