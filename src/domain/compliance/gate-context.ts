/**
 * What every rule check of the gate sees: the request, the instant it is judged at (the request's `now`,
 * or a later instant when the gate looks for the next allowed one), the party's zones, and the history and
 * requests up to that instant. A check answers with a verdict, what it found in both languages, and for a
 * block the earliest instant it would allow the attempt (null when only a person can lift it).
 */
import type { IsoDate } from '../calendar/calendar.js';
import { isThirdPartyRole, type Role } from '../party/party-codes.js';
import type { Bilingual, Verdict } from './compliance-codes.js';
import type { ContactRequest, PartyRequest, PastContact } from './contact-request.js';
import type { LanguageGuard } from './language-guard.js';
import { wallClock } from './local-time.js';

export interface GateContext {
  request: ContactRequest;
  /** The instant judged, UTC ms. */
  at: number;
  zones: readonly string[];
  /** History up to `at`, oldest first. */
  past: readonly PastContact[];
  /** Requests made up to `at`. */
  asked: readonly PartyRequest[];
  roleOf(partyId: string): Role | undefined;
  /** The language guard a message's text is read with; null when the caller gave none. */
  guard: LanguageGuard | null;
}

export interface Finding {
  verdict: Verdict;
  finding: Bilingual;
  /** For a block: UTC ms from which this rule allows the attempt, or null. */
  next?: number | null;
}

const parsed = new Map<string, number>();

/** A normalised UTC ISO instant of the request as ms (the same instants are read over and over: kept). */
export function msOf(iso: string): number {
  let ms = parsed.get(iso);
  if (ms === undefined) {
    ms = Date.parse(iso);
    if (parsed.size >= 200_000) parsed.clear();
    parsed.set(iso, ms);
  }
  return ms;
}

export function gateContext(request: ContactRequest, at: number, guard: LanguageGuard | null = null): GateContext {
  const roles = new Map<string, Role>(request.parties.map((p) => [p.id, p.role]));
  roles.set(request.attempt.party.id, request.attempt.party.role);
  return {
    request,
    at,
    zones: request.attempt.party.timezones,
    past: request.history.filter((h) => msOf(h.at) <= at).sort((a, b) => msOf(a.at) - msOf(b.at)),
    asked: request.requests.filter((r) => msOf(r.at) <= at),
    roleOf: (id) => roles.get(id),
    guard,
  };
}

export const say = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

export const pass = (zh: string, en: string): Finding => ({ verdict: 'pass', finding: say(zh, en) });
export const warn = (zh: string, en: string): Finding => ({ verdict: 'warn', finding: say(zh, en) });
export const block = (zh: string, en: string, next: number | null): Finding => ({
  verdict: 'block',
  finding: say(zh, en),
  next,
});

/** The attempt goes to someone who does not owe the debt. */
export const toThirdParty = (ctx: GateContext) => isThirdPartyRole(ctx.request.attempt.party.role);

/** The party's own requests of a type, up to the instant judged. */
export const askedBy = (ctx: GateContext, type: PartyRequest['type']) =>
  ctx.asked.filter((r) => r.type === type && r.party_id === ctx.request.attempt.party.id);

/** Contacts whose local date in `zone` lies from `from` to `to`, both included. */
export function onLocalDays(contacts: readonly PastContact[], zone: string, from: IsoDate, to: IsoDate): PastContact[] {
  return contacts.filter((c) => {
    const { date } = wallClock(msOf(c.at), zone);
    return date >= from && date <= to;
  });
}

/** The latest of the instants, null if any is null (a person must act), undefined for none. */
export function latest(instants: readonly (number | null)[]): number | null {
  let out = Number.NEGATIVE_INFINITY;
  for (const t of instants) {
    if (t === null) return null;
    out = Math.max(out, t);
  }
  return out;
}
