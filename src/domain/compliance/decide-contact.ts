/**
 * The contact gate: one attempt (a call, a message, a visit, a letter) judged against every rule of a
 * pack, with no I/O and no clock (the request carries `now`). The decision lists every rule of the pack,
 * in the pack's order, each with its verdict (a rule that does not apply to the attempt passes and says
 * so), its citation and its reason in both languages, so a reviewer sees what was checked, not only what
 * failed.
 *
 * `next_allowed_at` is the earliest instant at which the same attempt passes every rule: `now` when it is
 * allowed; else the gate moves to the latest instant its blocking rules name and judges again (a window
 * opening after a daily cap resets may still be closed), until every rule passes; null when a rule can be
 * lifted only by a person (a cease request, representation, an open-ended hold, a third party's refusal).
 */
import { AppError } from '../errors.js';
import { checkDoNotContact, checkOptOut, checkVisitStaff } from './attempt-rules.js';
import { checkCallFrequency, checkConversationCooldown } from './call-frequency-rules.js';
import type { CompliancePack, PackRule } from './compliance-pack.js';
import type { ContactDecision, ContactRequest, RuleOutcome } from './contact-request.js';
import { checkDailyAttempts, checkDailyConversations } from './daily-count-rules.js';
import { type Finding, type GateContext, gateContext, latest, msOf } from './gate-context.js';
import type { LanguageGuard } from './language-guard.js';
import { checkLanguage } from './language-rule.js';
import { isoOf } from './local-time.js';
import { checkCease, checkHold, checkRepresented, checkStopChannel } from './party-request-rules.js';
import {
  checkThirdPartyDisclosure,
  checkThirdPartyOnce,
  checkThirdPartyRefused,
  checkThirdPartyUnreachable,
} from './third-party-rules.js';
import { checkTimeBarred } from './time-barred-rule.js';
import { checkValidationNotice } from './validation-notice-rule.js';
import { checkContactWindow } from './window-rule.js';

/** How many times the gate moves forward looking for an instant every rule allows before it gives up. */
const MAX_STEPS = 64;

function check(rule: PackRule, ctx: GateContext): Finding {
  switch (rule.kind) {
    case 'contact_window':
      return checkContactWindow(rule, ctx);
    case 'daily_attempts':
      return checkDailyAttempts(rule, ctx);
    case 'daily_conversations':
      return checkDailyConversations(rule, ctx);
    case 'call_frequency':
      return checkCallFrequency(rule, ctx);
    case 'conversation_cooldown':
      return checkConversationCooldown(rule, ctx);
    case 'third_party_unreachable':
      return checkThirdPartyUnreachable(rule, ctx);
    case 'third_party_disclosure':
      return checkThirdPartyDisclosure(rule, ctx);
    case 'third_party_once':
      return checkThirdPartyOnce(rule, ctx);
    case 'third_party_refused':
      return checkThirdPartyRefused(rule, ctx);
    case 'cease':
      return checkCease(rule, ctx);
    case 'stop_channel':
      return checkStopChannel(rule, ctx);
    case 'represented':
      return checkRepresented(rule, ctx);
    case 'hold':
      return checkHold(rule, ctx);
    case 'visit_staff':
      return checkVisitStaff(rule, ctx);
    case 'opt_out':
      return checkOptOut(rule, ctx);
    case 'do_not_contact':
      return checkDoNotContact(rule, ctx);
    case 'validation_notice':
      return checkValidationNotice(rule, ctx);
    case 'time_barred':
      return checkTimeBarred(rule, ctx);
    case 'language':
      return checkLanguage(rule, ctx);
  }
}

/** What the gate reads besides the pack and the request. */
export interface GateTools {
  /** The language guard a message's text is read with; without it the language rule warns that it did not read. */
  guard?: LanguageGuard | null;
}

/** Every rule of the pack judged at one instant. */
export function judgeAt(
  pack: CompliancePack,
  request: ContactRequest,
  at: number,
  tools: GateTools = {},
): RuleOutcome[] {
  const ctx = gateContext(request, at, tools.guard ?? null);
  return pack.rules.map((rule) => {
    const found = check(rule, ctx);
    return {
      id: rule.id,
      kind: rule.kind,
      verdict: found.verdict,
      citation: rule.citation,
      reason: {
        'zh-CN': `${rule.reason['zh-CN']} ${found.finding['zh-CN']}`,
        en: `${rule.reason.en} ${found.finding.en}`,
      },
      next_allowed_at: found.verdict === 'block' && typeof found.next === 'number' ? isoOf(found.next) : null,
    };
  });
}

/** The latest instant the blocking rules name, or null when one of them waits for a person. */
function nextCandidate(outcomes: readonly RuleOutcome[]): number | null {
  return latest(
    outcomes
      .filter((o) => o.verdict === 'block')
      .map((o) => (o.next_allowed_at === null ? null : msOf(o.next_allowed_at))),
  );
}

export function decideContact(pack: CompliancePack, request: ContactRequest, tools: GateTools = {}): ContactDecision {
  if (pack.pack !== request.pack) {
    throw new AppError('INTERNAL', `the ${pack.pack} pack was given a request for ${request.pack}`);
  }
  const now = msOf(request.now);
  const rules = judgeAt(pack, request, now, tools);
  const allowed = rules.every((r) => r.verdict !== 'block');
  if (allowed) return { allowed, rules, next_allowed_at: isoOf(now) };
  let at = now;
  let outcomes = rules;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = nextCandidate(outcomes);
    if (next === null) return { allowed, rules, next_allowed_at: null };
    // A rule names an instant after the one judged; anything else is a bug in that rule.
    if (!(next > at)) throw new AppError('INTERNAL', `a blocking rule named ${isoOf(next)}, not after ${isoOf(at)}`);
    at = next;
    outcomes = judgeAt(pack, request, at, tools);
    if (outcomes.every((o) => o.verdict !== 'block')) return { allowed, rules, next_allowed_at: isoOf(at) };
  }
  return { allowed, rules, next_allowed_at: null };
}
