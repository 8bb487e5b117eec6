import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';

const ImportsPage = lazy(() => import('./ImportsPage').then((m) => ({ default: m.ImportsPage })));

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function importsPages(): ReactElement[] {
  return [
    <Route
      key="imports"
      path={PATHS.imports}
      element={
        // Boards record the registry (policy `registry:import`); the server checks every row's scope.
        <RequireRole roles={['board_leader', 'board_officer']}>
          <Suspense fallback={<PageLoading />}>
            <ImportsPage />
          </Suspense>
        </RequireRole>
      }
    />,
  ];
}
