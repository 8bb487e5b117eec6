import type { ImportKind } from '../contract';
import type { ImportDefinition } from '../definition';
import { certificateEventsImport } from './certificate-events';
import { enterprisesImport } from './enterprises';
import { investorsImport } from './investors';
import { parksImport } from './parks';
import { projectsImport } from './projects';
import { zonesImport } from './zones';

/** Every kind of import, by the name used in its URL. */
export const IMPORT_DEFINITIONS: Record<ImportKind, ImportDefinition> = {
  zones: zonesImport,
  parks: parksImport,
  enterprises: enterprisesImport,
  investors: investorsImport,
  projects: projectsImport,
  'certificate-events': certificateEventsImport,
};
