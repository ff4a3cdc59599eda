/**
 * The database schema as Kysely sees it. Money columns are integer minor units (BIGINT); business dates
 * are ISO strings ('YYYY-MM-DD'; DATE on PostgreSQL, TEXT on SQLite); instants are ISO strings in UTC.
 * Rates are kept as the exact decimal text the lender gave. Booleans are 0/1 integers on both engines.
 *
 * Every account-owned table carries `account_id` (the internal numeric key) so the data shards by
 * account and the cycle can walk account-id ranges.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Id = Generated<number>;
type Flag = 0 | 1;

export interface PortfolioTable {
  portfolio_id: string;
  time_zone: string;
  /** JSON: the DPD bucket ladder, see domain/ageing. */
  buckets: string;
  /** JSON: life-cycle stage thresholds, see domain/ageing. */
  stages: string;
  created_at: string;
  /** The last business day a completed cycle run closed; a payment dated on or before it is late. */
  closed_through: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when the portfolio's contracts may carry annual rates above 1 (100 %). */
  allow_rates_above_one: ColumnType<Flag, Flag | undefined, Flag>;
  /** Days of the month that are paydays for its debtors, comma-separated (`5,10,15,28,30`). */
  paydays: ColumnType<string, string | undefined, string>;
  /** Days after a promise's due day that payments still count towards it. */
  promise_grace_days: ColumnType<number, number | undefined, number>;
  /** Days a plan instalment may stay unpaid past its due date before the plan is breached. */
  plan_breach_days: ColumnType<number, number | undefined, number>;
  /** The authority ladder as text (`team_lead=10%:6,manager=30%:12`); '' for the default. */
  authority: ColumnType<string, string | undefined, string>;
  /** The compliance rule pack its contacts are judged by (PACK_IDS). */
  compliance_pack: ColumnType<string, string | undefined, string>;
  /** JSON: the portfolio's tightening of the pack's parameters, keyed by rule id; '' for none. */
  compliance_params: ColumnType<string, string | undefined, string>;
  /** 'licensed' (24 % cost line) or 'private' (4 × one-year LPR at the contract date). */
  lender_kind: ColumnType<string, string | undefined, string>;
  /** JSON: the creditor's name, address and payment channels its letters print; '' for none. */
  letterhead: ColumnType<string, string | undefined, string>;
}

export interface PartyTable {
  id: Id;
  party_id: string;
  kind: string;
  name: string;
  id_number: string | null;
  segment: string | null;
  region: string | null;
  timezone: string | null;
  language: string | null;
  birth_date: string | null;
  occupation: string | null;
  employer: string | null;
  /** Comma-separated vulnerability flags (filled by later capabilities). */
  vulnerability: string | null;
  created_at: string;
  updated_at: string;
  /** Keyed hash (HMAC-SHA-256) of the normalised ID number: finds a party without decrypting. */
  id_number_index: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AccountTable {
  id: Id;
  account_id: string;
  portfolio_id: string;
  product: string;
  currency: string;
  opened_on: string;
  principal: number;
  annual_rate: string;
  penalty_uplift: string;
  late_fee: number;
  grace_days: number;
  allocation: string;
  day_count: string;
  cost_cap_rate: string | null;
  status: ColumnType<string, string | undefined, string>;
  // Places later capabilities hang on an account.
  assigned_to: string | null;
  grade: string | null;
  strategy_variant: string | null;
  /** The day the current collector got the account; rotation (人员交换) counts from it. */
  assigned_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** The strategy tier the account is worked at (primary, intermediate, senior). */
  tier: ColumnType<string | null, string | null | undefined, string | null>;
  /** The day the contract was notarized with an enforcement clause; NULL when not (or not known). */
  notarized_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when insurance covers the debt, 0 when not, NULL when unknown. */
  insured: ColumnType<Flag | null, Flag | null | undefined, Flag | null>;
  // Cached state, derived from the ledger by the cycle; always reconcilable.
  processed_through: string | null;
  dpd: ColumnType<number, number | undefined, number>;
  bucket: ColumnType<string, string | undefined, string>;
  stage: ColumnType<string, string | undefined, string>;
  oldest_unpaid_due_on: string | null;
  out_principal: ColumnType<number, number | undefined, number>;
  out_interest: ColumnType<number, number | undefined, number>;
  out_fee: ColumnType<number, number | undefined, number>;
  out_penalty: ColumnType<number, number | undefined, number>;
  out_late_fee: ColumnType<number, number | undefined, number>;
  past_due_total: ColumnType<number, number | undefined, number>;
  unapplied_credit: ColumnType<number, number | undefined, number>;
  /** Penalty interest plus late fees ever posted: the part of the cost cap the cycle adds. */
  posted_costs: ColumnType<number, number | undefined, number>;
  /** The earliest closed day a late-arriving instalment reaches back to; the cycle value-dates it. */
  replay_from: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

export interface InstallmentTable {
  account_id: number;
  installment_no: number;
  due_on: string;
  principal: number;
  interest: number;
  fee: number;
  // Charged by the cycle.
  penalty: ColumnType<number, number | undefined, number>;
  late_fee: ColumnType<number, number | undefined, number>;
  // Paid by allocation.
  paid_principal: ColumnType<number, number | undefined, number>;
  paid_interest: ColumnType<number, number | undefined, number>;
  paid_fee: ColumnType<number, number | undefined, number>;
  paid_penalty: ColumnType<number, number | undefined, number>;
  paid_late_fee: ColumnType<number, number | undefined, number>;
  /** 1 once the late-fee decision for this instalment was taken (charged, capped or not owed). */
  late_fee_decided: ColumnType<Flag, Flag | undefined, Flag>;
  /** Penalty interest accrued day by day and not yet posted to the ledger. */
  accrued_penalty: ColumnType<number, number | undefined, number>;
  /** First day of the open accrual; NULL when nothing is accrued. */
  accrued_from: ColumnType<string | null, string | null | undefined, string | null>;
  // Taken off without money by an arrangement: waived by a settlement, or moved into a plan's instalments.
  cleared_principal: ColumnType<number, number | undefined, number>;
  cleared_interest: ColumnType<number, number | undefined, number>;
  cleared_fee: ColumnType<number, number | undefined, number>;
  cleared_penalty: ColumnType<number, number | undefined, number>;
  cleared_late_fee: ColumnType<number, number | undefined, number>;
  /** The plan (arrangements.id) a plan instalment belongs to; NULL for the contract's own instalments. */
  arrangement_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** 1 while a plan instalment accrues no penalty (until its plan is breached). */
  penalty_free: ColumnType<Flag, Flag | undefined, Flag>;
}

export interface PaymentTable {
  id: Id;
  payment_id: string;
  account_id: number;
  paid_at: string;
  /** The calendar date of paid_at in the portfolio's time zone. */
  value_on: string;
  amount: number;
  currency: string;
  channel: string;
  payer_party_id: number | null;
  /** The business date the cycle allocated it; NULL while pending. */
  posted_on: string | null;
  created_at: string;
}

export interface LedgerEntryTable {
  id: Id;
  account_id: number;
  installment_no: number | null;
  posted_on: string;
  /** One of POSTING_KINDS (domain/ledger/ledger-types.ts). */
  kind: string;
  payment_id: number | null;
  /** The arrangement a waiver or reschedule entry carries out. */
  arrangement_id: ColumnType<number | null, number | null | undefined, number | null>;
  // Signed component amounts: charges are positive, allocations negative. Per instalment, the sum of a
  // component over all entries is what is still owed; over an account, the sum of `credit` is the
  // unapplied credit.
  principal: number;
  interest: number;
  fee: number;
  penalty: number;
  late_fee: number;
  credit: number;
  /** The days a penalty posting covers (inclusive); NULL on other entries. */
  accrued_from: ColumnType<string | null, string | null | undefined, string | null>;
  accrued_to: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Contract terms with the first day they apply: the history a replay of the ledger needs. */
export interface AccountTermsTable {
  account_id: number;
  effective_from: string;
  principal: number;
  annual_rate: string;
  penalty_uplift: string;
  late_fee: number;
  grace_days: number;
  allocation: string;
  day_count: string;
  cost_cap_rate: string | null;
  created_at: string;
}

export interface RelationTable {
  account_id: number;
  party_id: number;
  role: string;
  created_at: string;
}

export interface ContactPointTable {
  id: Id;
  party_id: number;
  type: string;
  value: string;
  verified: Flag;
  do_not_contact: Flag;
  created_at: string;
  updated_at: string;
  /** Keyed hash (HMAC-SHA-256) of the normalised value: finds a contact point without decrypting. */
  value_index: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CollateralTable {
  id: Id;
  collateral_id: string;
  account_id: number;
  type: string;
  description: string;
  value: number;
  currency: string;
  valued_on: string;
  created_at: string;
  updated_at: string;
}

export interface AccountHoldTable {
  id: Id;
  account_id: number;
  from_on: string;
  /** Inclusive; NULL while the hold is open-ended. */
  to_on: string | null;
  reason: string;
  created_at: string;
  /** One of HOLD_TYPES; every hold stops outreach, penalty interest and fees. */
  type: ColumnType<string, string | undefined, string>;
  placed_by: ColumnType<string | null, string | null | undefined, string | null>;
  lifted_by: ColumnType<string | null, string | null | undefined, string | null>;
  lifted_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Append-only event log; later capabilities hash-chain it (prev_hash → hash). */
export interface EventTable {
  id: Id;
  occurred_at: string;
  actor: string;
  kind: string;
  account_id: number | null;
  payload: string;
  prev_hash: string | null;
  hash: string | null;
}

export interface CycleRunTable {
  id: Id;
  as_of: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  /** JSON: per-step counts and milliseconds. */
  steps: string;
}

export interface AgingSnapshotTable {
  as_of: string;
  portfolio_id: string;
  currency: string;
  bucket: string;
  accounts: number;
  outstanding: number;
  past_due: number;
}

/** A team of the collection floor; `stages` lists the life-cycle stages it works (comma-separated). */
export interface TeamTable {
  team_id: string;
  name: string;
  lead_user_id: string | null;
  stages: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
}

/** A user: role, team, what they can work (comma-separated languages, regions, skills) and how much. */
export interface UserTable {
  user_id: string;
  name: string;
  role: string;
  team_id: string | null;
  languages: ColumnType<string, string | undefined, string>;
  regions: ColumnType<string, string | undefined, string>;
  skills: ColumnType<string, string | undefined, string>;
  /** Work items a day. */
  capacity: ColumnType<number, number | undefined, number>;
  active: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: string;
  updated_at: string;
}

/** Something that happened to a debtor or an account (an address change, a lawsuit, a death…). */
export interface WatchEventTable {
  id: Id;
  event_id: string;
  account_id: number;
  party_id: number | null;
  type: string;
  occurred_on: string;
  details: string | null;
  source: string | null;
  created_at: string;
}

/**
 * What the cycle knows about an account beyond its ledger, computed each day; a row is rewritten only when
 * something in it changed, and `as_of` is the last day it did. Strategies read these together with the
 * account's ageing and balances.
 */
export interface AccountFeaturesTable {
  account_id: number;
  as_of: string;
  /** The bucket on as_of: the next day's previous_bucket. */
  bucket: string | null;
  last_payment_on: string | null;
  /** Money received over the last 30 / 90 days, and money that fell due over them (minor units). */
  paid_30: number;
  paid_90: number;
  due_30: number;
  due_90: number;
  max_dpd_12m: number;
  /** The highest DPD of each of the last 13 months, `YYYY-MM:n` comma-separated: max_dpd_12m's memory. */
  dpd_peaks: string;
  rpc_30: number;
  attempts_30: number;
  last_rpc_on: string | null;
  promises_kept: number;
  promises_broken: number;
  arrangements_breached: number;
  collateral_value: number;
  has_collateral: Flag;
  has_guarantor: Flag;
  has_co_borrower: Flag;
  borrower_party_id: number | null;
  customer_type: string;
  language: string | null;
  region: string | null;
  time_zone: string | null;
  /** Watch-event types seen in the watch window, comma-separated. */
  watch: string;
  last_watch_on: string | null;
  /** The bucket the account was in before today's ageing: cure and roll-forward are read from it. */
  previous_bucket: string | null;
  /** The limitation period's last day as the features step found it; NULL without a clock. */
  limitation_expires_on: ColumnType<string | null, string | null | undefined, string | null>;
  tier: string | null;
  segment: string | null;
  strategy_version: number | null;
}

/** One version of the strategy document and where it is in the four-eyes life cycle. */
export interface StrategyVersionTable {
  version: number;
  name: string;
  /** The YAML exactly as submitted. */
  document: string;
  sha256: string;
  /** pending | active | retired | rejected */
  status: string;
  rollback_of: number | null;
  submitted_by: string;
  submitted_at: string;
  approved_by: string | null;
  approved_at: string | null;
  rejected_by: string | null;
  rejected_at: string | null;
  retired_at: string | null;
  note: string | null;
}

/** The explainable chance of payment by grade and bucket, recomputed by the cycle. */
export interface PaymentOddsTable {
  portfolio_id: string;
  grade: string;
  bucket: string;
  as_of: string;
  accounts: number;
  paying: number;
  /** Decimal text, e.g. `0.4375`. */
  probability: string;
}

/** A manual action someone must do on a day: a call, a visit, a review. */
export interface WorkItemTable {
  item_id: string;
  as_of: string;
  account_id: number;
  party_id: number | null;
  action: string;
  channel: string;
  /** The window in the party's local time with its offset (`2026-12-01T09:00:00+08:00`). */
  window_from: string;
  window_to: string;
  /** Expected recovery per minute of effort, in minor units. */
  priority: number;
  /** Position in the day's queue, 1 = first. */
  rank: number;
  assignee: string;
  /** The second field agent of a visit pair. */
  partner: string | null;
  reason: string;
  segment: string;
  variant: string | null;
  tier: string;
  grade: string;
  customer_type: string;
  template: string | null;
  tone: string | null;
  minutes: number;
  strategy_version: number;
  /** open | reassigned | done */
  status: string;
  created_at: string;
  updated_at: string;
}

/** An automatic message (sms, email, wechat, letter) the strategy plans; the outbox sends it. */
export interface PlannedMessageTable {
  message_id: string;
  as_of: string;
  account_id: number;
  party_id: number | null;
  channel: string;
  template: string | null;
  tone: string | null;
  window_from: string;
  window_to: string;
  segment: string;
  variant: string | null;
  strategy_version: number;
  /** One of MESSAGE_STATUSES (domain/outbox). */
  status: string;
  created_at: string;
  /** Delivery tries so far, and when the next may be made (backoff across runs). */
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<string | null, string | null | undefined, string | null>;
  sent_at: ColumnType<string | null, string | null | undefined, string | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  /** The provider's id for the delivery (SMTP message id, the HTTP gateway's id). */
  delivery_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** What was rendered and where it went, kept as sent. */
  recipient: ColumnType<string | null, string | null | undefined, string | null>;
  language: ColumnType<string | null, string | null | undefined, string | null>;
  subject: ColumnType<string | null, string | null | undefined, string | null>;
  body: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An account's stay in a strategy segment's variant, with when it cured or rolled forward. */
export interface VariantMemberTable {
  id: Id;
  account_id: number;
  strategy: string;
  segment: string;
  variant: string;
  entered_on: string;
  entry_bucket: string;
  entry_rank: number;
  left_on: string | null;
  cured_on: string | null;
  rolled_on: string | null;
}

/** Every contact attempt, conversation, visit, letter and note on an account. */
export interface ActivityTable {
  id: Id;
  activity_id: string;
  account_id: number;
  party_id: number | null;
  /** One of ACTIVITY_CHANNELS. */
  channel: string;
  /** One of DIRECTIONS. */
  direction: string;
  contact_point: string | null;
  /** Comma-separated user ids ('system' for the outbox). */
  staff: string;
  started_at: string;
  ended_at: string | null;
  /** The business day of started_at in the portfolio's time zone. */
  occurred_on: string;
  /** One of OUTCOMES. */
  outcome: string;
  /** One of EXCUSE_CATEGORIES. */
  excuse: string | null;
  note: string | null;
  /** Comma-separated evidence references. */
  evidence: string | null;
  work_item_id: string | null;
  message_id: string | null;
  /** One of ACTIVITY_SOURCES. */
  source: string;
  created_at: string;
  /** A visit's type (VISIT_TYPES); NULL for every other activity. */
  visit_type: ColumnType<string | null, string | null | undefined, string | null>;
  /** The recording that backs a visit: `sha256:<hex>` of a stored evidence file, or the lender's reference. */
  recording: ColumnType<string | null, string | null | undefined, string | null>;
  /** parties.id of who consented to the staff entering a home; NULL: no home was entered. */
  home_consent_by: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A promise to pay: an amount by a day (and time), judged by the cycle from the payments. */
export interface PromiseTable {
  id: Id;
  promise_id: string;
  account_id: number;
  party_id: number | null;
  amount: number;
  currency: string;
  due_on: string;
  /** 'HH:MM' local time in the portfolio's zone; null when only a day was named. */
  due_at: string | null;
  taken_at: string;
  taken_on: string;
  taken_by: string;
  channel: string | null;
  activity_id: string | null;
  /** One of PROMISE_STATUSES. */
  status: string;
  paid: ColumnType<number, number | undefined, number>;
  decided_on: string | null;
  created_at: string;
  updated_at: string;
}

/** A settlement, a plan or another arrangement, with its approval and life-cycle. */
export interface ArrangementTable {
  id: Id;
  arrangement_id: string;
  account_id: number;
  /** One of ARRANGEMENT_TYPES. */
  type: string;
  /** One of ARRANGEMENT_STATUSES. */
  status: string;
  /** JSON: the type's terms. */
  terms: string;
  /** JSON: the qualifying questions' answers. */
  answers: string | null;
  discount_bp: ColumnType<number, number | undefined, number>;
  plan_installments: ColumnType<number, number | undefined, number>;
  outstanding: ColumnType<number, number | undefined, number>;
  required_role: string | null;
  proposed_by: string;
  proposed_at: string;
  proposed_on: string;
  decided_by: string | null;
  decided_at: string | null;
  decided_on: string | null;
  effective_on: string | null;
  closed_on: string | null;
  counted: ColumnType<number, number | undefined, number>;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** A message template: one text per (template, channel, language), versioned as it is edited. */
export interface MessageTemplateTable {
  template_id: string;
  channel: string;
  language: string;
  tier: string | null;
  tone: string | null;
  subject: string | null;
  body: string;
  version: ColumnType<number, number | undefined, number>;
  updated_by: string;
  updated_at: string;
}

/** One version of the playbook: the YAML exactly as stored, who stored it and when. */
export interface PlaybookVersionTable {
  version: number;
  document: string;
  sha256: string;
  created_by: string;
  created_at: string;
}

export interface PartyRequestTable {
  id: Id;
  request_id: string;
  party_id: number;
  /** NULL: the request covers every account of the party. */
  account_id: number | null;
  /** One of PARTY_REQUEST_TYPES. */
  type: string;
  channel: string | null;
  requested_at: string;
  withdrawn_at: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

/** A contact the gate refused, or one let through by an override. */
export interface ContactBlockTable {
  id: Id;
  account_id: number;
  party_id: number | null;
  channel: string;
  /** queue | outbox | desk */
  source: string;
  attempted_at: string;
  business_day: string;
  /** JSON array of {id, verdict, citation, reason} for the rules that blocked or warned. */
  rules: string;
  next_allowed_at: string | null;
  work_item_id: string | null;
  message_id: string | null;
  override_id: string | null;
  actor: string;
  created_at: string;
}

export interface ComplianceOverrideTable {
  id: Id;
  override_id: string;
  account_id: number;
  party_id: number | null;
  rule_id: string;
  reason: string;
  granted_by: string;
  role: string;
  granted_at: string;
  expires_at: string;
  created_at: string;
}

/** The id of the key personal data is encrypted with (never the key): one row per purpose. */
export interface PersonalDataKeyTable {
  /** 'personal_data' */
  purpose: string;
  key_id: string;
  registered_at: string;
}

/** The head of the hash chain over `events`: appenders lock it. */
export interface AuditHeadTable {
  chain: string;
  last_id: number;
  last_hash: string;
}

export interface EvidenceFileTable {
  sha256: string;
  size: number;
  media_type: string;
  name: string;
  /** recording | photo | letter | notice | document */
  kind: string;
  stored_by: string;
  stored_at: string;
  retain_until: string;
  purged_at: string | null;
  purged_by: string | null;
}

export interface EvidenceLinkTable {
  id: Id;
  sha256: string;
  account_id: number;
  activity_id: string | null;
  created_at: string;
}

/** What restarts or waives the limitation clock, recorded as it happened. */
export interface LegalEventTable {
  id: Id;
  event_id: string;
  account_id: number;
  type: string;
  occurred_on: string;
  method: string | null;
  activity_id: string | null;
  evidence: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export interface LegalCaseTable {
  id: Id;
  case_id: string;
  account_id: number;
  /** notarized_enforcement | lawsuit | arbitration */
  kind: string;
  status: string;
  opened_on: string;
  forum: string | null;
  reference: string | null;
  deadline_on: string | null;
  claim_amount: ColumnType<number, number | undefined, number>;
  /** JSON: the claim by component and the day it was measured; NULL until the claim is fixed. */
  claim_detail: ColumnType<string | null, string | null | undefined, string | null>;
  costs: ColumnType<number, number | undefined, number>;
  judgment_on: string | null;
  judgment_amount: number | null;
  recovered: ColumnType<number, number | undefined, number>;
  closed_on: string | null;
  documents: string | null;
  note: string | null;
  opened_by: string;
  created_at: string;
  updated_at: string;
}

export interface RestrictionTable {
  id: Id;
  restriction_id: string;
  account_id: number;
  party_id: number;
  /** blacklist | stop_new_credit | credit_bureau */
  type: string;
  status: string;
  notice_sent_on: string | null;
  effective_on: string | null;
  lifted_on: string | null;
  lifted_reason: string | null;
  placed_by: string;
  created_at: string;
  updated_at: string;
}

/** A letter or notice sent to a debtor, with the figures it stated and its PDF's hash. */
export interface LetterTable {
  id: Id;
  letter_id: string;
  account_id: number;
  party_id: number;
  /** One of LETTER_KINDS (domain/letter/letter-codes.ts). */
  kind: string;
  language: string;
  letter_date: string;
  respond_by: string | null;
  currency: string;
  amount_due: number;
  outstanding: number;
  activity_id: string;
  sha256: string;
  issued_by: string;
  created_at: string;
  /** The day delivery was proven, how (DELIVERY_METHODS) and the proof's evidence hash; NULL until then. */
  delivered_on: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_method: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_evidence: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface Schema {
  portfolios: PortfolioTable;
  parties: PartyTable;
  accounts: AccountTable;
  installments: InstallmentTable;
  payments: PaymentTable;
  ledger_entries: LedgerEntryTable;
  relations: RelationTable;
  contact_points: ContactPointTable;
  collateral: CollateralTable;
  account_holds: AccountHoldTable;
  account_terms: AccountTermsTable;
  events: EventTable;
  cycle_runs: CycleRunTable;
  aging_snapshots: AgingSnapshotTable;
  teams: TeamTable;
  users: UserTable;
  watch_events: WatchEventTable;
  account_features: AccountFeaturesTable;
  strategy_versions: StrategyVersionTable;
  payment_odds: PaymentOddsTable;
  work_items: WorkItemTable;
  planned_messages: PlannedMessageTable;
  variant_members: VariantMemberTable;
  activities: ActivityTable;
  promises: PromiseTable;
  arrangements: ArrangementTable;
  message_templates: MessageTemplateTable;
  playbook_versions: PlaybookVersionTable;
  party_requests: PartyRequestTable;
  contact_blocks: ContactBlockTable;
  compliance_overrides: ComplianceOverrideTable;
  audit_head: AuditHeadTable;
  personal_data_keys: PersonalDataKeyTable;
  evidence_files: EvidenceFileTable;
  evidence_links: EvidenceLinkTable;
  legal_events: LegalEventTable;
  legal_cases: LegalCaseTable;
  restrictions: RestrictionTable;
  letters: LetterTable;
}

export type AccountRow = Selectable<AccountTable>;
export type InstallmentRow = Selectable<InstallmentTable>;
export type PaymentRow = Selectable<PaymentTable>;
export type AccountHoldRow = Selectable<AccountHoldTable>;
export type LedgerEntryRow = Selectable<LedgerEntryTable>;
export type AccountTermsRow = Selectable<AccountTermsTable>;
export type PortfolioRow = Selectable<PortfolioTable>;
export type NewLedgerEntry = Insertable<LedgerEntryTable>;
