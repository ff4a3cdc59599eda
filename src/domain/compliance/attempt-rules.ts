/**
 * Rules on the attempt itself: a visit is made by enough staff (in pairs), an electronic message carries
 * a way to opt out, and the contact point is not one marked do-not-contact. Each blocks until a person
 * changes the attempt (null).
 */
import { CHANNEL_WORDS } from './compliance-codes.js';
import type { DoNotContactRule, OptOutRule, VisitStaffRule } from './compliance-pack.js';
import { block, type Finding, type GateContext, pass, warn } from './gate-context.js';

export function checkVisitStaff(rule: VisitStaffRule, ctx: GateContext): Finding {
  const { channel, staff } = ctx.request.attempt;
  if (channel !== 'visit') return pass('不是上门，本条不适用。', 'Not a visit: this rule does not apply.');
  const n = new Set(staff).size;
  const min = rule.params.min_staff;
  if (n < min) {
    return block(
      `上门须至少 ${min} 名员工同行，本次只有 ${n} 名。`,
      `A visit needs at least ${min} staff; this one has ${n}.`,
      null,
    );
  }
  return pass(`上门有 ${n} 名员工同行。`, `The visit is made by ${n} staff.`);
}

export function checkOptOut(rule: OptOutRule, ctx: GateContext): Finding {
  const { channel, text } = ctx.request.attempt;
  if (!rule.params.channels.includes(channel)) {
    return pass(
      `不适用于${CHANNEL_WORDS[channel]['zh-CN']}渠道。`,
      `Does not apply to the ${CHANNEL_WORDS[channel].en} channel.`,
    );
  }
  if (text === null) {
    return warn(
      '未提供消息正文，无法检查退订方式；发送前须确认正文含有退订说明。',
      'No message text given, so the opt-out could not be checked; make sure the message carries one before it goes.',
    );
  }
  const lower = text.toLowerCase();
  const marker = rule.params.markers.find((m) => lower.includes(m.toLowerCase()));
  if (marker === undefined) {
    return block(
      `消息正文没有退订方式（应含以下之一：${rule.params.markers.join('、')}）。`,
      `The message carries no way to opt out (it needs one of: ${rule.params.markers.join(', ')}).`,
      null,
    );
  }
  return pass(`消息正文含有退订方式（“${marker}”）。`, `The message carries an opt-out ("${marker}").`);
}

export function checkDoNotContact(_rule: DoNotContactRule, ctx: GateContext): Finding {
  const { contact_point, do_not_contact } = ctx.request.attempt;
  const which =
    contact_point === null ? { zh: '该联系方式', en: 'The contact point' } : { zh: contact_point, en: contact_point };
  if (do_not_contact) {
    return block(
      `${which.zh} 已标记为“勿联系”：不得使用，除非由有权限的人员解除标记。`,
      `${which.en} is marked do-not-contact: it is not used until a person with the right clears the mark.`,
      null,
    );
  }
  return pass('该联系方式未标记为“勿联系”。', 'The contact point is not marked do-not-contact.');
}
