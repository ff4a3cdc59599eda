/**
 * `dunwell legal suggest [<account_id>]`: the accounts for which the methodology's six triggers say to
 * consider going to law (limitation near, secured debt long overdue, debtor dead or missing, no agreement
 * after repeated talks, assets to freeze, deliberate evasion), each trigger with its reason in both
 * languages and the route to take (src/legal/suggest-legal-cases.ts).
 */
import { CASE_KIND_LABELS } from '../../domain/legal/case-codes.js';
import { type CaseSuggestions, suggestLegalCases } from '../../legal/suggest-legal-cases.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { optionalArgument, parseOptions, wholeNumberOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** What a person reads when no --limit is given. */
const TEXT_LIMIT = 50;

function suggestionLines(s: CaseSuggestions, shown: number): string[] {
  const skipped = Object.entries(s.skipped)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => `${n} ${why.replaceAll('_', ' ')}`)
    .join(', ');
  const lines = [
    `${s.suggested} of ${s.considered} past-due accounts meet a lawsuit trigger 符合起诉考量情形` +
      (skipped === '' ? '' : ` (not weighed: ${skipped})`) +
      ` · ${s.ms} ms`,
  ];
  const printed = s.accounts.slice(0, shown);
  for (const a of printed) {
    const route = CASE_KIND_LABELS[a.route];
    lines.push(
      `${a.account_id} DPD ${a.dpd} ${a.currency} ${groupThousands(a.outstanding)} → ${route.en} ${route.zh}: ` +
        a.triggers.map((t) => `${t.label.en} ${t.label.zh}`).join('; '),
    );
    for (const t of a.triggers) lines.push(`  ${t.reason.zh}`, `  ${t.reason.en}`);
  }
  if (s.suggested > printed.length) lines.push(`… ${s.suggested - printed.length} more (--limit N, or --json)`);
  return lines;
}

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = optionalArgument(positionals);
  const limit = wholeNumberOption('limit', values.limit, 1, 10_000_000);
  const suggestions = await withStore(ctx, 'read', (store) =>
    suggestLegalCases({ db: store.db, accountId, now: ctx.now(), limit }),
  );
  printResult(ctx, values.json, suggestions, () => suggestionLines(suggestions, limit ?? TEXT_LIMIT));
  return EXIT.ok;
};
