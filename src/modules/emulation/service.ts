import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import { loadIfChanged } from '../../platform/reference/versions';
import type {
  BlockListQuery,
  ConferenceDayBody,
  MovePersonBody,
  NewStaffBody,
  SetMembersBody,
  UnitListQuery,
} from './contract';
import type { ConferenceBody, MovementBody, PactBody, RegistrationBody, SignBody, TargetsBody } from './contract-cycle';
import type { AthleteBody, EventBody, FestivalBody, PrizesBody, ResultsBody } from './festivals/contract';
import { awardFestivalPrizes } from './festivals/prizes-service';
import { festivalRow, getFestival, listFestivals, publicFestival } from './festivals/read';
import { addAthlete, addEvent, createFestival, enterTeam, recordResults } from './festivals/write';
import { loadReference, REFERENCE_FILE, readReferenceFile } from './reference-data';
import { getBlock } from './use-cases/block-detail';
import { listBlocks } from './use-cases/blocks';
import type { EmulationDeps } from './use-cases/common';
import { conclusionsFile, createConference, listConferences, updateConference } from './use-cases/conferences';
import { blockWorkbook } from './use-cases/export';
import { rotateYear, setConferenceDay, setMembers } from './use-cases/memberships';
import { createMovement, listMovements, updateMovement } from './use-cases/movements';
import { draftPact, getPact, registerTargets, signPact } from './use-cases/pacts';
import { addRegistration, removeRegistration } from './use-cases/registrations';
import { addStaff, getUnit, listUnits, movePerson } from './use-cases/units';

/** The emulation module's services: units and staff, blocks and the Club, rotation, movements and pacts. */
export function createEmulationService(deps: EmulationDeps) {
  return {
    /** Boards, ministry departments, the regional blocks and the Club from data/emulation (after geo). */
    async loadReferenceData(actor: Actor): Promise<string[]> {
      const ix = await deps.geo.getIndex();
      const loaded = await loadIfChanged(
        deps.db,
        actor,
        'emulation.blocks',
        [REFERENCE_FILE],
        (tx) => loadReference(tx, ix, readReferenceFile()),
        deps.clock(),
      );
      return loaded ? ['emulation.blocks'] : [];
    },
    listBlocks: (actor: Actor, q: z.infer<typeof BlockListQuery>) => listBlocks(deps, actor, q),
    getBlock: (actor: Actor, id: string, year?: number) => getBlock(deps, actor, id, year),
    blockWorkbook: (actor: Actor, id: string) => blockWorkbook(deps, actor, id),
    setMembers: (actor: Actor, id: string, year: number, body: SetMembersBody) =>
      setMembers(deps, actor, id, year, body),
    rotateYear: (actor: Actor, id: string, year: number) => rotateYear(deps, actor, id, year),
    setConferenceDay: (actor: Actor, id: string, year: number, body: ConferenceDayBody) =>
      setConferenceDay(deps, actor, id, year, body),
    listUnits: (actor: Actor, q: z.infer<typeof UnitListQuery>) => listUnits(deps, actor, q),
    getUnit: (actor: Actor, id: string) => getUnit(deps, actor, id),
    addStaff: (actor: Actor, unitId: string, body: NewStaffBody) => addStaff(deps, actor, unitId, body),
    movePerson: (actor: Actor, personId: string, body: MovePersonBody) => movePerson(deps, actor, personId, body),
    listConferences: (actor: Actor, blockId: string) => listConferences(deps, actor, blockId),
    createConference: (actor: Actor, blockId: string, body: ConferenceBody) =>
      createConference(deps, actor, blockId, body),
    updateConference: (actor: Actor, id: string, body: ConferenceBody) => updateConference(deps, actor, id, body),
    conclusionsFile: (actor: Actor, id: string) => conclusionsFile(deps, actor, id),
    listMovements: (actor: Actor, blockId: string) => listMovements(deps, actor, blockId),
    createMovement: (actor: Actor, blockId: string, body: MovementBody) => createMovement(deps, actor, blockId, body),
    updateMovement: (actor: Actor, id: string, body: MovementBody) => updateMovement(deps, actor, id, body),
    getPact: (actor: Actor, blockId: string, year: number) => getPact(deps, actor, blockId, year),
    draftPact: (actor: Actor, blockId: string, year: number, body: z.infer<typeof PactBody>) =>
      draftPact(deps, actor, blockId, year, body),
    registerTargets: (actor: Actor, blockId: string, year: number, unitId: string, body: z.infer<typeof TargetsBody>) =>
      registerTargets(deps, actor, blockId, year, unitId, body),
    signPact: (actor: Actor, blockId: string, year: number, body: z.infer<typeof SignBody>) =>
      signPact(deps, actor, blockId, year, body),
    addRegistration: (actor: Actor, blockId: string, year: number, body: RegistrationBody) =>
      addRegistration(deps, actor, blockId, year, body),
    removeRegistration: (actor: Actor, id: string) => removeRegistration(deps, actor, id),
    listFestivals: (actor: Actor, blockId: string) => listFestivals(deps, actor, blockId),
    createFestival: (actor: Actor, blockId: string, body: FestivalBody) => createFestival(deps, actor, blockId, body),
    getFestival: (actor: Actor, id: string) => getFestival(deps, actor, id),
    addFestivalEvent: (actor: Actor, id: string, body: EventBody) => addEvent(deps, actor, id, body),
    enterTeam: (actor: Actor, id: string, unitId: string) => enterTeam(deps, actor, id, unitId),
    addAthlete: (actor: Actor, id: string, body: AthleteBody) => addAthlete(deps, actor, id, body),
    recordResults: (actor: Actor, id: string, eventId: string, body: ResultsBody) =>
      recordResults(deps, actor, id, eventId, body),
    awardFestivalPrizes: (actor: Actor, id: string, body: PrizesBody) => awardFestivalPrizes(deps, actor, id, body),
    /** The public results page: no sign-in, no athletes' names. */
    publicFestival: async (id: string) => publicFestival(deps, deps.db, await festivalRow(deps.db, id)),
  };
}

export type EmulationService = ReturnType<typeof createEmulationService>;
