import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import type { BlockListQuery } from './contract';
import { listBlocks } from './use-cases/blocks';
import type { EmulationDeps } from './use-cases/common';

/** The emulation module's services: units and staff, blocks and the Club, rotation, movements and pacts. */
export function createEmulationService(deps: EmulationDeps) {
  return {
    listBlocks: (actor: Actor, q: z.infer<typeof BlockListQuery>) => listBlocks(deps, actor, q),
  };
}

export type EmulationService = ReturnType<typeof createEmulationService>;
