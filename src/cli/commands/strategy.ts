/**
 * `dunwell strategy validate|submit|approve|reject|rollback|history|show` (preview is strategy-preview.ts):
 * the strategy life cycle with four eyes. Each command parses, calls one use case in src/strategy and
 * prints; refusals (a second manager missing, the wrong role, a version not pending) are AppErrors whose
 * code decides the exit status in main.ts.
 */
import { approveStrategy } from '../../strategy/approve-strategy.js';
import { rejectStrategy } from '../../strategy/reject-strategy.js';
import { rollbackStrategy } from '../../strategy/rollback-strategy.js';
import { showStrategy } from '../../strategy/show-strategy.js';
import { strategyHistory } from '../../strategy/strategy-history.js';
import type { StrategyVersionView } from '../../strategy/strategy-version-view.js';
import { submitStrategy } from '../../strategy/submit-strategy.js';
import { readStrategyFile, validateStrategyFile } from '../../strategy/validate-strategy-file.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** A version number argument: a positive whole number. */
function versionArgument(positionals: readonly string[]): number {
  const given = oneArgument(positionals, 'a version number');
  if (!/^[1-9]\d{0,8}$/.test(given)) throw usageError(`"${given}" is not a version number`);
  return Number(given);
}

const fileArgument = (positionals: readonly string[]) => oneArgument(positionals, 'a strategy file');

const byOption = (value: string | undefined) => requiredOption('by USER', value, 'who is acting');

/** One line a manager reads: `version 3 "early-stage" pending — submitted by ann 2026-11-29T…`. */
function versionLine(v: StrategyVersionView): string {
  const parts = [`version ${v.version} "${v.name}" ${v.status}`, `submitted by ${v.submitted_by} ${v.submitted_at}`];
  if (v.approved_by) parts.push(`approved by ${v.approved_by} ${v.approved_at ?? ''}`.trim());
  if (v.rejected_by) parts.push(`rejected by ${v.rejected_by} ${v.rejected_at ?? ''}`.trim());
  if (v.retired_at) parts.push(`retired ${v.retired_at}`);
  if (v.rollback_of !== null) parts.push(`rollback of version ${v.rollback_of}`);
  if (v.note) parts.push(`note: ${v.note}`);
  return parts.join(' — ');
}

function printVersion(ctx: CommandContext, json: boolean | undefined, v: StrategyVersionView): void {
  printResult(ctx, json, v, () => versionLine(v));
}

export const runValidate: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  const path = fileArgument(positionals);
  const result = await validateStrategyFile({ path });
  if (values.json) ctx.out(JSON.stringify(result));
  else if (result.ok) ctx.out(`${path}: valid`);
  else {
    ctx.out(`${path}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
    for (const e of result.errors) ctx.out(`  ${e.path || '(document)'}: ${e.message}`);
  }
  return result.ok ? EXIT.ok : EXIT.rejected;
};

export const runSubmit: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    by: { type: 'string' },
    note: { type: 'string' },
    json: { type: 'boolean' },
  });
  const path = fileArgument(positionals);
  const by = byOption(values.by);
  const text = await readStrategyFile(path);
  const v = await withStore(ctx, 'write', (store) =>
    submitStrategy({ db: store.db, text, by, note: values.note, now: ctx.now() }),
  );
  printVersion(ctx, values.json, v);
  return EXIT.ok;
};

export const runApprove: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { by: { type: 'string' }, json: { type: 'boolean' } });
  const version = versionArgument(positionals);
  const by = byOption(values.by);
  const v = await withStore(ctx, 'write', (store) => approveStrategy({ db: store.db, version, by, now: ctx.now() }));
  printVersion(ctx, values.json, v);
  return EXIT.ok;
};

/** reject and rollback: a version, who does it, and a note saying why. */
function withNote(
  decide: (options: {
    db: Parameters<typeof rejectStrategy>[0]['db'];
    version: number;
    by: string;
    note?: string;
    now: Date;
  }) => ReturnType<typeof rejectStrategy>,
): RunCommand {
  return async (ctx) => {
    const { values, positionals } = parseOptions(ctx.args, {
      by: { type: 'string' },
      note: { type: 'string' },
      json: { type: 'boolean' },
    });
    const version = versionArgument(positionals);
    const by = byOption(values.by);
    const v = await withStore(ctx, 'write', (store) =>
      decide({ db: store.db, version, by, note: values.note, now: ctx.now() }),
    );
    printVersion(ctx, values.json, v);
    return EXIT.ok;
  };
}

export const runReject = withNote(rejectStrategy);

export const runRollback = withNote(rollbackStrategy);

export const runHistory: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const history = await withStore(ctx, 'read', (store) => strategyHistory({ db: store.db }));
  if (values.json) {
    ctx.out(JSON.stringify(history));
    return EXIT.ok;
  }
  if (history.versions.length === 0) {
    ctx.out('no strategy versions yet (dunwell strategy submit <file> --by USER)');
    return EXIT.ok;
  }
  const rows = history.versions.map((v) => [
    String(v.version),
    v.status,
    v.name,
    v.submitted_by,
    v.submitted_at.slice(0, 16).replace('T', ' '),
    v.approved_by ?? v.rejected_by ?? '',
    (v.approved_at ?? v.rejected_at ?? '').slice(0, 16).replace('T', ' '),
    v.rollback_of === null ? '' : String(v.rollback_of),
  ]);
  const head = ['version', 'status', 'name', 'submitted by', 'submitted at', 'decided by', 'decided at', 'rollback of'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const r of [head, ...rows])
    ctx.out(
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  return EXIT.ok;
};

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  const version = positionals.length === 0 ? undefined : versionArgument(positionals);
  const shown = await withStore(ctx, 'read', (store) => showStrategy({ db: store.db, version }));
  if (values.json) ctx.out(JSON.stringify(shown));
  // The YAML exactly as stored; ctx.out adds the one line end the text already ends with.
  else ctx.out(shown.document.replace(/\r?\n$/, ''));
  return EXIT.ok;
};
