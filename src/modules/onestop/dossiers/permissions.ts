/**
 * Who may take each transition of a dossier (Decree 61/2018 Arts. 17–20): the applicant
 * enterprise acts on its own online dossiers; the desk and the units' officers receive, hand over
 * and process; the Board's leader assigns, decides, stops and signs the apology letter of the one
 * extension. Province scope is checked by the service (`authorize` with the dossier's province);
 * this table decides by role and by the dossier's own people (applicant, assigned officer).
 */
import { AppError } from '../../../kernel/errors';
import type { DossierAction, DossierChannel } from './states';

export type LifecycleRole = 'enterprise' | 'board_officer' | 'board_leader';

export type LifecycleActor = {
  id: string | null;
  role: string;
  /** The enterprise an enterprise account acts for. */
  enterpriseId: string | null;
};

type DossierPeople = {
  channel: DossierChannel;
  applicantEnterpriseId: string | null;
  officerId: string | null;
};

type Who = 'applicant' | 'desk' | 'assigned' | 'leader';

/**
 * - applicant: the applicant enterprise; for a paper dossier without an enterprise account the
 *   desk acts for the person who came (supplies, withdraws in writing);
 * - desk: any officer or leader of the Board;
 * - assigned: the officer the dossier is assigned to, or a leader;
 * - leader: a board leader only.
 */
export const WHO_MAY: Record<DossierAction, Who> = {
  submit_online: 'applicant',
  receive: 'desk',
  request_supplement_at_receipt: 'desk',
  refuse_at_receipt: 'desk',
  supply: 'applicant',
  transfer: 'desk',
  assign: 'leader',
  start_step: 'assigned',
  finish_step: 'assigned',
  consult: 'assigned',
  consultation_answered: 'assigned',
  request_supplement: 'assigned',
  extend: 'leader',
  stop: 'leader',
  withdraw: 'applicant',
  decide: 'leader',
  return_result: 'desk',
};

const isBoard = (role: string) => role === 'board_officer' || role === 'board_leader';

export function mayDo(actor: LifecycleActor, action: DossierAction, dossier: DossierPeople): boolean {
  switch (WHO_MAY[action]) {
    case 'applicant':
      if (actor.role === 'enterprise') {
        return actor.enterpriseId !== null && actor.enterpriseId === dossier.applicantEnterpriseId;
      }
      // The desk acts for an applicant who came in person or wrote; never for an online applicant.
      return isBoard(actor.role) && dossier.channel !== 'online' && action !== 'submit_online';
    case 'desk':
      return isBoard(actor.role);
    case 'assigned':
      return actor.role === 'board_leader' || (actor.role === 'board_officer' && actor.id === dossier.officerId);
    case 'leader':
      return actor.role === 'board_leader';
  }
}

const WHO_TEXT: Record<Who, { vi: string; en: string }> = {
  applicant: { vi: 'người nộp hồ sơ', en: 'the applicant' },
  desk: { vi: 'cán bộ của Ban Quản lý', en: 'an officer of the Board' },
  assigned: { vi: 'cán bộ được phân công xử lý hoặc lãnh đạo Ban', en: 'the assigned officer or a Board leader' },
  leader: { vi: 'lãnh đạo Ban Quản lý', en: 'a Board leader' },
};

export function assertMayDo(actor: LifecycleActor, action: DossierAction, dossier: DossierPeople): void {
  if (mayDo(actor, action, dossier)) return;
  const who = WHO_TEXT[WHO_MAY[action]];
  throw new AppError('FORBIDDEN', `Chỉ ${who.vi} được thực hiện thao tác này.`, `Only ${who.en} may do this.`);
}
