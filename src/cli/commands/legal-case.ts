/**
 * `dunwell legal case open|update|list|show`: notarized enforcement, lawsuits and arbitration on an
 * account — status along the kind's state machine, deadlines, documents, costs, the claim, judgments and
 * what was recovered (src/legal).
 */
import { CASE_KIND_LABELS, CASE_STATUS_LABELS } from '../../domain/legal/case-codes.js';
import { evidenceFolder } from '../../evidence/evidence-folder.js';
import type { LegalCaseView } from '../../legal/legal-case-view.js';
import { listLegalCases } from '../../legal/list-legal-cases.js';
import { openLegalCase } from '../../legal/open-legal-case.js';
import { type ShownLegalCase, showLegalCase } from '../../legal/show-legal-case.js';
import { updateLegalCase } from '../../legal/update-legal-case.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, optionalArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** `case_… CL-1 lawsuit 诉讼: filed 已提交 since 2026-11-02 · claim CNY 12,345.00 · costs 800.00 · next deadline …`. */
export function caseLine(c: LegalCaseView): string {
  const kind = CASE_KIND_LABELS[c.kind];
  const status = CASE_STATUS_LABELS[c.status];
  const parts = [
    `${c.id} ${c.account_id} ${kind.en} ${kind.zh}: ${status.en} ${status.zh}, opened ${c.opened_on} by ${c.opened_by}`,
    `claim ${c.currency} ${groupThousands(c.claim_amount)}`,
    `costs ${groupThousands(c.costs)}`,
  ];
  if (c.judgment_amount !== null) parts.push(`judgment ${groupThousands(c.judgment_amount)} on ${c.judgment_on}`);
  if (c.recovered !== '0.00' && c.recovered !== '0') parts.push(`recovered ${groupThousands(c.recovered)}`);
  if (c.closed_on !== null) parts.push(`ended ${c.closed_on}`);
  if (c.next_deadline !== null)
    parts.push(`next deadline ${c.next_deadline.on} (${c.next_deadline.what.en} ${c.next_deadline.what.zh})`);
  return parts.join(' · ');
}

function showLines(c: ShownLegalCase): string[] {
  const lines = [caseLine(c)];
  if (c.forum !== null || c.reference !== null)
    lines.push(`  forum ${c.forum ?? '-'} · reference ${c.reference ?? '-'}`);
  if (c.claim !== null) {
    const { as_of, ...parts } = c.claim;
    const text = Object.entries(parts)
      .map(([k, v]) => `${k} ${groupThousands(v)}`)
      .join(', ');
    lines.push(`  claim as of ${as_of}: ${text}`);
  }
  lines.push(`  net of costs: ${c.currency} ${groupThousands(c.net)}`);
  lines.push(`  may go to: ${c.next_statuses.length === 0 ? 'nothing (ended)' : c.next_statuses.join(', ')}`);
  if (c.deadline_on !== null) lines.push(`  deadline set: ${c.deadline_on}`);
  if (c.judgment_enforcement_by !== null) {
    lines.push(`  apply to enforce the judgment by ${c.judgment_enforcement_by} (申请执行期限, 2 years)`);
  }
  if (c.enforcement_deadlines !== null) {
    lines.push('  enforcement application deadlines per instalment (申请执行期限，每期两年):');
    for (const d of c.enforcement_deadlines) {
      const restarted = d.restarted ? ', restarted by the certificate application' : '';
      lines.push(
        `    #${d.installment_no} due ${d.due_on}, owes ${groupThousands(d.owed)} → apply by ${d.deadline_on} (${d.state}${restarted})`,
      );
    }
  }
  for (const d of c.documents)
    lines.push(`  document ${d.sha256.slice(0, 12)}… ${d.name ?? ''} (${d.size ?? '?'} bytes)`);
  for (const e of c.history) {
    const status = e.status_before === e.status_after ? '' : ` ${e.status_before ?? '-'} → ${e.status_after}`;
    const by = typeof e.by === 'string' ? e.by : e.actor;
    const changes = Object.entries((e.changes ?? {}) as Record<string, { before: unknown; after: unknown }>)
      .filter(([field]) => field !== 'status')
      .map(([field, c]) => `${field} ${c.before ?? '-'} → ${c.after ?? '-'}`);
    const added =
      Array.isArray(e.documents_added) && e.documents_added.length > 0 ? [`+${e.documents_added.length} document`] : [];
    const detail = [...changes, ...added].join(', ');
    lines.push(`  ${e.at} ${e.kind} by ${by}${status}${e.on ? ` on ${e.on}` : ''}${detail ? `: ${detail}` : ''}`);
  }
  return lines;
}

export const runOpen: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    kind: { type: 'string' },
    by: { type: 'string' },
    forum: { type: 'string' },
    reference: { type: 'string' },
    on: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const kind = requiredOption('kind', values.kind, 'notarized_enforcement, lawsuit or arbitration');
  const by = requiredOption('by USER', values.by, 'who is acting');
  const on = dateOption('on', values.on) ?? null;
  const opened = await withStore(ctx, 'write', (store) =>
    openLegalCase({
      store,
      accountId,
      kind,
      by,
      forum: values.forum ?? null,
      reference: values.reference ?? null,
      on,
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, opened, () => caseLine(opened));
  return EXIT.ok;
};

export const runUpdate: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    status: { type: 'string' },
    on: { type: 'string' },
    costs: { type: 'string' },
    'claim-amount': { type: 'string' },
    'judgment-amount': { type: 'string' },
    recovered: { type: 'string' },
    deadline: { type: 'string' },
    document: { type: 'string', multiple: true },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const caseId = oneArgument(positionals, 'the case_id');
  const by = requiredOption('by USER', values.by, 'who is acting');
  const updated = await withStore(ctx, 'write', (store) =>
    updateLegalCase({
      store,
      caseId,
      by,
      status: values.status ?? null,
      on: dateOption('on', values.on) ?? null,
      costs: values.costs ?? null,
      claimAmount: values['claim-amount'] ?? null,
      judgmentAmount: values['judgment-amount'] ?? null,
      recovered: values.recovered ?? null,
      deadline: dateOption('deadline', values.deadline) ?? null,
      documents: values.document ?? [],
      evidenceFolder: evidenceFolder(store, ctx.env),
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, updated, () => caseLine(updated));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    account: { type: 'string' },
    status: { type: 'string' },
    kind: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = values.account ?? optionalArgument(positionals);
  const cases = await withStore(ctx, 'read', (store) =>
    listLegalCases({ store, accountId, status: values.status, kind: values.kind, now: ctx.now() }),
  );
  printResult(ctx, values.json, { cases }, () => (cases.length === 0 ? 'no legal cases' : cases.map(caseLine)));
  return EXIT.ok;
};

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  const caseId = oneArgument(positionals, 'the case_id');
  const shown = await withStore(ctx, 'read', (store) => showLegalCase({ store, caseId, now: ctx.now() }));
  printResult(ctx, values.json, shown, () => showLines(shown));
  return EXIT.ok;
};
