/**
 * The code lists of a legal case, defined once: its kinds, its statuses with their words, and the state
 * machine — which status may follow which, per kind. The use cases and the CLI derive from these and never
 * re-list them.
 *
 * The three routes (README "Legal cases and restrictions"):
 * - `notarized_enforcement` (公证债权文书强制执行, methodology method 29): a loan contract notarized with an
 *   enforcement clause goes to court for enforcement without a suit. The creditor asks the notary for the
 *   enforcement certificate (执行证书); with it, applies to the court that has jurisdiction, within 2 years
 *   of each instalment's last day for payment (民事诉讼法 (2023) art. 250; 最高人民法院关于公证债权文书执行若干
 *   问题的规定 (2018) art. 9). A notary who refuses the certificate ends this route: the creditor sues instead.
 * - `lawsuit` (诉讼, method 30): filed, accepted (立案), heard, judged, possibly appealed, then enforced.
 * - `arbitration` (仲裁): as a lawsuit, but an award is final (一裁终局): no appeal.
 *
 * Decisions, each with its reason:
 * - One list of statuses for all kinds, so a report can count cases by status across kinds; the kind
 *   decides which of them it passes through.
 * - A judgment and an arbitral award are one status, `judgment`: both fix the amount the debtor owes and
 *   open enforcement; the kind says which it was.
 * - `enforcement_suspended` is 终结本次执行程序 (the court found nothing to seize this round): the case goes
 *   back to `enforcement` when assets turn up, so it is not an end.
 * - `settled` (和解/调解) and `withdrawn` (撤诉/撤回申请) may end a case from any open status where they are
 *   possible; a case that ends cannot be reopened — a new case is opened instead, so every case's story
 *   stays as it happened.
 */

export const CASE_KINDS = ['notarized_enforcement', 'lawsuit', 'arbitration'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = [
  'preparing',
  'certificate_applied',
  'certificate_issued',
  'certificate_refused',
  'filed',
  'accepted',
  'not_accepted',
  'hearing',
  'judgment',
  'appeal',
  'enforcement',
  'enforcement_suspended',
  'closed',
  'settled',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses a case ends in: nothing follows them. */
export const FINAL_CASE_STATUSES: readonly CaseStatus[] = [
  'certificate_refused',
  'not_accepted',
  'closed',
  'settled',
  'withdrawn',
];

type Machine = Readonly<Partial<Record<CaseStatus, readonly CaseStatus[]>>>;

/** Ends open to a case once it has been started; before filing a case can only be dropped or settled. */
const ENDS = ['settled', 'withdrawn'] as const;

const COURT_STEPS = {
  filed: ['accepted', 'not_accepted', ...ENDS],
  accepted: ['hearing', 'judgment', ...ENDS],
  hearing: ['judgment', ...ENDS],
  enforcement: ['enforcement_suspended', 'closed', 'settled'],
  enforcement_suspended: ['enforcement', 'closed', 'settled'],
} as const satisfies Machine;

/** Which status may follow which, per kind. A status missing from a kind's map is one it never reaches. */
export const CASE_TRANSITIONS: Readonly<Record<CaseKind, Machine>> = {
  lawsuit: {
    preparing: ['filed', ...ENDS],
    ...COURT_STEPS,
    judgment: ['appeal', 'enforcement', 'closed', 'settled'],
    appeal: ['judgment', ...ENDS],
  },
  arbitration: {
    preparing: ['filed', ...ENDS],
    ...COURT_STEPS,
    judgment: ['enforcement', 'closed', 'settled'],
  },
  notarized_enforcement: {
    preparing: ['certificate_applied', ...ENDS],
    certificate_applied: ['certificate_issued', 'certificate_refused', ...ENDS],
    certificate_issued: ['filed', ...ENDS],
    filed: ['accepted', 'not_accepted', ...ENDS],
    accepted: ['enforcement', ...ENDS],
    enforcement: COURT_STEPS.enforcement,
    enforcement_suspended: COURT_STEPS.enforcement_suspended,
  },
};

/** The status every case starts in. */
export const FIRST_CASE_STATUS: CaseStatus = 'preparing';

export function isCaseKind(text: string): text is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(text);
}

export function isCaseStatus(text: string): text is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(text);
}

export function isFinalCaseStatus(status: string): boolean {
  return (FINAL_CASE_STATUSES as readonly string[]).includes(status);
}

/** The statuses that may follow `from` in a case of `kind` (none after a final status). */
export function nextCaseStatuses(kind: CaseKind, from: CaseStatus): readonly CaseStatus[] {
  return CASE_TRANSITIONS[kind][from] ?? [];
}

/** Statuses from which a case has been filed (with the court, the arbitration body, or for enforcement). */
export const FILED_STATUSES: readonly CaseStatus[] = [
  'filed',
  'accepted',
  'hearing',
  'judgment',
  'appeal',
  'enforcement',
  'enforcement_suspended',
];

/** Who runs legal work: opens and moves cases, places and lifts restrictions. */
export const LEGAL_ROLES = ['legal', 'manager', 'admin'] as const;

export type Words = { readonly en: string; readonly zh: string };

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, Words>> = {
  notarized_enforcement: { en: 'notarized enforcement', zh: '公证债权文书强制执行' },
  lawsuit: { en: 'lawsuit', zh: '诉讼' },
  arbitration: { en: 'arbitration', zh: '仲裁' },
};

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Words>> = {
  preparing: { en: 'preparing', zh: '准备材料' },
  certificate_applied: { en: 'enforcement certificate applied for', zh: '已申请执行证书' },
  certificate_issued: { en: 'enforcement certificate issued', zh: '已取得执行证书' },
  certificate_refused: { en: 'notary refused the certificate', zh: '公证机构不予出具执行证书' },
  filed: { en: 'filed', zh: '已提交' },
  accepted: { en: 'accepted', zh: '已立案' },
  not_accepted: { en: 'not accepted', zh: '不予受理' },
  hearing: { en: 'hearing', zh: '审理中' },
  judgment: { en: 'judgment or award', zh: '已判决/裁决' },
  appeal: { en: 'on appeal', zh: '上诉中' },
  enforcement: { en: 'enforcement', zh: '执行中' },
  enforcement_suspended: { en: 'enforcement ended for now (no assets found)', zh: '终结本次执行' },
  closed: { en: 'closed', zh: '已结案' },
  settled: { en: 'settled', zh: '已和解' },
  withdrawn: { en: 'withdrawn', zh: '已撤回' },
};
