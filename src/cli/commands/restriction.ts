/**
 * `dunwell restriction add|list|lift`: an internal blacklist entry, a stop on new credit, or a credit-bureau
 * report after prior notice, on a debtor of an account; lifted by hand with a reason, or by the cycle when
 * the debt is paid. A public posting is refused with the reason and the law (src/legal).
 */
import { addRestriction } from '../../legal/add-restriction.js';
import { liftRestriction } from '../../legal/lift-restriction.js';
import { listRestrictions } from '../../legal/list-restrictions.js';
import type { RestrictionView } from '../../legal/restriction-view.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, optionalArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** `rst_… CL-1 P-1 credit bureau report 报送征信不良信息: notice sent, waiting 已告知，等待期内 · notice 2026-11-20 · from 2026-11-27`. */
export function restrictionLine(r: RestrictionView): string {
  const parts = [
    `${r.id} ${r.account_id} ${r.party_id} ${r.type_label.en} ${r.type_label.zh}: ${r.status_label.en} ${r.status_label.zh}`,
  ];
  if (r.notice_sent_on !== null) parts.push(`notice sent ${r.notice_sent_on}`);
  if (r.effective_on !== null)
    parts.push(`${r.type === 'credit_bureau' ? 'reportable from' : 'from'} ${r.effective_on}`);
  if (r.lifted_on !== null) parts.push(`lifted ${r.lifted_on} (${r.lifted_reason})`);
  if (r.credit_reporting !== null) parts.push(`${r.credit_reporting.keep.en} ${r.credit_reporting.keep.zh}`);
  parts.push(`by ${r.placed_by}`);
  return parts.join(' · ');
}

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    by: { type: 'string' },
    party: { type: 'string' },
    'notice-sent-on': { type: 'string' },
    'notice-activity': { type: 'string' },
    on: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const type = requiredOption('type', values.type, 'blacklist, stop_new_credit or credit_bureau');
  const by = requiredOption('by USER', values.by, 'who is acting');
  const noticeSentOn = dateOption('notice-sent-on', values['notice-sent-on']) ?? null;
  const placed = await withStore(ctx, 'write', (store) =>
    addRestriction({
      store,
      accountId,
      type,
      by,
      partyId: values.party ?? null,
      noticeSentOn,
      noticeActivity: values['notice-activity'] ?? null,
      on: dateOption('on', values.on) ?? null,
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, placed, () => restrictionLine(placed));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    account: { type: 'string' },
    status: { type: 'string' },
    type: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = values.account ?? optionalArgument(positionals);
  const restrictions = await withStore(ctx, 'read', (store) =>
    listRestrictions({ db: store.db, accountId, status: values.status, type: values.type }),
  );
  printResult(ctx, values.json, { restrictions }, () =>
    restrictions.length === 0 ? 'no restrictions' : restrictions.map(restrictionLine),
  );
  return EXIT.ok;
};

export const runLift: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    reason: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const restrictionId = oneArgument(positionals, 'the restriction_id');
  const reason = requiredOption('reason', values.reason, 'why it is lifted');
  const by = requiredOption('by USER', values.by, 'who is acting');
  const lifted = await withStore(ctx, 'write', (store) =>
    liftRestriction({ store, restrictionId, reason, by, actor: ctx.actor, now: ctx.now() }),
  );
  printResult(ctx, values.json, lifted, () => restrictionLine(lifted));
  return EXIT.ok;
};
