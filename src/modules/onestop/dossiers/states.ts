/**
 * The state model of a one-stop dossier (hồ sơ) and its mapping to the national public-service
 * portal's status codes 1–10 (shared/domain onestop-emulation A1.4, TD.DichVuCongApi
 * `FormatTrangThaiHoSoDVCQG.cs`). Pure, shared with the web and the documents/KPI code.
 *
 * A dossier is created either by an enterprise submitting online (`submitted`) or by the desk
 * recording a paper dossier with one of the three receipt outcomes of Decree 61/2018 Art. 17
 * (received, supplement requested, refused). The legal clock runs only from receipt.
 */

export const DOSSIER_STATES = [
  /** Submitted online, awaiting the one-stop unit's completeness check. */
  'submitted',
  /** Incomplete at receipt: the applicant was told once and fully what to add (form 02). No clock yet. */
  'supplement_at_receipt',
  /** Refused at receipt with a reason (form 03). Final. */
  'refused_at_receipt',
  /** Received (form 01 receipt and appointment slip issued); the clock runs; awaiting assignment. */
  'received',
  /** Assigned to an officer of the competent unit and being processed step by step. */
  'in_process',
  /** Supplement requested during appraisal (form 02); the clock is paused until it is complete. */
  'supplement_in_process',
  /** The applicant withdrew the dossier. Final. */
  'withdrawn',
  /** Processing stopped by the Board (form 05). Final. */
  'stopped',
  /** Decided (granted, or refused after appraisal): the result is ready to be returned. */
  'decided',
  /** The result was returned to the applicant. Final. */
  'returned',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const FINAL_STATES: readonly DossierState[] = ['refused_at_receipt', 'withdrawn', 'stopped', 'returned'];

/** States in which the legal clock has started (the dossier was received). */
export const CLOCKED_STATES: readonly DossierState[] = [
  'received',
  'in_process',
  'supplement_in_process',
  'decided',
  'returned',
  'stopped',
  'withdrawn',
];

export type PortalStatus = {
  /** National portal (Cổng DVCQG) status code 1–10. */
  code: number;
  vi: string;
  en: string;
  /** The string the national portal sync uses for the code. */
  sync: string;
};

const PORTAL: Record<number, Omit<PortalStatus, 'code'>> = {
  1: { vi: 'Mới đăng ký', en: 'Submitted', sync: 'receiving' },
  2: { vi: 'Được tiếp nhận', en: 'Received', sync: 'new' },
  3: { vi: 'Không được tiếp nhận', en: 'Refused at receipt', sync: 'denied' },
  4: { vi: 'Đang xử lý', en: 'In process', sync: 'processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested', sync: 'waiting' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting financial obligation', sync: 'paying' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawal requested', sync: 'cancelled' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped', sync: 'unresolved' },
  9: { vi: 'Đã xử lý xong', en: 'Decided, result ready', sync: 'releasing' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned', sync: 'done' },
};

/**
 * Every state's national code. Both supplement states are code 5 (the portal keeps the phase as a
 * sub-state). Code 6 (fees) has no state: fees are not collected through IZA.
 */
export const PORTAL_CODE_OF: Record<DossierState, number> = {
  submitted: 1,
  received: 2,
  refused_at_receipt: 3,
  in_process: 4,
  supplement_at_receipt: 5,
  supplement_in_process: 5,
  withdrawn: 7,
  stopped: 8,
  decided: 9,
  returned: 10,
};

export function portalStatusOf(state: DossierState): PortalStatus {
  const code = PORTAL_CODE_OF[state];
  return { code, ...PORTAL[code]! };
}

/** Vietnamese and English labels of each state as IZA shows them. */
export const DOSSIER_STATE_LABELS: Record<DossierState, { vi: string; en: string }> = {
  submitted: { vi: 'Mới nộp trực tuyến, chờ tiếp nhận', en: 'Submitted online, awaiting receipt' },
  supplement_at_receipt: { vi: 'Yêu cầu bổ sung khi tiếp nhận', en: 'Supplement requested at receipt' },
  refused_at_receipt: { vi: 'Từ chối tiếp nhận', en: 'Refused at receipt' },
  received: { vi: 'Đã tiếp nhận, chờ phân công', en: 'Received, awaiting assignment' },
  in_process: { vi: 'Đang xử lý', en: 'In process' },
  supplement_in_process: { vi: 'Yêu cầu bổ sung khi thẩm định', en: 'Supplement requested during appraisal' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng giải quyết', en: 'Processing stopped' },
  decided: { vi: 'Đã có kết quả, chờ trả', en: 'Decided, awaiting return' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const CHANNELS = ['online', 'in_person', 'post'] as const;
export type DossierChannel = (typeof CHANNELS)[number];

/**
 * Units of a Board a dossier moves between (Decree 35/2022 Art. 70: multi-sector divisions). The
 * one-stop desk receives; a competent division processes; the office returns results.
 */
export const BOARD_UNITS = ['one_stop', 'investment', 'labour', 'environment', 'planning', 'enterprise'] as const;
export type BoardUnit = (typeof BOARD_UNITS)[number];
export const BOARD_UNIT_LABELS: Record<BoardUnit, { vi: string; en: string }> = {
  one_stop: { vi: 'Bộ phận Một cửa', en: 'One-stop desk' },
  investment: { vi: 'Phòng Quản lý đầu tư', en: 'Investment division' },
  labour: { vi: 'Phòng Quản lý lao động', en: 'Labour division' },
  environment: { vi: 'Phòng Quản lý tài nguyên và môi trường', en: 'Environment division' },
  planning: { vi: 'Phòng Quản lý quy hoạch và xây dựng', en: 'Planning and construction division' },
  enterprise: { vi: 'Phòng Quản lý doanh nghiệp', en: 'Enterprise division' },
};

/** Outcome of a decided dossier. */
export const RESULTS = ['granted', 'refused'] as const;
export type DossierResult = (typeof RESULTS)[number];

/**
 * Every transition a dossier can take; `dossier_events.type` holds one of these. Forms follow
 * them: receive → 01 receipt slip; request_supplement(_at_receipt) → 02; refuse_at_receipt → 03;
 * extend → 04 apology and extension; stop → 05; every hand-over (receive, transfer, assign,
 * step_*, decide, return_result) → a line of the 06 control slip.
 */
export const DOSSIER_ACTIONS = [
  /** Enterprise: creates the dossier online (state submitted). */
  'submit_online',
  /** Desk: a paper dossier received (state received), or the online one accepted after checking. */
  'receive',
  /** Desk: incomplete at receipt; everything missing stated at once (form 02). */
  'request_supplement_at_receipt',
  /** Desk: refused at receipt with a reason (form 03). */
  'refuse_at_receipt',
  /** Applicant (or the desk for a walk-in applicant): the requested documents are supplied. */
  'supply',
  /** Hand-over to another unit (same working day, or next morning when received after 15:00). */
  'transfer',
  /** The unit's leader assigns an officer. */
  'assign',
  /** A processing step of the procedure begins / ends (own time budget; control slip). */
  'start_step',
  'finish_step',
  /** Consultation of another body with its own deadline, and its answer. */
  'consult',
  'consultation_answered',
  /** Supplement during appraisal, within 3 working days of receipt; the clock pauses. */
  'request_supplement',
  /** The one extension with an apology letter, at least one working day before the due date (form 04). */
  'extend',
  /** The Board stops processing (form 05). */
  'stop',
  /** The applicant withdraws the dossier. */
  'withdraw',
  /** The leader decides: granted (the result; registry write) or refused after appraisal. */
  'decide',
  /** The result is handed to the applicant. */
  'return_result',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_ACTION_LABELS: Record<DossierAction, { vi: string; en: string }> = {
  submit_online: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the dossier' },
  request_supplement_at_receipt: { vi: 'Yêu cầu bổ sung khi tiếp nhận', en: 'Request a supplement at receipt' },
  refuse_at_receipt: { vi: 'Từ chối tiếp nhận', en: 'Refuse at receipt' },
  supply: { vi: 'Nộp bổ sung hồ sơ', en: 'Supply the requested documents' },
  transfer: { vi: 'Chuyển hồ sơ sang đơn vị khác', en: 'Transfer to another unit' },
  assign: { vi: 'Phân công cán bộ xử lý', en: 'Assign an officer' },
  start_step: { vi: 'Bắt đầu bước xử lý', en: 'Start a processing step' },
  finish_step: { vi: 'Hoàn thành bước xử lý', en: 'Finish a processing step' },
  consult: { vi: 'Lấy ý kiến cơ quan liên quan', en: 'Consult another body' },
  consultation_answered: { vi: 'Ghi nhận ý kiến trả lời', en: 'Record a consultation answer' },
  request_supplement: { vi: 'Yêu cầu bổ sung khi thẩm định', en: 'Request a supplement during appraisal' },
  extend: { vi: 'Xin lỗi và gia hạn thời gian giải quyết', en: 'Apologise and extend the time limit' },
  stop: { vi: 'Dừng giải quyết hồ sơ', en: 'Stop processing' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw the dossier' },
  decide: { vi: 'Quyết định kết quả', en: 'Decide' },
  return_result: { vi: 'Trả kết quả', en: 'Return the result' },
};
