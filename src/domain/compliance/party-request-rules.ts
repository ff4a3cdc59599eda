/**
 * What the party asked for, and holds on the debts. A cease request, a request to stop this channel and
 * representation by an attorney or adviser block until a person acts (null). A hold blocks while it runs
 * on any of the party's local dates: until the day after its last day when it has one, else until a
 * person lifts it (null).
 */

import { addDays } from '../calendar/calendar.js';
import { CHANNEL_WORDS, HOLD_WORDS } from './compliance-codes.js';
import type { CeaseRule, HoldRule, RepresentedRule, StopChannelRule } from './compliance-pack.js';
import { askedBy, block, type Finding, type GateContext, latest, pass } from './gate-context.js';
import { isoOf, localInstant, wallClock } from './local-time.js';

export function checkCease(_rule: CeaseRule, ctx: GateContext): Finding {
  const cease = askedBy(ctx, 'cease')[0];
  if (cease) {
    return block(
      `本人已于 ${cease.at} 要求停止联系：不得再联系，除非由有权限的人员处理。`,
      `The person asked at ${cease.at} to stop all contact: no contact until a person with the right deals with it.`,
      null,
    );
  }
  return pass('本人未要求停止联系。', 'The person has not asked to stop contact.');
}

export function checkStopChannel(_rule: StopChannelRule, ctx: GateContext): Finding {
  const { channel } = ctx.request.attempt;
  const stop = askedBy(ctx, 'stop_channel').find((r) => r.channel === channel);
  if (stop) {
    return block(
      `本人已于 ${stop.at} 要求停止使用${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
      `The person asked at ${stop.at} not to be contacted by ${CHANNEL_WORDS[channel].en}.`,
      null,
    );
  }
  return pass(
    `本人未要求停止使用${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
    `The person has not asked to stop ${CHANNEL_WORDS[channel].en}.`,
  );
}

export function checkRepresented(_rule: RepresentedRule, ctx: GateContext): Finding {
  const represented = askedBy(ctx, 'represented')[0];
  if (represented) {
    return block(
      `自 ${represented.at} 起本人已委托代理人：应联系代理人，不得直接联系本人。`,
      `The person has been represented since ${represented.at}: deal with the representative, not the person.`,
      null,
    );
  }
  return pass('未获知本人委托代理人。', 'The person is not known to be represented.');
}

export function checkHold(rule: HoldRule, ctx: GateContext): Finding {
  const type = rule.params.hold;
  const words = HOLD_WORDS[type];
  const running = ctx.request.holds.filter(
    (h) =>
      h.type === type &&
      ctx.zones.some((z) => {
        const today = wallClock(ctx.at, z).date;
        return h.from <= today && (h.until === null || today <= h.until);
      }),
  );
  if (running.length === 0) return pass(`没有生效中的${words['zh-CN']}暂停。`, `No ${words.en} hold is running.`);
  // The block ends in every zone once each running hold's last day is over there.
  const ends = running.flatMap((h) =>
    ctx.zones.map((z) => (h.until === null ? null : localInstant(addDays(h.until, 1), 0, z))),
  );
  const free = latest(ends);
  const span = running.map((h) => `${h.from}–${h.until ?? '…'}`).join(', ');
  if (free === null) {
    return block(
      `债务处于${words['zh-CN']}暂停（${span}），无结束日期：暂停催收，须由有权限的人员解除。`,
      `The debt is on a ${words.en} hold (${span}) with no end date: outreach stops until a person with the right lifts it.`,
      null,
    );
  }
  return block(
    `债务处于${words['zh-CN']}暂停（${span}）：暂停催收，至 ${isoOf(free)} 结束。`,
    `The debt is on a ${words.en} hold (${span}): outreach stops until ${isoOf(free)}.`,
    free,
  );
}
