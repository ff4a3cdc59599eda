/**
 * `dunwell evidence add|list|show|purge`: evidence files (recordings, photos, letters, signed notices)
 * stored by their SHA-256, linked to accounts and activities, kept for the pack's retention.
 */
import { EVIDENCE_KIND_LABELS, type EvidenceKind, isEvidenceKind } from '../../domain/evidence/evidence-codes.js';
import { addEvidence } from '../../evidence/add-evidence.js';
import { evidenceFolder } from '../../evidence/evidence-folder.js';
import { type ListedEvidence, listEvidence } from '../../evidence/list-evidence.js';
import { purgeEvidence } from '../../evidence/purge-evidence.js';
import { showEvidence } from '../../evidence/show-evidence.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

const kindWords = (kind: string) =>
  isEvidenceKind(kind) ? `${EVIDENCE_KIND_LABELS[kind as EvidenceKind].en} ${EVIDENCE_KIND_LABELS[kind].zh}` : kind;

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    file: { type: 'string' },
    kind: { type: 'string' },
    activity: { type: 'string' },
    type: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const file = requiredOption('file F', values.file);
  const kind = requiredOption('kind K', values.kind);
  const by = requiredOption('by USER', values.by, 'who stores it');
  const added = await withStore(ctx, 'write', (store) =>
    addEvidence({
      store,
      folder: evidenceFolder(store, ctx.env),
      accountId,
      file,
      kind,
      activityId: values.activity ?? null,
      mediaType: values.type ?? null,
      by,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, added, () => [
    `${added.sha256} ${kindWords(added.kind)} ${added.name} (${added.media_type}, ${groupThousands(added.size)} bytes) ` +
      `for ${added.account_id}${added.activity_id ? ` / ${added.activity_id}` : ''}`,
    `  kept until ${added.retainUntil} · 保存至 ${added.retainUntil}`,
  ]);
  return EXIT.ok;
};

function listedLine(e: ListedEvidence): string {
  const state = e.purged_at === null ? `kept until ${e.retain_until}` : `purged ${e.purged_at} by ${e.purged_by}`;
  return (
    `${e.sha256.slice(0, 12)}… ${kindWords(e.kind)} ${e.name} ${groupThousands(e.size)} bytes` +
    `${e.activity_id ? ` activity ${e.activity_id}` : ''}, stored ${e.stored_at} by ${e.stored_by}, ${state}`
  );
}

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  const accountId = oneArgument(positionals, 'the account_id');
  const files = await withStore(ctx, 'read', (store) => listEvidence({ db: store.db, accountId }));
  printResult(ctx, values.json, { evidence: files }, () =>
    files.length === 0 ? `no evidence for ${accountId} · 该账户无证据` : files.map(listedLine),
  );
  return EXIT.ok;
};

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    out: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const sha256 = oneArgument(positionals, 'the sha256');
  const shown = await withStore(ctx, 'write', (store) =>
    showEvidence({
      store,
      folder: evidenceFolder(store, ctx.env),
      sha256,
      by: values.by ?? null,
      out: values.out ?? null,
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, shown, () => [
    `${shown.sha256} ${kindWords(shown.kind)} ${shown.name} (${shown.media_type}, ${groupThousands(shown.size)} bytes)`,
    `  stored ${shown.stored_at} by ${shown.stored_by}; ${
      shown.purged_at === null
        ? `kept until ${shown.retain_until} · 保存至 ${shown.retain_until}`
        : `purged ${shown.purged_at} by ${shown.purged_by} · 已清除`
    }`,
    ...shown.links.map((l) => `  ${l.account_id}${l.activity_id ? ` / ${l.activity_id}` : ''} (linked ${l.linked_at})`),
    ...(shown.written_to ? [`  written to ${shown.written_to} · 已导出`] : []),
  ]);
  return EXIT.ok;
};

export const runPurge: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    before: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const by = requiredOption('by USER', values.by, 'an administrator');
  const result = await withStore(ctx, 'write', (store) =>
    purgeEvidence({
      store,
      folder: evidenceFolder(store, ctx.env),
      before: dateOption('before', values.before) ?? null,
      files: positionals,
      by,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, result, () =>
    result.purged.length === 0
      ? `nothing past its retention on ${result.today} · 无已过保存期的证据`
      : [
          `purged ${result.purged.length} file(s) past their retention · 已清除 ${result.purged.length} 个过期证据文件`,
          ...result.purged.map((p) => `  ${p.sha256} kept until ${p.retain_until}`),
        ],
  );
  return EXIT.ok;
};
