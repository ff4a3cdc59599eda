/**
 * Regulation F's call frequency (12 CFR 1006.14(b)), per person and per debt, in calendar days on the
 * person's wall clock: no more than `max_calls` calls within any `days` consecutive days, and no call
 * within `days` days after a telephone conversation about the debt (its day is day 1). What counts is a
 * parameter of the pack: calls that never reached the number and calls the person made do not count; a
 * conversation on a call the person made starts the cooldown; a call placed within `consent_exempt_days`
 * after the person's direct consent is neither counted nor limited. A conversation about several debts
 * starts the cooldown of each.
 */
import { addDays } from '../calendar/calendar.js';
import { CHANNEL_WORDS } from './compliance-codes.js';
import type { CallCounting, CallFrequencyRule, ConversationCooldownRule } from './compliance-pack.js';
import type { PastContact } from './contact-request.js';
import { askedBy, block, type Finding, type GateContext, latest, msOf, pass, warn } from './gate-context.js';
import { isoOf, localInstant, wallClock } from './local-time.js';

/** True when the person consented to be called within the last `days` local days before `ms`, in every zone. */
export function consentCovers(ctx: GateContext, ms: number, days: number): boolean {
  if (days <= 0) return false;
  return askedBy(ctx, 'consent_to_call').some((c) => {
    const given = msOf(c.at);
    if (given > ms) return false;
    return ctx.zones.every((z) => wallClock(given, z).date >= addDays(wallClock(ms, z).date, -(days - 1)));
  });
}

/** The calls to the person about `debt` that count under `counting`. */
export function countedCalls(ctx: GateContext, rule: { params: CallCounting & { channels: string[] } }, debt: string) {
  const { party } = ctx.request.attempt;
  return ctx.past.filter(
    (h) =>
      h.party_id === party.id &&
      rule.params.channels.includes(h.channel) &&
      h.debts.includes(debt) &&
      (rule.params.count_unconnected || h.connected) &&
      (rule.params.count_inbound || h.direction === 'outbound') &&
      !consentCovers(ctx, msOf(h.at), rule.params.consent_exempt_days),
  );
}

/** How many of `calls` fall on the local days from `to − (days−1)` to `to` in `zone`. */
function inDays(calls: readonly PastContact[], zone: string, to: string, days: number): number {
  const from = addDays(to, -(days - 1));
  return calls.filter((c) => {
    const d = wallClock(msOf(c.at), zone).date;
    return d >= from && d <= to;
  }).length;
}

const notCall = (ctx: GateContext) => {
  const words = CHANNEL_WORDS[ctx.request.attempt.channel];
  return pass(`不适用于${words['zh-CN']}渠道。`, `Does not apply to the ${words.en} channel.`);
};

const consented = () =>
  pass(
    '本人在期限内直接同意来电：此次呼叫不计入、不受限。',
    'The person consented directly to be called within the period: this call is neither counted nor limited.',
  );

export function checkCallFrequency(rule: CallFrequencyRule, ctx: GateContext): Finding {
  const { channel, debts } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) return notCall(ctx);
  if (consentCovers(ctx, ctx.at, rule.params.consent_exempt_days)) return consented();
  const { max_calls: max, days } = rule.params;
  let most = 0;
  let worst = '';
  const frees: number[] = [];
  for (const debt of debts) {
    const calls = countedCalls(ctx, rule, debt);
    for (const zone of ctx.zones) {
      const today = wallClock(ctx.at, zone).date;
      const n = inDays(calls, zone, today, days);
      if (n > most) [most, worst] = [n, debt];
      if (n >= max) {
        // The first later local day whose last `days` days hold fewer than `max` counted calls.
        let k = 1;
        while (inDays(calls, zone, addDays(today, k), days) >= max) k++;
        frees.push(localInstant(addDays(today, k), 0, zone));
      }
    }
  }
  const free = latest(frees);
  if (most >= max && free !== null) {
    return block(
      `近 ${days} 个当地日历日内已就债务 ${worst} 致电本人 ${most} 次，已达上限 ${max} 次；${isoOf(free)} 起方可再致电。`,
      `${most} counted calls to this person about debt ${worst} within ${days} consecutive local days, the limit of ${max}; allowed again from ${isoOf(free)}.`,
      free,
    );
  }
  if (most === max - 1) {
    return warn(
      `近 ${days} 日内已就债务 ${worst} 致电 ${most} 次：本次是允许的最后一次（上限 ${max} 次）。`,
      `${most} counted calls about debt ${worst} within ${days} days: this is the last call the limit of ${max} allows.`,
    );
  }
  return pass(
    `近 ${days} 日内每笔债务计入的呼叫最多 ${most} 次，上限 ${max} 次。`,
    `At most ${most} counted calls per debt within ${days} days; the limit is ${max}.`,
  );
}

export function checkConversationCooldown(rule: ConversationCooldownRule, ctx: GateContext): Finding {
  const { channel, debts, party } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) return notCall(ctx);
  if (consentCovers(ctx, ctx.at, rule.params.consent_exempt_days)) return consented();
  const { days } = rule.params;
  const ends: number[] = [];
  let last: PastContact | undefined;
  for (const h of ctx.past) {
    const about = h.debts.filter((d) => debts.includes(d));
    if (h.party_id !== party.id || !h.conversation || about.length === 0) continue;
    if (!rule.params.channels.includes(h.channel)) continue;
    if (h.direction === 'inbound' && !rule.params.inbound_conversations_count) continue;
    for (const zone of ctx.zones) {
      const day1 = wallClock(msOf(h.at), zone).date;
      const end = localInstant(addDays(day1, days), 0, zone);
      if (end > ctx.at) {
        ends.push(end);
        last = h;
      }
    }
  }
  const free = latest(ends);
  if (last && free !== null) {
    return block(
      `${last.at} 已就债务 ${last.debts.filter((d) => debts.includes(d)).join('、')} 与本人通话（当日为第 1 日）；${days} 日冷静期内不得再致电，${isoOf(free)} 起方可。`,
      `A conversation with this person about debt ${last.debts.filter((d) => debts.includes(d)).join(', ')} at ${last.at} (its day is day 1): no call within ${days} days, allowed again from ${isoOf(free)}.`,
      free,
    );
  }
  return pass(
    `近 ${days} 个当地日历日内未就这些债务与本人通话。`,
    `No conversation with this person about these debts within the last ${days} local days.`,
  );
}
