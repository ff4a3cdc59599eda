/**
 * The request of `dunwell compliance check` (issue 8) read from JSON and checked: every field named in
 * the issue, nothing else (an unknown key is a mistake, not an extension), instants with their offset and
 * normalised to UTC, dates that exist, zones IANA knows, and every party in the history named in
 * `parties`. A problem names its path (`history[2].party_id`) so the caller can fix the request.
 */
import { z } from 'zod';
import { parseJsonRequest } from '../document/parse-json-request.js';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isIsoDate, isTimeZone, parseInstant } from '../domain/calendar/calendar.js';
import {
  CONTACT_DIRECTIONS,
  GATE_CHANNELS,
  HOLD_TYPES,
  PACK_IDS,
  PARTY_REQUEST_TYPES,
} from '../domain/compliance/compliance-codes.js';
import type { ContactRequest } from '../domain/compliance/contact-request.js';
import { ROLES } from '../domain/party/party-codes.js';

const id = z.string().trim().min(1, 'an id is not empty').max(200);
const instant = z.string().transform((text, ctx) => {
  const parsed = parseInstant(text);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue({ code: 'custom', message: parsed.reason });
  return z.NEVER;
});
const date = z.string().refine(isIsoDate, 'a date is YYYY-MM-DD and exists');
const zone = z.string().refine(isTimeZone, 'not an IANA time zone this runtime knows (e.g. Asia/Shanghai)');
const debts = z.array(id).min(1, 'name at least one debt (account id)');

const SCHEMA = z.strictObject({
  pack: z.enum(PACK_IDS),
  now: instant,
  attempt: z.strictObject({
    channel: z.enum(GATE_CHANNELS),
    party: z.strictObject({
      id,
      role: z.enum(ROLES),
      timezones: z.array(zone).min(1, 'name at least one time zone the party may be in'),
    }),
    debts,
    contact_point: z.string().trim().min(1).nullable().default(null),
    discloses_debt: z.boolean(),
    text: z.string().nullable().default(null),
    staff: z.array(id).default([]),
    do_not_contact: z.boolean().default(false),
    validation_notice: z.boolean().default(false),
  }),
  parties: z.array(z.strictObject({ id, role: z.enum(ROLES) })).default([]),
  history: z
    .array(
      z.strictObject({
        at: instant,
        channel: z.enum(GATE_CHANNELS),
        party_id: id,
        debts,
        contact_point: z.string().trim().min(1).nullable().default(null),
        direction: z.enum(CONTACT_DIRECTIONS),
        connected: z.boolean(),
        conversation: z.boolean(),
      }),
    )
    .default([]),
  requests: z
    .array(
      z.strictObject({
        type: z.enum(PARTY_REQUEST_TYPES),
        at: instant,
        party_id: id,
        channel: z.enum(GATE_CHANNELS).nullable().default(null),
      }),
    )
    .default([]),
  holds: z.array(z.strictObject({ type: z.enum(HOLD_TYPES), from: date, until: date.nullable() })).default([]),
  time_barred: z.boolean().default(false),
  first_contact_at: instant.nullable().default(null),
  validation_notice_sent_at: instant.nullable().default(null),
});

function crossProblems(request: ContactRequest): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const named = new Map<string, string>();
  request.parties.forEach((p, i) => {
    if (named.has(p.id)) out.push({ path: ['parties', i, 'id'], message: `party "${p.id}" is named twice` });
    named.set(p.id, p.role);
  });
  const attempted = request.attempt.party;
  const role = named.get(attempted.id);
  if (role !== undefined && role !== attempted.role) {
    out.push({
      path: ['attempt', 'party', 'role'],
      message: `party "${attempted.id}" is ${attempted.role} here and ${role} in parties`,
    });
  }
  request.history.forEach((h, i) => {
    if (h.party_id !== attempted.id && !named.has(h.party_id)) {
      out.push({ path: ['history', i, 'party_id'], message: `party "${h.party_id}" is not named in parties` });
    }
    if (h.conversation && !h.connected) {
      out.push({ path: ['history', i, 'conversation'], message: 'a conversation needs a connected contact' });
    }
  });
  request.requests.forEach((r, i) => {
    if (r.type === 'stop_channel' && r.channel === null) {
      out.push({ path: ['requests', i, 'channel'], message: 'stop_channel names the channel to stop' });
    }
  });
  request.holds.forEach((h, i) => {
    if (h.until !== null && h.until < h.from) {
      out.push({ path: ['holds', i, 'until'], message: `a hold ends on or after it starts (${h.from})` });
    }
  });
  return out;
}

/**
 * The request in `text` (JSON), checked: UNREADABLE_INPUT when it is not JSON, INVALID_INPUT naming each
 * problem by its path otherwise.
 */
export function parseContactRequest(text: string): ContactRequest {
  return parseJsonRequest(text, {
    schema: SCHEMA,
    crossProblems: (r) => crossProblems(r as ContactRequest),
    keys: 'pack, now, attempt',
  }) as ContactRequest;
}
