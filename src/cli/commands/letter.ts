/**
 * `dunwell letter issue|delivered|list|letterhead`: demand letters and notices as PDF (src/letter), their
 * proven delivery, the letters of an account, and the creditor's letterhead they print.
 */
import { writeFile } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import {
  DELIVERY_METHOD_LABELS,
  type DeliveryMethod,
  LETTER_KIND_LABELS,
  type LetterKind,
} from '../../domain/letter/letter-codes.js';
import { evidencePath } from '../../evidence/evidence-file.js';
import { evidenceFolder } from '../../evidence/evidence-folder.js';
import { findCjkFont } from '../../letter/find-cjk-font.js';
import { issueLetter } from '../../letter/issue-letter.js';
import { type LetterView, listLetters } from '../../letter/list-letters.js';
import { recordDelivery } from '../../letter/record-delivery.js';
import { setLetterhead, showLetterhead } from '../../letter/set-letterhead.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

const kindWords = (kind: LetterKind) => `${LETTER_KIND_LABELS[kind].en} ${LETTER_KIND_LABELS[kind].zh}`;

export const runIssue: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    kind: { type: 'string' },
    by: { type: 'string' },
    lang: { type: 'string' },
    on: { type: 'string' },
    party: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const kind = requiredOption('kind K', values.kind);
  const by = requiredOption('by USER', values.by, 'who sends it');
  const on = dateOption('on', values.on);
  // Found before the database is opened: without a font there is no letter, and nothing is written.
  const font = findCjkFont(ctx.env);
  const { result, folder } = await withStore(ctx, 'write', async (store) => {
    const folder = evidenceFolder(store, ctx.env);
    const result = await issueLetter({
      store,
      accountId,
      kind,
      by,
      language: values.lang,
      on,
      partyId: values.party,
      font,
      evidenceFolder: folder,
      now: ctx.now(),
    });
    return { result, folder };
  });
  const stored = evidencePath(folder, result.letter.sha256);
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, result.pdf);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'UNREADABLE_INPUT',
        `the letter was issued and stored at ${stored}, but ${values.out} could not be written: ${why}`,
      );
    }
  }
  const l = result.letter;
  printResult(ctx, values.json, { ...l, evidence_path: stored, out: values.out ?? null }, () => [
    `${l.letter_id} ${kindWords(l.kind)} (${l.language}) to ${l.party_id} on ${l.account_id}, dated ${l.letter_date}`,
    `  ${l.currency} ${groupThousands(l.amount_due)} overdue of ${groupThousands(l.outstanding)} owed; respond by ${l.respond_by}`,
    `  activity ${l.activity_id} (post, delivered to the post); delivery is proven with: dunwell letter delivered ${l.activity_id} --method M --on D --by USER`,
    `  PDF ${l.pages} pages, ${groupThousands(l.size)} bytes, sha256 ${l.sha256}, kept until ${l.retain_until}`,
    `  stored at ${stored}${values.out === undefined ? '' : `; written to ${values.out}`}`,
  ]);
  return EXIT.ok;
};

export const runDelivered: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    method: { type: 'string' },
    on: { type: 'string' },
    by: { type: 'string' },
    evidence: { type: 'string' },
    json: { type: 'boolean' },
  });
  const activityId = oneArgument(positionals, 'the activity_id of the letter');
  const method = requiredOption('method M', values.method);
  const on = dateOption('on', requiredOption('on D', values.on, 'the day it reached the debtor')) as string;
  const by = requiredOption('by USER', values.by, 'who records it');
  const delivered = await withStore(ctx, 'write', (store) =>
    recordDelivery({
      store,
      activityId,
      method,
      on,
      by,
      evidenceFile: values.evidence,
      evidenceFolder: evidenceFolder(store, ctx.env),
      now: ctx.now(),
    }),
  );
  const label = DELIVERY_METHOD_LABELS[delivered.method as DeliveryMethod];
  printResult(ctx, values.json, delivered, () => [
    `${delivered.letter_id} ${kindWords(delivered.kind)} on ${delivered.account_id} delivered ${delivered.delivered_on}: ${label.en} ${label.zh}`,
    delivered.legal_event_id === null
      ? '  a validation notice: its delivery restarts no limitation clock'
      : `  legal event ${delivered.legal_event_id} demand_delivered: the limitation clock restarts from ${delivered.delivered_on}`,
    ...(delivered.evidence === null ? [] : [`  proof stored as evidence ${delivered.evidence}`]),
  ]);
  return EXIT.ok;
};

function letterLine(l: LetterView): string {
  const delivery =
    l.delivered_on === null ? 'delivery not yet proven' : `delivered ${l.delivered_on} (${l.delivery_method})`;
  return (
    `${l.letter_id} ${l.letter_date} ${kindWords(l.kind)} (${l.language}) to ${l.party_id}: ${l.currency} ` +
    `${groupThousands(l.amount_due)} overdue of ${groupThousands(l.outstanding)}, respond by ${l.respond_by ?? '-'}; ` +
    `by ${l.issued_by}, activity ${l.activity_id}; ${delivery}`
  );
}

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  const accountId = oneArgument(positionals, 'the account_id');
  const letters = await withStore(ctx, 'read', (store) => listLetters({ db: store.db, accountId }));
  printResult(ctx, values.json, { letters }, () => (letters.length === 0 ? 'no letters' : letters.map(letterLine)));
  return EXIT.ok;
};

export const runLetterhead: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    file: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const portfolioId = oneArgument(positionals, 'the portfolio');
  const view =
    values.file === undefined
      ? await withStore(ctx, 'read', (store) => showLetterhead({ db: store.db, portfolioId }))
      : await (async () => {
          const by = requiredOption('by USER', values.by, 'who sets it');
          const file = values.file as string;
          return withStore(ctx, 'write', (store) =>
            setLetterhead({ db: store.db, portfolioId, file, by, now: ctx.now() }),
          );
        })();
  printResult(ctx, values.json, view, () => {
    const l = view.letterhead;
    if (l === null)
      return `${view.portfolio}: no letterhead (dunwell letter letterhead ${view.portfolio} --file F --by USER)`;
    return [
      `${view.portfolio}: ${l.creditor['zh-CN']} / ${l.creditor.en}`,
      `  ${l.address['zh-CN']} / ${l.address.en}`,
      `  tel ${l.phone}${l.hours === null ? '' : ` (${l.hours.en})`}`,
      ...l.payment.map((p) => `  pay by ${p.channel}: ${p.details.en}`),
    ];
  });
  return EXIT.ok;
};
