import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { ecoPages } from '../modules/eco/pages';
import { emulationPages } from '../modules/emulation/pages';
import { importsPages } from '../modules/imports/pages';
import { insightsPages } from '../modules/insights/pages';
import { investmentPages } from '../modules/investment/pages';
import { onestopPages } from '../modules/onestop/pages';
import { reportingPages } from '../modules/reporting/pages';
import { statisticsPages } from '../modules/statistics/pages';
import { zonesPages } from '../modules/zones/pages';
import { NotFoundPage } from '../ui/ErrorPages';
import { PageLoading } from '../ui/PageLoading';
import { setUnauthenticatedHandler } from './api';
import { RequireRole } from './guards';
import { PATHS, signInPath } from './paths';
import { Shell } from './Shell';
import { ME_KEY } from './session';

const MapPage = lazy(() => import('../modules/geo/MapPage').then((m) => ({ default: m.MapPage })));
const CalendarPage = lazy(() => import('../modules/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const AuditPage = lazy(() => import('../modules/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../modules/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const SignInPage = lazy(() => import('../modules/account/SignInPage').then((m) => ({ default: m.SignInPage })));

/** When a call finds the session gone, forget the user and ask them to sign in again. */
function useSessionEndedRedirect() {
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      client.setQueryData(ME_KEY, null);
      const here = window.location.pathname + window.location.search;
      if (!here.startsWith(PATHS.signIn)) navigate(signInPath(here), { replace: true });
    });
  }, [client, navigate]);
}

export function AppRoutes() {
  useSessionEndedRedirect();
  return (
    <Routes>
      <Route
        path={PATHS.signIn}
        element={
          <Suspense fallback={<PageLoading />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route element={<Shell />}>
        <Route index element={<Navigate to={PATHS.map} replace />} />
        <Route path={PATHS.map} element={<MapPage />} />
        <Route path={PATHS.calendar} element={<CalendarPage />} />
        {zonesPages()}
        {investmentPages()}
        {importsPages()}
        {reportingPages()}
        {statisticsPages()}
        {insightsPages()}
        {onestopPages()}
        {emulationPages()}
        {ecoPages()}
        <Route
          path={PATHS.audit}
          element={
            <RequireRole roles={['admin']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route
          path={PATHS.users}
          element={
            <RequireRole roles={['admin']}>
              <UsersPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
