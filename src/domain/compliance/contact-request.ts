/**
 * What the gate is asked and what it answers: the request of `dunwell compliance check` (issue 8), already
 * checked and with every instant normalised to UTC (src/compliance/contact-request-schema.ts does that),
 * and the decision.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { Role } from '../party/party-codes.js';
import type {
  Bilingual,
  ContactDirection,
  GateChannel,
  HoldType,
  PackId,
  PartyRequestType,
  RuleKind,
  Verdict,
} from './compliance-codes.js';

export interface ContactAttempt {
  channel: GateChannel;
  party: { id: string; role: Role; timezones: string[] };
  debts: string[];
  /** The number, address or account dialled or written to; counts are per contact point. */
  contact_point: string | null;
  discloses_debt: boolean;
  text: string | null;
  staff: string[];
  /** The contact point is marked do-not-contact. */
  do_not_contact: boolean;
  /** The attempt is the validation notice itself (us-regf 1006.34). */
  validation_notice: boolean;
}

export interface PastContact {
  at: string;
  channel: GateChannel;
  party_id: string;
  debts: string[];
  contact_point: string | null;
  direction: ContactDirection;
  /** The call reached the number (it rang or was answered), as opposed to busy or out of service. */
  connected: boolean;
  /** Someone actually talked. */
  conversation: boolean;
}

export interface PartyRequest {
  type: PartyRequestType;
  at: string;
  party_id: string;
  channel: GateChannel | null;
}

export interface ContactHold {
  type: HoldType;
  from: IsoDate;
  /** Inclusive; null while open-ended. */
  until: IsoDate | null;
}

export interface ContactRequest {
  pack: PackId;
  /** UTC ISO instant. */
  now: string;
  attempt: ContactAttempt;
  parties: { id: string; role: Role }[];
  history: PastContact[];
  requests: PartyRequest[];
  holds: ContactHold[];
  /** The debts are past their limitation period. */
  time_barred: boolean;
  /** UTC instants: the initial communication about the debts, and when the validation notice was sent; null when none. */
  first_contact_at: string | null;
  validation_notice_sent_at: string | null;
}

/** One rule of the pack as the gate read it for this attempt. */
export interface RuleOutcome {
  id: string;
  kind: RuleKind;
  verdict: Verdict;
  citation: string;
  /** The rule's reason followed by what the gate found, in both languages. */
  reason: Bilingual;
  /**
   * For a block: the earliest instant this rule would let the attempt through, or null when only a person
   * can lift it. Null for pass and warn.
   */
  next_allowed_at: string | null;
  /** The override that set this rule's block aside (apply-overrides.ts); absent otherwise. */
  override_id?: string;
}

export interface ContactDecision {
  allowed: boolean;
  /** Every rule of the pack, in the pack's order. */
  rules: RuleOutcome[];
  /** Now when allowed; the earliest instant every rule allows the same attempt; null if a person must act. */
  next_allowed_at: string | null;
}
