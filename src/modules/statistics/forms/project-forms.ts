import type { FormDefinition } from './definition';
import { F2101 } from './f2101';
import { F2104 } from './f2104';
import { F2106 } from './f2106';
import { F2109 } from './f2109';
import { F2113 } from './f2113';
import { F2114 } from './f2114';
import { F2115 } from './f2115';
import { F2116 } from './f2116';

/** Forms computed from projects, certificate events and accepted reports: 2101, 2104, 2106, 2109, 2113–2116. */
export const PROJECT_FORMS: readonly FormDefinition[] = [F2101, F2104, F2106, F2109, F2113, F2114, F2115, F2116];
