import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';

const FormsPage = lazy(() => import('./FormsPage').then((m) => ({ default: m.FormsPage })));

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function statisticsPages(): ReactElement[] {
  return [
    <Route
      key="forms"
      path={PATHS.forms}
      element={
        // Policy `statistics:read`: the Boards (their province) and the ministry (any province, the country).
        <RequireRole roles={['ministry', 'board_leader', 'board_officer']}>
          <Suspense fallback={<PageLoading />}>
            <FormsPage />
          </Suspense>
        </RequireRole>
      }
    />,
  ];
}
