/**
 * How the desk's and the strategy's words read at the gate, defined once: the channel of an activity or a
 * planned action as a gate channel (phone is a call, post a letter; a review or a note is no contact), and
 * what each activity outcome says about the attempt — whether it reached the number or address
 * (`connected`) and whether someone talked (`conversation`). A note is no contact at all (null).
 *
 * The readings, outcome by outcome: a call that rang out or went to voicemail reached the number but nobody
 * talked; busy, unreachable, a wrong number, a failed message and a visit that found nobody did not reach
 * the person's number or door; every right-party outcome is a conversation with an obligor, and a
 * `third_party` outcome one with the third party the activity names; a message or letter delivered reached
 * the person without a conversation; someone telling us the debtor died is a conversation.
 */
import type { Outcome } from '../activity/activity-codes.js';
import type { Channel } from '../strategy/strategy-codes.js';
import type { GateChannel } from './compliance-codes.js';

/** The gate's channel for a strategy or activity channel; null when it is no contact with anyone. */
export const GATE_CHANNEL_OF: Readonly<Record<Channel | 'note', GateChannel | null>> = {
  phone: 'call',
  sms: 'sms',
  email: 'email',
  wechat: 'wechat',
  post: 'letter',
  visit: 'visit',
  review: null,
  note: null,
};

/** The gate channel of a channel word read from the database; null for no contact or a word it does not know. */
export function gateChannelOf(channel: string): GateChannel | null {
  return (GATE_CHANNEL_OF as Readonly<Record<string, GateChannel | null>>)[channel] ?? null;
}

export interface ContactReach {
  connected: boolean;
  conversation: boolean;
}

const RANG = { connected: true, conversation: false } as const;
const MISSED = { connected: false, conversation: false } as const;
const TALKED = { connected: true, conversation: true } as const;

/** What each outcome says about the attempt; null: not a contact (a note). */
export const OUTCOME_REACH: Readonly<Record<Outcome, ContactReach | null>> = {
  no_answer: RANG,
  voicemail: RANG,
  busy: MISSED,
  unreachable: MISSED,
  wrong_number: MISSED,
  third_party: TALKED,
  right_party_contact: TALKED,
  refused: TALKED,
  promise: TALKED,
  dispute: TALKED,
  callback: TALKED,
  hardship: TALKED,
  paid: TALKED,
  deceased: TALKED,
  visited: TALKED,
  not_found: MISSED,
  delivered: RANG,
  failed: MISSED,
  note: null,
};

/** The reach of an outcome read from the database; null for a note or a word it does not know. */
export function outcomeReach(outcome: string): ContactReach | null {
  return (OUTCOME_REACH as Readonly<Record<string, ContactReach | null>>)[outcome] ?? null;
}
