import type { App } from './app';
import { systemActor } from './platform/auth/actor';

/** Loads every module's shipped reference data; each module skips files it has already loaded. */
export async function seedReferenceData(app: App): Promise<string[]> {
  const actor = systemActor('reference-seed');
  const loaded: string[] = [];
  loaded.push(...(await app.services.geo.loadReferenceData(actor)));
  loaded.push(...(await app.services.reference.loadReferenceData(actor)));
  loaded.push(...(await app.services.calendar.loadReferenceData(actor)));
  loaded.push(...(await app.services.onestop.loadReferenceData(actor)));
  loaded.push(...(await app.services.emulation.loadReferenceData(actor)));
  return loaded;
}
