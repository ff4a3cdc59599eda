/**
 * Regulation F's validation notice (12 CFR 1006.34(a)(1); 15 U.S.C. 1692g(a)): the debt collector gives
 * the validation information in the initial communication with the consumer or sends the notice within
 * five days after it. What a gate can check of that: once the five days are over and no notice has been
 * sent, nothing but the notice itself goes to the consumer. Days are calendar days on the consumer's wall
 * clock; the initial communication's own day is day 0, so a first call on Monday gives until the end of
 * Saturday. With several plausible zones the earliest end counts (the safer reading).
 *
 * Not checked here: overshadowing the right to dispute during the validation period (1006.38(b)), which
 * is about what a message says; and a third party, who is not the consumer (the rule passes for them).
 */
import { addDays } from '../calendar/calendar.js';
import type { ValidationNoticeRule } from './compliance-pack.js';
import { block, type Finding, type GateContext, msOf, pass, toThirdParty, warn } from './gate-context.js';
import { isoOf, localInstant, wallClock } from './local-time.js';

/** The instant the notice is late: the start of the local day after the last of the `days` days, earliest over the zones. */
export function noticeDeadline(firstContact: number, days: number, zones: readonly string[]): number {
  return Math.min(...zones.map((z) => localInstant(addDays(wallClock(firstContact, z).date, days + 1), 0, z)));
}

export function checkValidationNotice(rule: ValidationNoticeRule, ctx: GateContext): Finding {
  if (toThirdParty(ctx)) {
    return pass(
      '联系对象不是消费者本人，本条不适用。',
      'The attempt is not to the consumer: this rule does not apply.',
    );
  }
  const { request } = ctx;
  if (request.attempt.validation_notice) {
    return pass('本次联系即为债务核实通知。', 'This attempt is the validation notice itself.');
  }
  const sent = request.validation_notice_sent_at;
  if (sent !== null && msOf(sent) <= ctx.at) {
    return pass(`债务核实通知已于 ${sent} 发出。`, `The validation notice was sent at ${sent}.`);
  }
  const first = request.first_contact_at;
  const { days } = rule.params;
  if (first === null || msOf(first) > ctx.at) {
    return pass(
      `此前未与消费者就该债务沟通：本次即为首次沟通，核实信息须在本次提供，或在其后 ${days} 日内寄送核实通知。`,
      `No communication with the consumer about the debt yet: this is the initial communication, so the validation information goes in it or the notice follows within ${days} days.`,
    );
  }
  const due = noticeDeadline(msOf(first), days, ctx.zones);
  if (ctx.at >= due) {
    return block(
      `首次沟通在 ${first}，核实通知应在 ${isoOf(due)} 之前发出，至今未发：在寄出通知前，除通知本身外不得再与消费者沟通。`,
      `The initial communication was at ${first}; the validation notice was due before ${isoOf(due)} and has not been sent: nothing but the notice goes to the consumer until it is.`,
      null,
    );
  }
  return warn(
    `首次沟通在 ${first}，尚未发出核实通知：须在 ${isoOf(due)} 之前发出。`,
    `The initial communication was at ${first} and no validation notice has been sent yet: it is due before ${isoOf(due)}.`,
  );
}
