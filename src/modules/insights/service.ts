import type { Actor } from '../../platform/auth/actor';
import { briefingDocx } from './briefing-docx';
import { briefingPdf } from './briefing-pdf';
import type { BriefingQuery, Choropleth, DashboardQuery, DrillKey } from './contract';
import { briefingDrill, briefingFor, briefingSets } from './use-cases/briefing';
import { choroplethFor } from './use-cases/choropleth';
import { dashboardDrill, dashboardFor, dashboardTrends } from './use-cases/dashboard';
import { parkOptions } from './use-cases/park-options';
import type { InsightsDeps } from './use-cases/shared';

type Paging = { cell: DrillKey; page: number; pageSize: number };

/** File names without diacritics or spaces: "ban-tin-north30-2025-Q3.docx". */
const fileName = (q: BriefingQuery, ext: string) =>
  `ban-tin-${q.set.replace(/^(unit|group):/, '').replace(/[^a-zA-Z0-9-]/g, '-')}-${q.period}.${ext}`;

/** Briefings and dashboards: live reads of the registry and accepted reports, scoped per role. */
export function createInsightsService(deps: InsightsDeps) {
  return {
    briefingSets: (actor: Actor) => briefingSets(deps, actor),
    briefing: (actor: Actor, query: BriefingQuery) => briefingFor(deps, actor, query),
    briefingDrill: (actor: Actor, query: BriefingQuery & Paging) => briefingDrill(deps, actor, query),
    async briefingDocx(actor: Actor, query: BriefingQuery) {
      return { fileName: fileName(query, 'docx'), data: await briefingDocx(await briefingFor(deps, actor, query)) };
    },
    async briefingPdf(actor: Actor, query: BriefingQuery) {
      return { fileName: fileName(query, 'pdf'), data: await briefingPdf(await briefingFor(deps, actor, query)) };
    },
    dashboardParks: (actor: Actor, query: { province?: string }) => parkOptions(deps, actor, query),
    dashboard: (actor: Actor, query: DashboardQuery) => dashboardFor(deps, actor, query),
    dashboardTrends: (actor: Actor, query: DashboardQuery) => dashboardTrends(deps, actor, query),
    dashboardDrill: (actor: Actor, query: DashboardQuery & Paging) => dashboardDrill(deps, actor, query),
    choropleth: (actor: Actor, query: { period: string; indicator: Choropleth['indicator'] }) =>
      choroplethFor(deps, actor, query),
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
