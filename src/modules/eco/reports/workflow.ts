/**
 * The 2-step workflow of an eco report and who may take each step. The filer (the park's
 * developer for A.4/A.5, the enterprise itself for B.4/B.5) drafts and submits; the Board of the
 * park's province accepts or requests a revision with a reason; the filer then corrects and
 * resubmits. Pure: the policy decides the scope, this file the statuses and the filer's identity.
 */
import type { Actor } from '../../../platform/auth/actor';
import { isAllowed, type Target } from '../../../platform/auth/policy';
import type { EcoReportStatus } from './contract';
import type { EcoForm } from './types';

export type Step = 'edit' | 'submit' | 'accept' | 'request_revision';

export type ReportScope = {
  form: EcoForm;
  status: EcoReportStatus;
  provinceCode: string | null;
  /** The park's infrastructure developer. */
  developerId: string | null;
  /** Who files the report. */
  filerId: string;
};

/** Who may see the report: the filer, the park's developer (B.4 goes to it too, Art. 43.2), the Board, the ministry. */
export const readTarget = (r: Omit<ReportScope, 'status' | 'form'>): Target => ({
  kind: 'record',
  provinceCode: r.provinceCode,
  enterpriseIds: r.developerId ? [r.filerId, r.developerId] : [r.filerId],
});

/** Whether the actor is this report's filer: the right role, and the enterprise it acts for. */
export function isFiler(actor: Actor, r: Pick<ReportScope, 'form' | 'filerId' | 'developerId' | 'provinceCode'>) {
  if (actor.kind !== 'user') return false;
  const role = r.form.startsWith('A') ? 'developer' : 'enterprise';
  if (actor.role !== role || actor.scope.enterpriseId !== r.filerId) return false;
  if (role === 'developer' && r.developerId !== r.filerId) return false;
  return isAllowed(actor, 'eco_report:file', {
    kind: 'record',
    provinceCode: r.provinceCode,
    enterpriseIds: [r.filerId],
  });
}

const isReviewer = (actor: Actor, r: Pick<ReportScope, 'provinceCode'>) =>
  actor.kind === 'user' &&
  isAllowed(actor, 'eco_report:review', { kind: 'record', provinceCode: r.provinceCode, enterpriseIds: [] });

const FROM: Record<Step, readonly EcoReportStatus[]> = {
  edit: ['draft', 'revision_requested'],
  submit: ['draft', 'revision_requested'],
  accept: ['submitted'],
  request_revision: ['submitted', 'accepted'],
};

export const STATUS_AFTER: Record<Exclude<Step, 'edit'>, EcoReportStatus> = {
  submit: 'submitted',
  accept: 'accepted',
  request_revision: 'revision_requested',
};

export function allowedSteps(actor: Actor, r: ReportScope): Step[] {
  const filer = isFiler(actor, r);
  const reviewer = isReviewer(actor, r);
  return (Object.keys(FROM) as Step[]).filter((step) => {
    if (!FROM[step].includes(r.status)) return false;
    return step === 'edit' || step === 'submit' ? filer : reviewer;
  });
}

export const STATUS_LABELS: Record<EcoReportStatus, { vi: string; en: string }> = {
  draft: { vi: 'Lưu nháp', en: 'Draft' },
  submitted: { vi: 'Chờ tiếp nhận', en: 'Awaiting acceptance' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  revision_requested: { vi: 'Yêu cầu chỉnh sửa', en: 'Revision requested' },
};

/** The filing window of a reported year: opens after the year, deadline as configured in the version. */
export function windowOf(year: number, w: { opensMonthDay: string; deadlineMonthDay: string }) {
  return { opensOn: `${year + 1}-${w.opensMonthDay}`, deadline: `${year + 1}-${w.deadlineMonthDay}` };
}
