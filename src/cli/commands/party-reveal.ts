/**
 * `dunwell party reveal <party_id> --field F --by USER --reason TEXT`: one personal field of a party in
 * clear, for a role that needs it, recorded as a `privacy.reveal` audit event (without the value).
 */
import { PERSONAL_FIELDS } from '../../domain/privacy/personal-fields.js';
import { type RevealView, revealPartyField } from '../../privacy/reveal-party-field.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    field: { type: 'string' },
    by: { type: 'string' },
    reason: { type: 'string' },
    json: { type: 'boolean' },
  });
  const partyId = oneArgument(positionals, 'the party_id');
  const field = requiredOption('field', values.field, PERSONAL_FIELDS.join('|'));
  const by = requiredOption('by USER', values.by, 'who needs it in clear');
  const reason = requiredOption('reason TEXT', values.reason, 'why it is needed; it is recorded');
  const view = await withStore(ctx, 'write', (store) =>
    revealPartyField({ store, partyId, field, by, reason, now: ctx.now(), env: ctx.env }),
  );
  printResult(ctx, values.json, view, () => revealText(view));
  return EXIT.ok;
};

function revealText(view: RevealView): string {
  const lines = [
    `${view.party_id} ${view.field}: shown to 查看人 ${view.revealed_by} (${view.role}), reason 原因: ${view.reason}`,
  ];
  if (view.values.length === 0) lines.push('  none on file 无记录');
  for (const v of view.values) {
    const flags = [v.verified ? 'verified 已核实' : null, v.do_not_contact ? 'do not contact 勿联系' : null].filter(
      (f) => f !== null,
    );
    lines.push(`  ${v.type.padEnd(9)} ${v.value}${flags.length === 0 ? '' : `  (${flags.join(', ')})`}`);
  }
  lines.push('recorded in the audit chain as privacy.reveal 已记入审计链');
  return lines.join('\n');
}
