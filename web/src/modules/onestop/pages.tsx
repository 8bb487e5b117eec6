import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { PATHS } from '../../app/paths';
import { deskPages } from './desk-pages';
import { dossierPages } from './dossiers/pages';

const CataloguePage = lazy(() => import('./CataloguePage').then((m) => ({ default: m.CataloguePage })));
const ProcedurePage = lazy(() => import('./ProcedurePage').then((m) => ({ default: m.ProcedurePage })));

/** The client routes of this module, mounted inside the shell by app/routes.tsx; public (no sign-in). */
export function onestopPages(): ReactElement[] {
  return [
    <Route key="procedures" path={PATHS.procedures} element={<CataloguePage />} />,
    <Route key="procedure" path={`${PATHS.procedures}/:code`} element={<ProcedurePage />} />,
    ...deskPages(),
    ...dossierPages(),
  ];
}
