/**
 * The contact window: no contact outside the pack's local hours, read on the wall clock of every zone the
 * party may be in (a party who may be in Shanghai or in Los Angeles is reached only when it is a
 * convenient hour in both). When blocked, the next allowed instant is the first one inside the window in
 * all the zones; when the windows of the zones never overlap, only a person can decide (null).
 */

import { addDays } from '../calendar/calendar.js';
import { CHANNEL_WORDS } from './compliance-codes.js';
import type { ContactWindowRule } from './compliance-pack.js';
import { block, type Finding, type GateContext, pass } from './gate-context.js';
import { hhmm, isoOf, localInstant, minuteOfDay, wallClock } from './local-time.js';

/** The first and last local minute inside the window. */
export function windowMinutes(rule: ContactWindowRule): { first: number; last: number } {
  const start = minuteOfDay(rule.params.start);
  const end = minuteOfDay(rule.params.end);
  return { first: rule.params.start_included ? start : start + 1, last: rule.params.end_included ? end : end - 1 };
}

export function insideWindow(rule: ContactWindowRule, ms: number, zone: string): boolean {
  const { minute } = wallClock(ms, zone);
  const { first, last } = windowMinutes(rule);
  return minute >= first && minute <= last;
}

/** The earliest instant at or after `from` inside the window in every zone, or null if there is none. */
export function nextCommonOpening(rule: ContactWindowRule, from: number, zones: readonly string[]): number | null {
  const inAll = (t: number) => zones.every((z) => insideWindow(rule, t, z));
  if (inAll(from)) return from;
  // The common window, if there is one, opens when one zone's window opens; it recurs daily, so the
  // openings of the next few local days in each zone are enough to find it.
  const { first } = windowMinutes(rule);
  const openings: number[] = [];
  for (const zone of zones) {
    const today = wallClock(from, zone).date;
    for (let d = -1; d <= 3; d++) {
      const t = localInstant(addDays(today, d), first, zone);
      if (t > from) openings.push(t);
    }
  }
  openings.sort((a, b) => a - b);
  return openings.find(inAll) ?? null;
}

export function checkContactWindow(rule: ContactWindowRule, ctx: GateContext): Finding {
  const { channel } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) {
    return pass(
      `不适用于${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
      `Does not apply to the ${CHANNEL_WORDS[channel].en} channel.`,
    );
  }
  const local = ctx.zones.map((z) => `${z} ${hhmm(wallClock(ctx.at, z).minute)}`).join(', ');
  const { first, last } = windowMinutes(rule);
  const hours = `${hhmm(first)}–${hhmm(last)}`;
  const outside = ctx.zones.filter((z) => !insideWindow(rule, ctx.at, z));
  if (outside.length === 0) {
    return pass(
      `当地时间 ${local}，在允许时段 ${hours} 内。`,
      `Local time ${local}: inside the allowed minutes ${hours}.`,
    );
  }
  const next = nextCommonOpening(rule, ctx.at, ctx.zones);
  if (next === null) {
    return block(
      `当地时间 ${local}，不在允许时段 ${hours} 内；对方可能所在的各时区没有共同的允许时段，须由人工确认其所在地。`,
      `Local time ${local}: outside the allowed minutes ${hours}; the party's plausible zones share no allowed time, so a person must establish where the party is.`,
      null,
    );
  }
  return block(
    `当地时间 ${local}，不在允许时段 ${hours} 内；最早可于 ${isoOf(next)} 联系。`,
    `Local time ${local}: outside the allowed minutes ${hours}; the earliest allowed instant is ${isoOf(next)}.`,
    next,
  );
}
