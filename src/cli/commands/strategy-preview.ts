/** `dunwell strategy preview <file>`: what a strategy file would do, against the active version. */
import { previewStrategy } from '../../strategy/preview-strategy.js';
import { readStrategyFile } from '../../strategy/validate-strategy-file.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, parseOptions } from '../parse-options.js';

const signed = (n: number) => (n > 0 ? `+${groupThousands(n)}` : n < 0 ? `−${groupThousands(-n)}` : '0');

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw usageError('give exactly one strategy file');
  const asOf = dateOption('as-of', values['as-of']);
  const text = await readStrategyFile(file);
  const preview = await withStore(ctx, 'read', (store) => previewStrategy({ db: store.db, text, asOf }));
  if (values.json) {
    ctx.out(JSON.stringify(preview));
    return EXIT.ok;
  }
  const against = preview.active_version === null ? 'no active version' : `active version ${preview.active_version}`;
  ctx.out(
    `Preview of ${preview.name} on ${preview.as_of}, ${groupThousands(preview.accounts)} accounts, against ${against}`,
  );
  for (const s of preview.segments) {
    const name = s.variant === null ? s.segment : `${s.segment}/${s.variant}`;
    ctx.out(`${name.padEnd(30)} ${groupThousands(s.accounts).padStart(9)}  (${signed(s.difference)})`);
    for (const a of s.actions) {
      ctx.out(`  ${a.action.padEnd(28)} ${groupThousands(a.accounts).padStart(9)}  (${signed(a.difference)})`);
    }
  }
  ctx.out(
    `no segment: ${groupThousands(preview.unsegmented.accounts)}; accounts changing segment: ${groupThousands(preview.changed_segment)}`,
  );
  return EXIT.ok;
};
