/** `dunwell compliance override` and `compliance override list`: set a rule aside for an account, with a reason. */
import { grantOverride } from '../../compliance/grant-override.js';
import { listOverrides } from '../../compliance/list-overrides.js';
import type { OverrideView } from '../../compliance/override-view.js';
import { MAX_OVERRIDE_HOURS } from '../../domain/compliance/desk-rights.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, oneArgument, parseOptions, requiredOption, wholeNumberOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

function overrideLine(o: OverrideView): string {
  const party = o.party_id === null ? 'any party 任何当事人' : o.party_id;
  const state = o.in_force ? 'in force 生效中' : 'not in force 未生效';
  return `${o.override_id}  ${o.account_id} ${o.rule_id} set aside 豁免 for ${party} until ${o.expires_at} [${state}] by ${o.granted_by} (${o.role}): ${o.reason}`;
}

export const runGrant: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    rule: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    party: { type: 'string' },
    hours: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const ruleId = requiredOption('rule', values.rule, 'the id of the rule to set aside (e.g. cn.daily_attempts)');
  const reason = requiredOption('reason', values.reason, 'why the rule is set aside');
  const by = requiredOption('by USER', values.by, 'a manager or an administrator');
  const hours = wholeNumberOption('hours', values.hours, 1, MAX_OVERRIDE_HOURS);
  const granted = await withStore(ctx, 'write', (store) =>
    grantOverride({ db: store.db, accountId, ruleId, reason, by, partyId: values.party, hours, now: ctx.now() }),
  );
  printResult(ctx, values.json, granted, () => overrideLine(granted));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    account: { type: 'string' },
    'in-force': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const overrides = await withStore(ctx, 'read', (store) =>
    listOverrides({ db: store.db, accountId: values.account, inForceOnly: values['in-force'], now: ctx.now() }),
  );
  printResult(ctx, values.json, overrides, () => [
    `${overrides.length} override(s) 条豁免`,
    ...overrides.map(overrideLine),
  ]);
  return EXIT.ok;
};
