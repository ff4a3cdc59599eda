/**
 * Daily caps, counted in calendar days on the party's wall clock (in each plausible zone; the highest
 * count decides): unanswered attempts to one contact point, and conversations with one person. At the cap
 * the attempt is blocked until the next local midnight; the last attempt the cap allows is a warning.
 */
import { CHANNEL_WORDS } from './compliance-codes.js';
import type { DailyAttemptsRule, DailyConversationsRule } from './compliance-pack.js';
import type { PastContact } from './contact-request.js';
import { block, type Finding, type GateContext, latest, onLocalDays, pass, warn } from './gate-context.js';
import { isoOf, nextLocalMidnight, wallClock } from './local-time.js';

/** The day's count in each zone, and the instant the count starts again where it is at the cap. */
function dailyCount(ctx: GateContext, counted: readonly PastContact[], max: number) {
  let most = 0;
  const resets: number[] = [];
  for (const zone of ctx.zones) {
    const today = wallClock(ctx.at, zone).date;
    const n = onLocalDays(counted, zone, today, today).length;
    most = Math.max(most, n);
    if (n >= max) resets.push(nextLocalMidnight(ctx.at, zone));
  }
  return { most, reset: latest(resets) };
}

function verdictOf(count: { most: number; reset: number | null }, max: number, what: { zh: string; en: string }) {
  if (count.most >= max && count.reset !== null) {
    return block(
      `今日（当地日历日）已有 ${count.most} 次${what.zh}，已达上限 ${max} 次；次日零点（${isoOf(count.reset)}）后方可再次联系。`,
      `${count.most} ${what.en} today (local calendar day), the cap of ${max}; allowed again from the next local midnight, ${isoOf(count.reset)}.`,
      count.reset,
    );
  }
  if (count.most === max - 1) {
    return warn(
      `今日已有 ${count.most} 次${what.zh}，本次是今日允许的最后一次（上限 ${max} 次）。`,
      `${count.most} ${what.en} today: this is the last one the cap of ${max} allows today.`,
    );
  }
  return pass(
    `今日已有 ${count.most} 次${what.zh}，上限 ${max} 次。`,
    `${count.most} ${what.en} today; the cap is ${max}.`,
  );
}

export function checkDailyAttempts(rule: DailyAttemptsRule, ctx: GateContext): Finding {
  const { channel, contact_point, party } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) {
    return pass(
      `不适用于${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
      `Does not apply to the ${CHANNEL_WORDS[channel].en} channel.`,
    );
  }
  // Without a contact point every unanswered attempt to the party counts: the safer reading.
  const unanswered = ctx.past.filter(
    (h) =>
      h.direction === 'outbound' &&
      rule.params.channels.includes(h.channel) &&
      !h.conversation &&
      (contact_point === null ? h.party_id === party.id : h.contact_point === contact_point),
  );
  const where =
    contact_point === null ? { zh: '', en: '' } : { zh: `（${contact_point}）`, en: ` to ${contact_point}` };
  return verdictOf(dailyCount(ctx, unanswered, rule.params.max), rule.params.max, {
    zh: `未接通的呼叫${where.zh}`,
    en: `unanswered attempts${where.en}`,
  });
}

export function checkDailyConversations(rule: DailyConversationsRule, ctx: GateContext): Finding {
  const { channel, party } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) {
    return pass(
      `不适用于${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
      `Does not apply to the ${CHANNEL_WORDS[channel].en} channel.`,
    );
  }
  const talks = ctx.past.filter(
    (h) =>
      h.party_id === party.id &&
      h.conversation &&
      rule.params.channels.includes(h.channel) &&
      (rule.params.count_inbound || h.direction === 'outbound'),
  );
  return verdictOf(dailyCount(ctx, talks, rule.params.max), rule.params.max, {
    zh: '与本人的有效通话',
    en: 'conversations with this person',
  });
}
