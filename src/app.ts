import type { FastifyServerOptions } from 'fastify';
import { createCalendarModule } from './modules/calendar/module';
import { createEcoModule } from './modules/eco/module';
import { createEmulationModule } from './modules/emulation/module';
import { createGeoModule } from './modules/geo/module';
import { createInsightsModule } from './modules/insights/module';
import { createInvestmentModule } from './modules/investment/module';
import { createOnestopModule } from './modules/onestop/module';
import { createDeskOutputsModule } from './modules/onestop/tracking/outputs-module';
import { createReferenceModule } from './modules/reference/module';
import { createRegistryIoModule } from './modules/registry-io/module';
import { createReportingModule } from './modules/reporting/module';
import { FORMS } from './modules/statistics/forms';
import { createStatisticsModule } from './modules/statistics/module';
import { createZonesModule } from './modules/zones/module';
import { auditRoutes } from './platform/audit/routes';
import { createAuditService } from './platform/audit/service';
import { authRoutes } from './platform/auth/routes';
import { type AuthSettings, createAuthService, DEFAULT_AUTH_SETTINGS } from './platform/auth/service';
import type { Config } from './platform/config';
import type { Database } from './platform/db/client';
import { buildHttpApp } from './platform/http/app';

export type AppDeps = {
  database: Database;
  config: Pick<Config, 'bodyLimitBytes' | 'secureCookies' | 'webDistDir'>;
  logger?: FastifyServerOptions['logger'];
  clock?: () => Date;
  authSettings?: Partial<AuthSettings>;
};

/** The composition root: every module is created here from the shared parts, and nowhere else. */
export async function createApp(deps: AppDeps) {
  const { database } = deps;
  const db = database.db;
  const clock = deps.clock ?? (() => new Date());
  const authSettings = { ...DEFAULT_AUTH_SETTINGS, ...deps.authSettings };
  const shared = { db, clock };

  const geo = createGeoModule(shared);
  const auth = createAuthService({ db, clock, settings: authSettings, provinceInForce: geo.service.provinceInForce });
  const audit = createAuditService(db);
  const calendar = createCalendarModule(shared);
  const reference = createReferenceModule(shared);
  // The park's infrastructure project is checked by the investment service, created just below.
  const zones = createZonesModule({
    ...shared,
    geo: geo.service,
    projects: (actor, id) => investment.service.getProject(actor, id),
  });
  const investment = createInvestmentModule({
    ...shared,
    geo: geo.service,
    zones: zones.service,
    reference: reference.service,
  });
  const registryIo = createRegistryIoModule({
    ...shared,
    geo: geo.service,
    reference: reference.service,
    zones: zones.service,
    investment: investment.service,
    log: (err, job) => http.log.error({ err, importJob: job.id, kind: job.kind }, 'import failed'),
  });

  const reporting = createReportingModule({
    ...shared,
    geo: geo.service,
    investment: investment.service,
    zones: zones.service,
    reference: reference.service,
  });

  const statistics = createStatisticsModule({ ...shared, geo: geo.service, audit, forms: FORMS });
  await statistics.service.dropKeptForms();

  const insights = createInsightsModule({ ...shared, geo: geo.service });

  const eco = createEcoModule({
    ...shared,
    zones: zones.service,
    investment: investment.service,
    reference: reference.service,
  });

  const onestop = createOnestopModule({
    ...shared,
    calendar: calendar.service,
    geo: geo.service,
    reference: reference.service,
  });

  const deskOutputs = createDeskOutputsModule({
    ...shared,
    geo: geo.service,
    calendar: calendar.service,
    onestop: onestop.service,
  });

  const emulation = createEmulationModule({ ...shared, geo: geo.service });

  const http = await buildHttpApp({
    database,
    auth,
    bodyLimitBytes: deps.config.bodyLimitBytes,
    logger: deps.logger ?? false,
    webDistDir: deps.config.webDistDir,
    modules: [
      async (app) => {
        await app.register(
          authRoutes(auth, { secureCookies: deps.config.secureCookies, sessionMaxHours: authSettings.sessionMaxHours }),
        );
        await app.register(auditRoutes(audit));
        await app.register(geo.routes);
        await app.register(calendar.routes);
        await app.register(reference.routes);
        await app.register(zones.routes);
        await app.register(investment.routes);
        await app.register(registryIo.routes);
        await app.register(insights.routes);
        await app.register(statistics.routes);
        await app.register(reporting.routes);
        await app.register(onestop.routes);
        await app.register(deskOutputs.routes);
        await app.register(eco.routes);
        await app.register(emulation.routes);
      },
    ],
  });

  return {
    http,
    services: {
      auth,
      audit,
      geo: geo.service,
      calendar: calendar.service,
      reference: reference.service,
      zones: zones.service,
      investment: investment.service,
      registryIo: registryIo.service,
      insights: insights.service,
      statistics: statistics.service,
      reporting: reporting.service,
      onestop: onestop.service,
      eco: eco.service,
      emulation: emulation.service,
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
