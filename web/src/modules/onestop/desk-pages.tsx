import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../app/paths';

const TrackingPage = lazy(() => import('./TrackingPage').then((m) => ({ default: m.TrackingPage })));
const KpiDashboardPage = lazy(() => import('./KpiDashboardPage').then((m) => ({ default: m.KpiDashboardPage })));

/** Public tracking (no sign-in) and the KPI dashboard (Boards and the ministry; the API checks the scope). */
export function deskPages(): ReactElement[] {
  return [
    <Route key="tracking" path={PATHS.tracking} element={<TrackingPage />} />,
    <Route key="tracking-code" path={`${PATHS.tracking}/:code`} element={<TrackingPage />} />,
    <Route key="onestop-kpis" path={PATHS.onestopKpis} element={<KpiDashboardPage />} />,
  ];
}
