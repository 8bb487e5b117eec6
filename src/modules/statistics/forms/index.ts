import type { FormCode } from '../contract';
import type { FormDefinition } from './definition';
import { PLACE_FORMS } from './place-forms';
import { PROJECT_FORMS } from './project-forms';

export const FORMS: ReadonlyMap<FormCode, FormDefinition> = new Map(
  [...PROJECT_FORMS, ...PLACE_FORMS].map((f) => [f.code, f]),
);
