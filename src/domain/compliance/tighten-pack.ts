/**
 * A portfolio's tightening of its rule pack: `{"cn.daily_attempts": {"max": 4}, "cn.contact_window":
 * {"start": "09:00"}}`, keyed by rule id, each a part of that rule's parameters. A portfolio may make a
 * rule stricter and never looser; whatever would loosen one is refused, naming the rule and the parameter:
 * a window that opens earlier or closes later (its first and last allowed minutes are compared, so making
 * a boundary inclusive loosens it), a higher cap, a shorter cooldown or period, fewer failed attempts
 * before a third party, fewer staff on a visit, a channel taken off a rule, an opt-out marker added, a
 * counting switch turned off, a different hold. Unknown rules and parameters are refused too.
 *
 * The values' types and ranges are checked afterwards by the pack's own schema (src/compliance).
 */
import { AppError } from '../errors.js';
import type { CompliancePack, PackRule } from './compliance-pack.js';
import { hhmm } from './local-time.js';
import { windowMinutes } from './window-rule.js';

/** How a parameter may move: down (a cap), up (a period, a threshold), on (a switch), or its list grow or shrink. */
type Direction = 'lower' | 'higher' | 'on' | 'more' | 'fewer' | 'fixed' | 'window';

const DIRECTIONS: Readonly<Record<PackRule['kind'], Readonly<Record<string, Direction>>>> = {
  contact_window: {
    start: 'window',
    end: 'window',
    start_included: 'window',
    end_included: 'window',
    channels: 'more',
  },
  daily_attempts: { max: 'lower', channels: 'more' },
  daily_conversations: { max: 'lower', channels: 'more', count_inbound: 'on' },
  call_frequency: {
    max_calls: 'lower',
    days: 'higher',
    channels: 'more',
    count_unconnected: 'on',
    count_inbound: 'on',
    consent_exempt_days: 'lower',
  },
  conversation_cooldown: {
    days: 'higher',
    channels: 'more',
    inbound_conversations_count: 'on',
    consent_exempt_days: 'lower',
  },
  third_party_unreachable: { failed_attempts: 'higher' },
  third_party_disclosure: {},
  third_party_once: {},
  third_party_refused: {},
  cease: {},
  stop_channel: {},
  represented: {},
  hold: { hold: 'fixed' },
  visit_staff: { min_staff: 'higher' },
  opt_out: { channels: 'more', markers: 'fewer' },
  do_not_contact: {},
  validation_notice: { days: 'lower' },
  time_barred: { stop_when_claimed: 'on', check_text: 'on' },
  language: {},
};

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(ruleId: string, param: string, why: string): never {
  throw new AppError(
    'INVALID_INPUT',
    `compliance params: ${ruleId}.${param} ${why}; a portfolio may only make its pack's rules stricter`,
  );
}

function sameType(ruleId: string, param: string, was: unknown, now: unknown): void {
  const kind = (v: unknown) => (Array.isArray(v) ? 'a list' : typeof v === 'number' ? 'a number' : typeof v);
  if (kind(was) !== kind(now)) refuse(ruleId, param, `is ${kind(was)} in the pack, not ${kind(now)}`);
}

function checkMove(ruleId: string, param: string, direction: Direction, was: unknown, now: unknown): void {
  sameType(ruleId, param, was, now);
  const list = (v: unknown) => (v as unknown[]).map(String);
  switch (direction) {
    case 'lower':
      if ((now as number) > (was as number)) refuse(ruleId, param, `${now} is higher than the pack's ${was}`);
      return;
    case 'higher':
      if ((now as number) < (was as number)) refuse(ruleId, param, `${now} is lower than the pack's ${was}`);
      return;
    case 'on':
      if (was === true && now === false) refuse(ruleId, param, 'is on in the pack and cannot be turned off');
      return;
    case 'more': {
      const missing = list(was).filter((c) => !list(now).includes(c));
      if (missing.length > 0) refuse(ruleId, param, `leaves out ${missing.join(', ')}, which the pack covers`);
      return;
    }
    case 'fewer': {
      const added = list(now).filter((c) => !list(was).includes(c));
      if (added.length > 0) refuse(ruleId, param, `adds ${added.join(', ')}, which the pack does not accept`);
      return;
    }
    case 'fixed':
      if (now !== was) refuse(ruleId, param, `cannot change (${was} in the pack)`);
      return;
    case 'window':
      return;
  }
}

/** A tightened window opens no earlier and closes no later, in the minutes it actually allows. */
function checkWindow(before: PackRule, after: PackRule, given: Record<string, unknown>): void {
  if (before.kind !== 'contact_window' || after.kind !== 'contact_window') return;
  const was = windowMinutes(before);
  const now = windowMinutes(after);
  const name = (a: string, b: string) => (a in given ? a : b);
  if (now.first < was.first) {
    refuse(
      before.id,
      name('start', 'start_included'),
      `lets contact start at ${hhmm(now.first)}, before the pack's ${hhmm(was.first)}`,
    );
  }
  if (now.last > was.last) {
    refuse(
      before.id,
      name('end', 'end_included'),
      `lets contact go on until ${hhmm(now.last)}, after the pack's ${hhmm(was.last)}`,
    );
  }
}

/** The pack with the portfolio's tightening applied, or INVALID_INPUT naming what would loosen it. */
export function tightenPack(pack: CompliancePack, params: unknown): CompliancePack {
  if (!isPlain(params)) {
    throw new AppError(
      'INVALID_INPUT',
      'compliance params: a JSON object keyed by rule id ({"cn.daily_attempts": {"max": 4}})',
    );
  }
  const byId = new Map(pack.rules.map((r) => [r.id, r]));
  for (const id of Object.keys(params)) {
    if (!byId.has(id)) {
      throw new AppError(
        'INVALID_INPUT',
        `compliance params: the ${pack.pack} pack has no rule "${id}" (its rules: ${[...byId.keys()].join(', ')})`,
      );
    }
  }
  const rules = pack.rules.map((rule): PackRule => {
    const given = params[rule.id];
    if (given === undefined) return rule;
    if (!isPlain(given)) refuse(rule.id, '*', 'is not an object of parameters');
    const directions = DIRECTIONS[rule.kind];
    const current = rule.params as Record<string, unknown>;
    for (const [param, value] of Object.entries(given)) {
      const direction = directions[param];
      if (direction === undefined) {
        const known = Object.keys(directions);
        refuse(
          rule.id,
          param,
          `is not a parameter of this rule (${known.length > 0 ? known.join(', ') : 'it has none'})`,
        );
      }
      checkMove(rule.id, param, direction, current[param], value);
    }
    const tightened = { ...rule, params: { ...current, ...given } } as PackRule;
    checkWindow(rule, tightened, given);
    return tightened;
  });
  return { ...pack, rules };
}
