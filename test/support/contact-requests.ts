/**
 * Realistic requests for the contact gate (the JSON of `dunwell compliance check`), built from a base
 * attempt and the parts a test changes, and a helper that judges one and looks up a rule's outcome.
 */
import { checkContact } from '../../src/compliance/check-contact.js';
import type { ContactDecision, RuleOutcome } from '../../src/domain/compliance/contact-request.js';

export interface PastJson {
  at: string;
  channel?: string;
  party_id?: string;
  debts?: string[];
  contact_point?: string | null;
  direction?: 'outbound' | 'inbound';
  connected?: boolean;
  conversation?: boolean;
}

export interface RequestJson {
  pack: string;
  now: string;
  attempt: Record<string, unknown>;
  parties?: { id: string; role: string }[];
  history?: PastJson[];
  requests?: { type: string; at: string; party_id: string; channel?: string }[];
  holds?: { type: string; from: string; until: string | null }[];
  time_barred?: boolean;
  first_contact_at?: string | null;
  validation_notice_sent_at?: string | null;
}

export const DEBTOR = 'p-zhang-wei';
export const DEBT = 'LN-2026-0001234';
export const MOBILE = '+86 138 0013 8000';

/** A call to the borrower about one debt, in Shanghai, with no history. */
export function cnCall(now: string, attempt: Record<string, unknown> = {}): RequestJson {
  return {
    pack: 'cn',
    now,
    attempt: {
      channel: 'call',
      party: { id: DEBTOR, role: 'borrower', timezones: ['Asia/Shanghai'] },
      debts: [DEBT],
      contact_point: MOBILE,
      discloses_debt: true,
      staff: ['u-li-na'],
      ...attempt,
    },
    parties: [{ id: DEBTOR, role: 'borrower' }],
    history: [],
    requests: [],
    holds: [],
  };
}

/** The same call to a consumer in New York under Regulation F. */
export function usCall(now: string, attempt: Record<string, unknown> = {}): RequestJson {
  const base = cnCall(now, {
    party: { id: 'p-jane-doe', role: 'borrower', timezones: ['America/New_York'] },
    debts: ['ACC-77-0042'],
    contact_point: '+1 212 555 0142',
    ...attempt,
  });
  return { ...base, pack: 'us-regf', parties: [{ id: 'p-jane-doe', role: 'borrower' }] };
}

/** A past outbound call to the attempt's party about its debts; the parts given override. */
export function pastCall(request: RequestJson, at: string, over: Partial<PastJson> = {}): PastJson {
  const party = request.attempt.party as { id: string };
  return {
    at,
    channel: 'call',
    party_id: party.id,
    debts: request.attempt.debts as string[],
    contact_point: (request.attempt.contact_point as string | undefined) ?? null,
    direction: 'outbound',
    connected: true,
    conversation: false,
    ...over,
  };
}

export function judge(request: RequestJson): ContactDecision {
  return checkContact({ requestText: JSON.stringify(request) });
}

export function outcome(decision: ContactDecision, id: string): RuleOutcome {
  const found = decision.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in the decision`);
  return found;
}
