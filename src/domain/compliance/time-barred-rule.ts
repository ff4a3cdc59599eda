/**
 * A time-barred debt (past its limitation period). What each pack takes from its law is a parameter:
 * - `stop_when_claimed` (uk-conc, CONC 7.15): once the customer says the debt is statute-barred (a
 *   `statute_barred_claimed` request), demands stop until a person has looked into it (null).
 * - `check_text` (us-regf 1006.26(b), cn 民法典 192, uk-conc): a message about a time-barred debt is read by
 *   the language guard's time-barred mode; a threat to sue (or any false legal consequence) blocks until
 *   the text is changed (null). A call carries no text: it passes with a warning saying what not to say.
 * Contact about a time-barred debt is otherwise allowed: the debtor may refuse to pay, and may still pay.
 */
import type { TimeBarredRule } from './compliance-pack.js';
import { askedBy, block, type Finding, type GateContext, pass, warn } from './gate-context.js';
import { listFindings, textFindings } from './language-rule.js';

export function checkTimeBarred(rule: TimeBarredRule, ctx: GateContext): Finding {
  const claimed = askedBy(ctx, 'statute_barred_claimed')[0];
  if (rule.params.stop_when_claimed && claimed) {
    return block(
      `客户已于 ${claimed.at} 表示债务已过诉讼时效：停止催讨，须由有权限的人员核实后处理。`,
      `The customer said at ${claimed.at} that the debt is statute-barred: demands stop until a person with the right has looked into it.`,
      null,
    );
  }
  if (!ctx.request.time_barred) {
    return pass('债务未过诉讼时效（或未知已过）。', 'The debt is not (known to be) past its limitation period.');
  }
  const { text } = ctx.request.attempt;
  if (!rule.params.check_text || text === null || text.trim() === '' || ctx.guard === null) {
    return warn(
      '债务已过诉讼时效：不得起诉，也不得以起诉或其他法律后果相威胁；债务人可以拒绝还款。',
      'The debt is time-barred: do not sue or threaten suit or any other legal consequence; the debtor may refuse to pay.',
    );
  }
  const found = textFindings(ctx.guard, ctx, text).filter((f) => f.timeBarredOnly);
  if (found.length > 0) {
    const list = listFindings(found);
    return block(
      `债务已过诉讼时效，文字以法律后果相威胁，不得发送：${list['zh-CN']}。`,
      `The debt is time-barred and the text threatens legal consequences, so it must not go out: ${list.en}.`,
      null,
    );
  }
  return pass(
    '债务已过诉讼时效；文字未以起诉或其他法律后果相威胁。',
    'The debt is time-barred; the text threatens neither suit nor other legal consequences.',
  );
}
