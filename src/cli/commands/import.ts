/**
 * `dunwell import <kind> <file> [--all-or-nothing] [--json]`: streams a CSV or JSON-lines file into the
 * database (see src/import). Exit 0 when every row was applied, 3 when rows were rejected; a file that
 * is unusable as a whole (unreadable, malformed, wrong columns) is refused as UNREADABLE_INPUT (exit 2).
 */
import { importFile } from '../../import/import-file.js';
import { IMPORT_KINDS, isImportKind } from '../../import/import-kinds.js';
import type { ImportReport } from '../../import/import-records.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands as n } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';
import { progressBar } from '../progress.js';

const SHOWN_REJECTIONS = 20;

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'all-or-nothing': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const [kind, path, ...extra] = positionals;
  if (!kind || !path) throw usageError('import needs a kind and a file');
  if (extra.length > 0) throw usageError(`unexpected argument ${extra.join(' ')}`);
  if (!isImportKind(kind)) throw usageError(`unknown kind "${kind}"; kinds are ${IMPORT_KINDS.join(', ')}`);
  const allOrNothing = values['all-or-nothing'] === true;

  const bar = progressBar({ enabled: ctx.interactive, label: `import ${kind}` });
  const report = await withStore(ctx, 'write', (store) =>
    importFile({
      store,
      kind,
      path,
      allOrNothing,
      actor: ctx.actor,
      now: ctx.now(),
      onBytes: (bytes, totalBytes) => bar.update({ bytes, totalBytes }),
      onProgress: (rows) => bar.update({ rows }),
    }),
  ).finally(() => bar.done());

  if (values.json) {
    ctx.out(
      JSON.stringify({
        kind: report.kind,
        rows: report.rows,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: report.rejected,
        created_portfolios: report.createdPortfolios,
      }),
    );
  } else {
    printSummary(ctx, report, path, allOrNothing);
  }
  return report.rejected.length > 0 ? EXIT.rejected : EXIT.ok;
};

function printSummary(ctx: CommandContext, report: ImportReport, path: string, allOrNothing: boolean): void {
  const rejected = report.rejected.length;
  const rolledBack = allOrNothing && rejected > 0;
  ctx.out(
    `${report.kind} from ${path}: ${n(report.rows)} rows, ${n(report.inserted)} inserted, ${n(report.updated)} updated, ` +
      `${n(report.unchanged)} unchanged, ${n(rejected)} rejected${rolledBack ? ' — nothing applied (--all-or-nothing)' : ''}`,
  );
  if (report.createdPortfolios.length > 0) {
    ctx.out(
      `created portfolio${report.createdPortfolios.length > 1 ? 's' : ''}: ${report.createdPortfolios.join(', ')}`,
    );
  }
  for (const r of report.rejected.slice(0, SHOWN_REJECTIONS)) ctx.out(`row ${r.row}, field ${r.field}: ${r.reason}`);
  if (rejected > SHOWN_REJECTIONS) ctx.out(`… and ${n(rejected - SHOWN_REJECTIONS)} more; use --json for all`);
}
