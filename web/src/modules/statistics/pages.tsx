import type { ReactElement } from 'react';

/** The client routes of this module, mounted inside the shell by app/routes.tsx. */
export function statisticsPages(): ReactElement[] {
  return [];
}
