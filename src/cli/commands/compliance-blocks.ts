/**
 * `dunwell compliance blocks [--account A] [--day D] [--limit N] [--lang zh-CN|en] [--json]`: the contacts
 * the gate refused (queue, outbox, desk) and those an override let through, newest first, with the rules
 * that fired, their citations and reasons, and when each would next be allowed.
 */
import { type BlockView, listBlocks } from '../../compliance/list-blocks.js';
import { COMPLIANCE_LANGUAGES, type ComplianceLanguage } from '../../domain/compliance/compliance-codes.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

function langOption(value: string | undefined): ComplianceLanguage {
  if (value === undefined) return 'zh-CN';
  const lang = COMPLIANCE_LANGUAGES.find((l) => l === value);
  if (!lang) throw usageError(`--lang takes ${COMPLIANCE_LANGUAGES.join(' or ')}, not "${value}"`);
  return lang;
}

function blockLines(b: BlockView): string[] {
  const what = b.blocked ? 'blocked 拦截' : `let through 放行 by override ${b.override_id}`;
  const next = b.blocked ? `  next allowed 最早可于 ${b.next_allowed_at ?? '— a person must act 须人工处理'}` : '';
  const refs = [b.work_item_id, b.message_id].filter((r) => r !== null).join(' ');
  return [
    `${b.attempted_at}  ${b.account_id} ${b.party_id ?? ''} ${b.channel} (${b.source}${refs ? ` ${refs}` : ''}) ${what}${next}`,
    ...b.rules.map((r) => `    ${r.verdict.padEnd(5)} ${r.id}  ${r.reason}  [${r.citation}]`),
  ];
}

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    account: { type: 'string' },
    day: { type: 'string' },
    limit: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const lang = langOption(values.lang);
  const limit = wholeNumberOption('limit', values.limit, 1, 100_000);
  const blocks = await withStore(ctx, 'read', (store) =>
    listBlocks({ db: store.db, accountId: values.account, day: values.day, lang, limit }),
  );
  printResult(ctx, values.json, blocks, () => [`${blocks.length} block(s) 条拦截记录`, ...blocks.flatMap(blockLines)]);
  return EXIT.ok;
};
