import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../app/paths';

const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
const BriefingPage = lazy(() => import('./BriefingPage').then((m) => ({ default: m.BriefingPage })));

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function insightsPages(): ReactElement[] {
  return [
    <Route key="dashboard" path={PATHS.dashboard} element={<DashboardPage />} />,
    <Route key="briefings" path={PATHS.briefings} element={<BriefingPage />} />,
  ];
}
