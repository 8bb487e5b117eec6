import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../app/paths';

const ExchangePage = lazy(() => import('./ExchangePage').then((m) => ({ default: m.ExchangePage })));
const ListingPage = lazy(() => import('./ListingPage').then((m) => ({ default: m.ListingPage })));
const EcoReportPage = lazy(() => import('./reports/EcoReportPage').then((m) => ({ default: m.EcoReportPage })));
const EnterpriseEcoPage = lazy(() =>
  import('./overview/EnterpriseEcoPage').then((m) => ({ default: m.EnterpriseEcoPage })),
);
const ScorecardPage = lazy(() => import('./ScorecardPage').then((m) => ({ default: m.ScorecardPage })));

/** The client routes of the eco module, mounted inside the shell by app/routes.tsx. */
export function ecoPages(): ReactElement[] {
  return [
    <Route key="eco" path={PATHS.eco} element={<ExchangePage />} />,
    <Route key="eco-listing" path={`${PATHS.eco}/tin/:id`} element={<ListingPage />} />,
    <Route key="eco-scorecard" path={`${PATHS.eco}/danh-gia`} element={<ScorecardPage />} />,
    <Route key="eco-report" path={`${PATHS.eco}/bao-cao/:id`} element={<EcoReportPage />} />,
    <Route key="eco-enterprise" path={`${PATHS.eco}/doanh-nghiep/:id`} element={<EnterpriseEcoPage />} />,
  ];
}
