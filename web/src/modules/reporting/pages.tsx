import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { PageLoading } from '../../ui/PageLoading';
import { BOARDS, FILERS, READERS } from './labels';
// Its popstate listener must be in place before the router mounts (see history-guard.ts).
import './history-guard';

const FilerReportsPage = lazy(() => import('./FilerReportsPage').then((m) => ({ default: m.FilerReportsPage })));
const InboxPage = lazy(() => import('./InboxPage').then((m) => ({ default: m.InboxPage })));
const ReportRoute = lazy(() => import('./ReportRoute').then((m) => ({ default: m.ReportRoute })));
const BatchImportPage = lazy(() => import('./BatchImportPage').then((m) => ({ default: m.BatchImportPage })));
const CompletenessPage = lazy(() => import('./CompletenessPage').then((m) => ({ default: m.CompletenessPage })));

/** "Báo cáo định kỳ": an enterprise's own periods and reports; a Board's or the ministry's inbox. */
function ReportsHome() {
  const me = useMe().data;
  if (!me) return <PageLoading />;
  return FILERS.includes(me.role) ? <FilerReportsPage /> : <InboxPage />;
}

const guarded = (roles: typeof READERS, page: ReactElement) => (
  <RequireRole roles={roles}>
    <Suspense fallback={<PageLoading />}>{page}</Suspense>
  </RequireRole>
);

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function reportingPages(): ReactElement[] {
  return [
    <Route key="reports" path={PATHS.reports} element={guarded(READERS, <ReportsHome />)} />,
    <Route
      key="reports-completeness"
      path={`${PATHS.reports}/tinh-hinh-nop`}
      element={guarded([...BOARDS, 'ministry'], <CompletenessPage />)}
    />,
    <Route key="reports-batch" path={`${PATHS.reports}/nhap-excel`} element={guarded(BOARDS, <BatchImportPage />)} />,
    <Route key="report" path={`${PATHS.reports}/:id`} element={guarded(READERS, <ReportRoute />)} />,
  ];
}
