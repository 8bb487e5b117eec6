import type { FormDefinition } from './definition';

/** Forms computed from parks, economic zones, special zones and their land and plants: 2102, 2103, 2105, 2107, 2108, 2110–2112. */
export const PLACE_FORMS: readonly FormDefinition[] = [];
