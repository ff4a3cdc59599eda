/** `dunwell account show`: one account's ageing, balances, instalments and ledger entries. */
import { type AccountView, showAccount } from '../../account/show-account.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { HOLD_WORDS, type HoldType } from '../../domain/compliance/compliance-codes.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands as g } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, parseOptions } from '../parse-options.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } });
  const [accountId, ...extra] = positionals;
  if (!accountId || extra.length > 0) throw usageError('give exactly one account_id');
  const asOf = dateOption('as-of', values['as-of']);
  const today = dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  const view = await withStore(ctx, 'read', (store) => showAccount({ store, accountId, asOf, today }));
  if (values.json) {
    ctx.out(JSON.stringify(view));
    return EXIT.ok;
  }
  const o = view.outstanding;
  ctx.out(`${view.account_id} (${view.ref}) — ${view.product}, ${view.portfolio}, ${view.currency}`);
  ctx.out(`status ${view.status}, DPD ${g(view.dpd)}, bucket ${view.bucket}, stage ${view.stage}, as of ${view.as_of}`);
  ctx.out(
    `outstanding ${g(o.total)} (principal ${g(o.principal)}, interest ${g(o.interest)}, fee ${g(o.fee)}, penalty ${g(o.penalty)}, late fee ${g(o.late_fee)})`,
  );
  ctx.out(
    `past due ${g(view.past_due.total)}; unapplied credit ${g(view.unapplied_credit)}; ledger reconciled: ${view.reconciled ? 'yes' : 'NO'}`,
  );
  for (const h of view.holds) ctx.out(holdLine(h));
  for (const p of view.parties) ctx.out(partyLine(p));
  ctx.out('');
  // `accrued` is penalty interest owed but not yet posted (it is posted at month end or when money comes in).
  ctx.out(
    `${'no'.padStart(3)}  ${'due on'.padEnd(10)}  ${'due'.padStart(14)}  ${'paid'.padStart(14)}  ${'accrued'.padStart(12)}  since`,
  );
  for (const i of view.installments) {
    ctx.out(
      `${String(i.installment_no).padStart(3)}  ${i.due_on}  ${g(i.due.total).padStart(14)}  ${g(i.paid.total).padStart(14)}  ${g(i.accrued_penalty).padStart(12)}  ${i.accrued_from ?? ''}`,
    );
  }
  ctx.out('');
  ctx.out(`${g(view.entries.length)} ledger entries (use --json to list them)`);
  return EXIT.ok;
};

/** A party as one line, its personal data masked (`dunwell party reveal` shows it, recorded). */
function partyLine(p: AccountView['parties'][number]): string {
  const id = p.id_number === null ? '' : `, ID 证件 ${p.id_number}`;
  const contacts = p.contacts.map(
    (c) => `${c.type} ${c.value}${c.verified ? ' ✓' : ''}${c.do_not_contact ? ' (do not contact 勿联系)' : ''}`,
  );
  return `${p.role} ${p.party_id} ${p.name}${id}${contacts.length === 0 ? '' : `; ${contacts.join(', ')}`}`;
}

/** A hold as one line: its type in both languages, its days, why, who placed it and who lifted it. */
function holdLine(h: {
  type: string;
  from_on: string;
  to_on: string | null;
  reason: string;
  placed_by: string | null;
  lifted_by: string | null;
  lifted_at: string | null;
}): string {
  const words = HOLD_WORDS[h.type as HoldType];
  const type = words ? `${words.en} ${words['zh-CN']}` : h.type;
  const placed = h.placed_by === null ? '' : `, placed by ${h.placed_by}`;
  const lifted = h.lifted_by === null ? '' : `, lifted by ${h.lifted_by} at ${h.lifted_at ?? '?'}`;
  return `hold 暂停 (${type}) ${h.from_on} – ${h.to_on ?? 'until lifted 至解除'}: ${h.reason}${placed}${lifted}`;
}
