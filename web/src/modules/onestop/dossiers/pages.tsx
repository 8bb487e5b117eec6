import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../../app/paths';

const DossiersPage = lazy(() => import('./DossiersPage').then((m) => ({ default: m.DossiersPage })));
const DossierPage = lazy(() => import('./DossierPage').then((m) => ({ default: m.DossierPage })));

/** "Hồ sơ thủ tục": an enterprise's own dossiers, a Board's work queue, and one dossier. */
export function dossierPages(): ReactElement[] {
  return [
    <Route key="dossiers" path={PATHS.dossiers} element={<DossiersPage />} />,
    <Route key="dossier" path={`${PATHS.dossiers}/:id`} element={<DossierPage />} />,
  ];
}
