import type { FormDefinition } from './definition';
import { F2101 } from './f2101';

/** Forms computed from projects, certificate events and accepted reports: 2101, 2104, 2106, 2109, 2113–2116. */
export const PROJECT_FORMS: readonly FormDefinition[] = [F2101];
