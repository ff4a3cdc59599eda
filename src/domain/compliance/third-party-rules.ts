/**
 * Contact with someone who does not owe the debt (a relative, a friend, an employer): only when the
 * obligors cannot be reached, never telling them about the debt, once only where the pack says so, and
 * never again after they refuse. Each of these blocks until a person acts (null): time alone changes
 * nothing. To an obligor they do not apply and pass.
 */
import { isObligorRole } from '../party/party-codes.js';
import type {
  ThirdPartyDisclosureRule,
  ThirdPartyOnceRule,
  ThirdPartyRefusedRule,
  ThirdPartyUnreachableRule,
} from './compliance-pack.js';
import { askedBy, block, type Finding, type GateContext, pass, toThirdParty } from './gate-context.js';

const obligorAttempt = () =>
  pass('联系对象是债务人本人或其他义务人，本条不适用。', 'The attempt is to an obligor: this rule does not apply.');

export function checkThirdPartyUnreachable(rule: ThirdPartyUnreachableRule, ctx: GateContext): Finding {
  if (!toThirdParty(ctx)) return obligorAttempt();
  const n = rule.params.failed_attempts;
  const { debts } = ctx.request.attempt;
  const toObligors = ctx.past.filter((h) => {
    const role = ctx.roleOf(h.party_id);
    return (
      h.direction === 'outbound' && role !== undefined && isObligorRole(role) && h.debts.some((d) => debts.includes(d))
    );
  });
  const lastN = toObligors.slice(-n);
  if (lastN.length === n && lastN.every((h) => !h.conversation)) {
    return pass(
      `最近 ${n} 次联系义务人均未接通或无人应答，义务人无法联系，可联系第三方（仅限核实联系方式）。`,
      `The last ${n} attempts to the obligors all failed: they are unreachable, so a third party may be contacted (to find them only).`,
    );
  }
  const failed = [...toObligors].reverse().findIndex((h) => h.conversation);
  const streak = failed === -1 ? toObligors.length : failed;
  return block(
    `只有在义务人无法联系时才可联系第三方：最近连续失败 ${streak} 次，需连续失败 ${n} 次。`,
    `A third party may be contacted only when the obligors are unreachable: ${streak} failed attempts in a row, ${n} needed.`,
    null,
  );
}

export function checkThirdPartyDisclosure(_rule: ThirdPartyDisclosureRule, ctx: GateContext): Finding {
  if (!toThirdParty(ctx)) return obligorAttempt();
  if (ctx.request.attempt.discloses_debt) {
    return block(
      '此次联系会向第三方透露债务：不得发送，须改为不涉及债务的内容。',
      'This contact would disclose the debt to a third party: it must not go out; say nothing of the debt.',
      null,
    );
  }
  return pass('此次联系不向第三方透露债务。', 'This contact does not disclose the debt to the third party.');
}

export function checkThirdPartyOnce(_rule: ThirdPartyOnceRule, ctx: GateContext): Finding {
  if (!toThirdParty(ctx)) return obligorAttempt();
  const { party } = ctx.request.attempt;
  // A message reaches the person; a call communicates only when someone talked.
  const before = ctx.past.find(
    (h) => h.party_id === party.id && h.direction === 'outbound' && (h.channel !== 'call' || h.conversation),
  );
  if (before) {
    return block(
      `已于 ${before.at} 联系过该第三方；除非对方要求，不得再次联系。`,
      `This third party was already contacted at ${before.at}; not again unless they ask.`,
      null,
    );
  }
  return pass('此前未联系过该第三方。', 'This third party has not been contacted before.');
}

export function checkThirdPartyRefused(_rule: ThirdPartyRefusedRule, ctx: GateContext): Finding {
  if (!toThirdParty(ctx)) return obligorAttempt();
  const refused = askedBy(ctx, 'third_party_refused')[0];
  if (refused) {
    return block(
      `该第三方已于 ${refused.at} 拒绝配合：不得再联系。`,
      `This third party refused at ${refused.at}: no further contact.`,
      null,
    );
  }
  return pass('该第三方未表示拒绝。', 'This third party has not refused.');
}
