import type { FormDefinition } from './definition';
import { F2101 } from './f2101';
import { F2104 } from './f2104';
import { F2106 } from './f2106';

/** Forms computed from projects, certificate events and accepted reports: 2101, 2104, 2106, 2109, 2113–2116. */
export const PROJECT_FORMS: readonly FormDefinition[] = [F2101, F2104, F2106];
