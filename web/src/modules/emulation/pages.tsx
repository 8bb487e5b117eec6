import { lazy, type ReactElement, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PageLoading } from '../../ui/PageLoading';
import { emulationAwardPages } from './awards/pages';

const BlocksPage = lazy(() => import('./BlocksPage').then((m) => ({ default: m.BlocksPage })));
const BlockPage = lazy(() => import('./BlockPage').then((m) => ({ default: m.BlockPage })));
const ClubPage = lazy(() => import('./ClubPage').then((m) => ({ default: m.ClubPage })));
const FestivalPage = lazy(() => import('./FestivalPage').then((m) => ({ default: m.FestivalPage })));
const PublicFestivalPage = lazy(() => import('./PublicFestivalPage').then((m) => ({ default: m.PublicFestivalPage })));
const UnitPage = lazy(() => import('./UnitPage').then((m) => ({ default: m.UnitPage })));

/** The ministry and the Boards read the emulation pages. */
export const EMULATION_READERS = ['ministry', 'board_leader', 'board_officer'] as const;

const guarded = (page: ReactElement) => (
  <RequireRole roles={EMULATION_READERS}>
    <Suspense fallback={<PageLoading />}>{page}</Suspense>
  </RequireRole>
);

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function emulationPages(): ReactElement[] {
  return [
    <Route key="emulation" path={PATHS.emulation} element={guarded(<BlocksPage />)} />,
    <Route key="emulation-block" path={`${PATHS.emulation}/khoi/:id`} element={guarded(<BlockPage />)} />,
    <Route key="emulation-club" path={`${PATHS.emulation}/cau-lac-bo`} element={guarded(<ClubPage />)} />,
    <Route key="emulation-unit" path={`${PATHS.emulation}/don-vi/:id`} element={guarded(<UnitPage />)} />,
    ...emulationAwardPages(guarded),
    <Route key="emulation-festival" path={`${PATHS.emulation}/hoi-thao/:id`} element={guarded(<FestivalPage />)} />,
    // Festival results are public: no sign-in.
    <Route
      key="festival-public"
      path={`${PATHS.festivals}/:id`}
      element={
        <Suspense fallback={<PageLoading />}>
          <PublicFestivalPage />
        </Suspense>
      }
    />,
  ];
}
