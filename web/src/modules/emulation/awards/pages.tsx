import { lazy, type ReactElement, type ReactNode } from 'react';
import { Route } from 'react-router';
import type { Translate } from '../../../app/i18n';
import { PATHS } from '../../../app/paths';
import { AwardsPanel } from './AwardsPanel';
import { ScoringPanel } from './ScoringPanel';

const UnitAwardsPage = lazy(() => import('./UnitAwardsPage').then((m) => ({ default: m.UnitAwardsPage })));
const RegisterPage = lazy(() => import('./RegisterPage').then((m) => ({ default: m.RegisterPage })));

/** The routes of scoring and awards, wrapped by the module's guard (readers of the emulation pages). */
export function emulationAwardPages(guarded: (page: ReactElement) => ReactNode): ReactElement[] {
  return [
    <Route
      key="emulation-unit-awards"
      path={`${PATHS.emulation}/don-vi/:id/khen-thuong`}
      element={guarded(<UnitAwardsPage />)}
    />,
    <Route key="emulation-register" path={`${PATHS.emulation}/so-khen-thuong`} element={guarded(<RegisterPage />)} />,
  ];
}

/** The block page's tabs for a year: scoring and ranking, then votes and awards. */
export function emulationAwardTabs(blockId: string, year: number, t: Translate) {
  return [
    { key: 'scoring', label: t('emulation.score.tab'), children: <ScoringPanel blockId={blockId} year={year} /> },
    { key: 'awards', label: t('emulation.award.tab'), children: <AwardsPanel blockId={blockId} year={year} /> },
  ];
}
