import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../app/paths';

const ParksListPage = lazy(() => import('./ParksListPage').then((m) => ({ default: m.ParksListPage })));
const ParksMapPage = lazy(() => import('./ParksMapPage').then((m) => ({ default: m.ParksMapPage })));
const ParkProfilePage = lazy(() => import('./ParkProfilePage').then((m) => ({ default: m.ParkProfilePage })));
const ZonesListPage = lazy(() => import('./ZonesListPage').then((m) => ({ default: m.ZonesListPage })));
const ZoneProfilePage = lazy(() => import('./ZoneProfilePage').then((m) => ({ default: m.ZoneProfilePage })));

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function zonesPages(): ReactElement[] {
  return [
    <Route key="parks" path={PATHS.parks} element={<ParksListPage />} />,
    <Route key="parks-map" path={`${PATHS.parks}/ban-do`} element={<ParksMapPage />} />,
    <Route key="park" path={`${PATHS.parks}/:id`} element={<ParkProfilePage />} />,
    <Route key="zones" path={PATHS.zones} element={<ZonesListPage />} />,
    <Route key="zone" path={`${PATHS.zones}/:id`} element={<ZoneProfilePage />} />,
  ];
}
