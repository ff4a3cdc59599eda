/**
 * `dunwell compliance precheck`: may I make this contact now? The gate's answer for one party of an
 * account on a channel, with the rules in the way and when it next would be allowed. Nothing is written.
 * Exit 0 whether allowed or blocked (as `compliance check`); read `allowed` from --json.
 */
import { splitList } from '../../activity/activity-rules.js';
import { precheckContact } from '../../activity/precheck-contact.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';
import { decisionLines, deskLangOption } from './desk-gate-text.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    party: { type: 'string' },
    channel: { type: 'string' },
    by: { type: 'string' },
    'contact-point': { type: 'string' },
    at: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const channel = requiredOption('channel', values.channel, 'phone, sms, email, wechat, post or visit');
  const by = splitList(values.by ?? '');
  if (by.length === 0) throw usageError('--by USER is required (a visit: --by wang.wei,zhao.lei)');
  const lang = deskLangOption(values.lang);
  const result = await withStore(ctx, 'read', (store) =>
    precheckContact({
      store,
      accountId,
      partyId: values.party,
      channel,
      by,
      contactPoint: values['contact-point'],
      at: values.at,
      lang,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, result, () =>
    decisionLines(`${result.account_id} ${result.party_id} ${result.channel} @ ${result.at}`, result, lang),
  );
  return EXIT.ok;
};
