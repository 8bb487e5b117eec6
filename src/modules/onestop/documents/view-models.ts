/**
 * What each one-stop form of Circular 03/2025/TT-VPCP (Annex I, forms 01–06) prints: plain typed
 * view models, so the renderers stay pure and the service decides what goes in them. Instants
 * are printed in Asia/Ho_Chi_Minh time.
 */
import type { Timeliness } from '../clock';

export type FormAgency = {
  /** The governing body printed above the agency ("UBND TỈNH BẮC NINH"), if any. */
  parent: string | null;
  /** The issuing agency ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BẮC NINH"). */
  name: string;
  /** The place name of the date line ("Bắc Ninh, ngày … tháng … năm …"). */
  place: string;
};

export type FormApplicant = {
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
};

/** Shared by every form: who issues it, for which dossier, when and by whom. */
export type DossierFormBase = {
  agency: FormAgency;
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  applicant: FormApplicant;
  /** When the form is issued (its date line). */
  issuedAt: Date;
  /** The officer who signs it. */
  officerName: string;
};

export type ReceiptSlip = DossierFormBase & {
  receivedAt: Date;
  dueAt: Date;
  /** The published limit as written ("10 ngày làm việc"). */
  limitText: string;
  documents: { name: string; copies: number; form: string }[];
  setsCount: number;
  returnPlace: string;
  /** The public tracking link encoded in the QR code. */
  trackingUrl: string;
};

export type SupplementRequest = DossierFormBase & {
  receivedAt: Date;
  /** What to add or correct, each with its reason. */
  items: { document: string; reason: string }[];
  /** Whether the request is at the desk (before receipt) or during appraisal (clock stops). */
  duringAppraisal: boolean;
};

export type Refusal = DossierFormBase & {
  receivedAt: Date;
  reasons: string[];
};

export type ExtensionApology = DossierFormBase & {
  receivedAt: Date;
  originalDueAt: Date;
  newDueAt: Date;
  reason: string;
};

export type StopNotice = DossierFormBase & {
  receivedAt: Date;
  reason: string;
  /** Whether the applicant asked for it (withdrawal) or the agency decided it. */
  requestedByApplicant: boolean;
};

/** One hand-over on the control slip: who gave, who received, when, and how the step went. */
export type ControlHandover = {
  step: string;
  fromName: string;
  toName: string;
  at: Date;
  dueAt: Date | null;
  timeliness: Timeliness | null;
  note: string | null;
};

export type ControlSlip = DossierFormBase & {
  receivedAt: Date;
  dueAt: Date;
  handovers: ControlHandover[];
};

export const TIMELINESS_VI: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};
