import { DEFAULT_STEPS, type FormWorkflow } from './workflow';

/**
 * The workflow versions of the national forms, as data (national-forms.md §C.4: "Make the workflow
 * per form configurable"). The SRS states the "> 2 steps" process CMCĐT_BCTK_04 for 2111–2116
 * (BQL officer → BQL leader → Cục Đầu tư nước ngoài) and no process for 2101–2110 [GAP], which it
 * expects to follow the same by analogy; so every form is on the default steps today, each group
 * with its own basis. A change (e.g. a form sent by the officer without the leader's approval) is a
 * new dated version here, which governs only submissions created from its first day.
 */
const CIRCULAR = {
  vi: 'Thông tư 19/2022/TT-BKHĐT (10/8/2022), Phụ lục V – chế độ báo cáo thống kê về quản lý KCN, KKT (Biểu 2101–2116.H.QLKKT)',
  en: 'Circular 19/2022/TT-BKHĐT (10 Aug 2022), Appendix V – statistical reporting on industrial parks and economic zones (forms 2101–2116.H.QLKKT)',
};

export const FORM_WORKFLOWS: readonly FormWorkflow[] = [
  {
    id: 'bctk04-2111-2116',
    process: 'CMCĐT_BCTK_04',
    name: {
      vi: 'Trên 2 bước: Ban lập – lãnh đạo Ban duyệt – Bộ tiếp nhận',
      en: 'More than 2 steps: Board prepares – leader approves – ministry receives',
    },
    forms: ['2111', '2112', '2113', '2114', '2115', '2116'],
    validFrom: '2022-08-10',
    validTo: null,
    basis: {
      vi: `${CIRCULAR.vi}; quy trình CMCĐT_BCTK_04 nêu trong đặc tả UC299–334 (Biểu 2111–2116): chuyên viên Ban lập biểu → lãnh đạo Ban phê duyệt và gửi → Cục Đầu tư nước ngoài tiếp nhận hoặc yêu cầu chỉnh sửa.`,
      en: `${CIRCULAR.en}; process CMCĐT_BCTK_04 stated in specification UC299–334 (forms 2111–2116): the Board's officer prepares → the Board's leader approves and sends → the Foreign Investment Agency accepts or asks for a revision.`,
    },
    ...DEFAULT_STEPS,
  },
  {
    id: 'bctk04-2101-2110',
    process: 'CMCĐT_BCTK_04',
    name: {
      vi: 'Trên 2 bước: Ban lập – lãnh đạo Ban duyệt – Bộ tiếp nhận',
      en: 'More than 2 steps: Board prepares – leader approves – ministry receives',
    },
    forms: ['2101', '2102', '2103', '2104', '2105', '2106', '2107', '2108', '2109', '2110'],
    validFrom: '2022-08-10',
    validTo: null,
    basis: {
      vi: `${CIRCULAR.vi}; đặc tả Biểu 2101–2110 không nêu quy trình, áp dụng như Biểu 2111–2116 (CMCĐT_BCTK_04) cho đến khi có quy định khác.`,
      en: `${CIRCULAR.en}; the specifications of forms 2101–2110 state no process, so they follow 2111–2116 (CMCĐT_BCTK_04) until a rule says otherwise.`,
    },
    ...DEFAULT_STEPS,
  },
];

const versionsOf = (code: string, catalogue: readonly FormWorkflow[]) =>
  catalogue.filter((w) => w.forms.includes(code)).sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/**
 * The version a submission of `code` created on `day` follows: the last one begun by that day (the
 * catalogue's windows are consecutive and the newest is open, see `workflowIssues`); a day before
 * the first version takes the first.
 */
export function workflowFor(code: string, day: string, catalogue: readonly FormWorkflow[] = FORM_WORKFLOWS) {
  const versions = versionsOf(code, catalogue);
  const begun = versions.filter((w) => w.validFrom <= day);
  const found = begun.at(-1) ?? versions[0];
  if (!found) throw new Error(`No workflow for form ${code}: the catalogue must cover every form`);
  return found;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * What is wrong with a catalogue for these forms: a form without a workflow, overlapping or
 * broken windows, a newest version that has ended, a leader step given to the preparer (the same
 * person would approve their own form), duplicate ids. Empty = usable.
 */
export function workflowIssues(catalogue: readonly FormWorkflow[], formCodes: readonly string[]): string[] {
  const issues: string[] = [];
  const ids = new Set<string>();
  for (const w of catalogue) {
    if (ids.has(w.id)) issues.push(`${w.id}: duplicate id`);
    ids.add(w.id);
    if (w.validTo !== null && w.validTo < w.validFrom) issues.push(`${w.id}: ends before it begins`);
    if (w.leaderApproval && w.who.approve === w.who.prepare) issues.push(`${w.id}: the preparer approves`);
    if (!w.basis.vi.trim() || !w.basis.en.trim()) issues.push(`${w.id}: no basis`);
  }
  for (const code of formCodes) {
    const versions = versionsOf(code, catalogue);
    if (versions.length === 0) {
      issues.push(`${code}: no workflow`);
      continue;
    }
    versions.forEach((w, i) => {
      const next = versions[i + 1];
      if (next && (w.validTo === null || nextDay(w.validTo) !== next.validFrom)) {
        issues.push(`${code}: ${w.id} and ${next.id} are not consecutive`);
      }
    });
    if (versions.at(-1)!.validTo !== null) issues.push(`${code}: the newest version has ended`);
  }
  return issues;
}
