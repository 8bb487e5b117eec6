import type { FormDefinition } from './definition';
import { FORM_2102 } from './f2102';
import { FORM_2103 } from './f2103';
import { FORM_2105 } from './f2105';
import { FORM_2107 } from './f2107';
import { FORM_2108 } from './f2108';
import { FORM_2110 } from './f2110';
import { FORM_2111 } from './f2111';
import { FORM_2112 } from './f2112';

/** Forms computed from parks, economic zones, special zones and their land and plants: 2102, 2103, 2105, 2107, 2108, 2110–2112. */
export const PLACE_FORMS: readonly FormDefinition[] = [
  FORM_2102,
  FORM_2103,
  FORM_2105,
  FORM_2107,
  FORM_2108,
  FORM_2110,
  FORM_2111,
  FORM_2112,
];
