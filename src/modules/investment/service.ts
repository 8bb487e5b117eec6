import type { Currency } from '../../kernel/money';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { GeoService } from '../geo/service';
import type { ZonesService } from '../zones/service';
import type { UpdateInvestorBody } from './contract';
import type { Ctx } from './use-cases/common';
import { createProjectUseCase } from './use-cases/create-project';
import { forReportingUseCases } from './use-cases/for-reporting';
import { enterpriseUseCases } from './use-cases/manage-enterprises';
import { exchangeRateUseCases } from './use-cases/manage-exchange-rates';
import { investorUseCases } from './use-cases/manage-investors';
import { originPreviewUseCase } from './use-cases/origin-preview';
import { periodFlowsUseCase } from './use-cases/period-flows-for';
import { createPlaceScopes } from './use-cases/places';
import { type ProfileDeps, projectProfileUseCase } from './use-cases/project-profile';
import { projectScope } from './use-cases/project-scope';
import { projectReadUseCases } from './use-cases/read-projects';
import { readTrailUseCases } from './use-cases/read-trail';
import { realisedCapitalUseCases } from './use-cases/realised-capital';
import { recordCertificateEventUseCase, rederiveOrigins } from './use-cases/record-certificate-event';
import { updateProjectUseCase } from './use-cases/update-project';

/**
 * The investment registry's use cases (docs/registry-model.md): enterprises, investors, State
 * Bank rates, projects and their certificate events, period flows. Each one authorises first
 * (with the record's target once it is known) and writes in one audited transaction; the
 * projects' cached origin, status and capital are rewritten in that same transaction.
 */
export type InvestmentDeps = {
  db: Db;
  clock: () => Date;
  geo: GeoService;
  zones: ZonesService;
  /** Country names for the partner rows of the profile. */
  reference: ProfileDeps['reference'];
};

export function createInvestmentService(deps: InvestmentDeps) {
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
  const realised = realisedCapitalUseCases(ctx, scope, read);
  const trails = readTrailUseCases(ctx, scope, read, enterprises, investors);

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
    updateProject: updateProjectUseCase(ctx, scope, read),
    previewOrigin: originPreviewUseCase(ctx),
    projectProfile: projectProfileUseCase(ctx, scope, rates, { zones: deps.zones, reference: deps.reference }),

    listRealisedCapital: realised.listRealisedCapital,
    recordRealisedCapital: realised.recordRealisedCapital,
    removeRealisedCapital: realised.removeRealisedCapital,

    /** For the reporting module: project facts and targets, scope conditions, realised capital from reports. */
    reporting: forReportingUseCases(ctx, scope, read),

    projectTrail: trails.projectTrail,
    enterpriseTrail: trails.enterpriseTrail,
    investorTrail: trails.investorTrail,
  };
}
export type InvestmentService = ReturnType<typeof createInvestmentService>;
