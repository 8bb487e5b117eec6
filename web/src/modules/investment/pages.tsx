import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';
import { REGISTRY_READERS } from './abilities';

const ProjectsPage = lazy(() => import('./ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import('./ProjectPage').then((m) => ({ default: m.ProjectPage })));
const EnterprisesPage = lazy(() => import('./EnterprisesPage').then((m) => ({ default: m.EnterprisesPage })));
const EnterprisePage = lazy(() => import('./EnterprisePage').then((m) => ({ default: m.EnterprisePage })));
const InvestorsPage = lazy(() => import('./InvestorsPage').then((m) => ({ default: m.InvestorsPage })));
const InvestorPage = lazy(() => import('./InvestorsPage').then((m) => ({ default: m.InvestorPage })));
const ExchangeRatesPage = lazy(() => import('./ExchangeRatesPage').then((m) => ({ default: m.ExchangeRatesPage })));

/** Registry pages: signed-in roles that read the registry (the server still decides the scope). */
const guarded = (page: ReactElement) => (
  <RequireRole roles={REGISTRY_READERS}>
    <Suspense fallback={<PageLoading />}>{page}</Suspense>
  </RequireRole>
);

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function investmentPages(): ReactElement[] {
  return [
    <Route key="projects" path={PATHS.projects} element={guarded(<ProjectsPage />)} />,
    <Route key="project" path={`${PATHS.projects}/:id`} element={guarded(<ProjectPage />)} />,
    <Route key="enterprises" path={PATHS.enterprises} element={guarded(<EnterprisesPage />)} />,
    <Route key="investors" path={`${PATHS.enterprises}/nha-dau-tu`} element={guarded(<InvestorsPage />)} />,
    <Route key="investor" path={`${PATHS.enterprises}/nha-dau-tu/:id`} element={guarded(<InvestorPage />)} />,
    <Route key="rates" path={`${PATHS.enterprises}/ty-gia`} element={guarded(<ExchangeRatesPage />)} />,
    <Route key="enterprise" path={`${PATHS.enterprises}/:id`} element={guarded(<EnterprisePage />)} />,
  ];
}
