/**
 * One-stop dossiers: submission, receipt, the lifecycle with its legal clock, the work queue,
 * documents, and results written into the registry in the deciding transaction.
 */
import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import type { ProcedureVersion } from '../contract';
import type { DossierDetail, ReceiveAtDeskBody, SubmitOnlineBody, TransitionBody } from './contract';
import type { DossierDeps } from './deps';
import { dossierDocumentUseCases } from './documents';
import { boardOfficers } from './officers';
import { dossierReads } from './read';
import { dossierWrites } from './write';

export function createDossierService(
  deps: DossierDeps,
  versionInForce: (code: string, at: Date) => Promise<{ id: string; definition: ProcedureVersion }>,
) {
  const reads = dossierReads(deps);
  const writes = dossierWrites(deps, versionInForce);
  const documents = dossierDocumentUseCases(deps);
  return {
    list: reads.list,
    detail: reads.detail,
    async submitOnline(actor: Actor, body: SubmitOnlineBody): Promise<DossierDetail> {
      const row = await writes.submitOnline(actor, body);
      return reads.detail(actor, row.id);
    },
    async receiveAtDesk(actor: Actor, body: ReceiveAtDeskBody): Promise<DossierDetail> {
      const row = await writes.receiveAtDesk(actor, body);
      return reads.detail(actor, row.id);
    },
    async transition(actor: Actor, id: string, body: TransitionBody): Promise<DossierDetail> {
      await writes.transition(actor, id, body);
      return reads.detail(actor, id);
    },
    /** The officers of the reader's Board (to assign a dossier to). */
    async officers(actor: Actor) {
      authorize(actor, 'dossier:process');
      if (actor.kind !== 'user' || !actor.scope.provinceCode) return { items: [] };
      return { items: await boardOfficers(deps.db, actor.scope.provinceCode) };
    },
    uploadDocument: documents.upload,
    downloadDocument: documents.download,
  };
}
export type DossierService = ReturnType<typeof createDossierService>;
