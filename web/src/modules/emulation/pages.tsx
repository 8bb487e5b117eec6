import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';

const BlocksPage = lazy(() => import('./BlocksPage').then((m) => ({ default: m.BlocksPage })));

/** The ministry and the Boards read the emulation pages. */
export const EMULATION_READERS = ['ministry', 'board_leader', 'board_officer'] as const;

const guarded = (page: ReactElement) => (
  <RequireRole roles={EMULATION_READERS}>
    <Suspense fallback={<PageLoading />}>{page}</Suspense>
  </RequireRole>
);

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function emulationPages(): ReactElement[] {
  return [<Route key="emulation" path={PATHS.emulation} element={guarded(<BlocksPage />)} />];
}
