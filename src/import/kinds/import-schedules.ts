/**
 * schedules: the instalments of an account, keyed by (account_id, installment_no). A new instalment is a
 * charge in the ledger (booked by the ledger module, dated the account's opening date, or the first open
 * day once the account's ledger has closed days) and raises the account's cached outstanding totals; a
 * stored instalment is money history and is never changed by an import.
 *
 * An instalment whose due date is already closed arrived late: the account is marked (`replay_from`) and
 * the next cycle value-dates it, so its penalty and late fee come out as if it had been booked in time.
 */

import { addDays } from '../../domain/calendar/calendar.js';
import { chargeInstallment } from '../../domain/ledger/charge-installment.js';
import { closedDay } from '../../domain/ledger/move-account-ledger.js';
import { formatAmount, MAX_ACCOUNT_TOTAL_MINOR } from '../../domain/money/money.js';
import { inList } from '../../store/in-list.js';
import { LEDGER_ENTRY_COLUMNS, ledgerEntryValues } from '../../store/shapes/ledger-entry.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkContext, type ChunkImporter, distinctValues } from '../chunk-context.js';
import type { AccountRef } from '../lookup-references.js';
import { lookupAccounts } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';

interface Instalment {
  account: AccountRef;
  installment_no: number;
  due_on: string;
  principal: number;
  interest: number;
  fee: number;
}

const COMPARED = ['due_on', 'principal', 'interest', 'fee'] as const;

interface AccountDelta {
  account: AccountRef;
  principal: number;
  interest: number;
  fee: number;
  oldestDue: string | null;
}

export const importSchedules: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'totals');
  const valid: { row: number; item: Instalment }[] = [];
  for (const source of rows) {
    const c = new RowCheck(source);
    const accountId = c.required('account_id');
    const installmentNo = c.integer('installment_no', 1);
    const dueOn = c.date('due_on');
    const account = accountId === '' ? undefined : accounts.get(accountId);
    if (c.ok && !account) c.fail('account_id', `account ${accountId} does not exist`);
    const currency = account?.currency ?? 'XXX';
    const item: Instalment | undefined = account && {
      account,
      installment_no: installmentNo,
      due_on: dueOn,
      principal: c.amount('principal', currency),
      interest: c.amount('interest', currency),
      fee: c.amount('fee', currency),
    };
    if (c.ok && account && dueOn < account.openedOn) {
      c.fail('due_on', `due_on ${dueOn} is before account ${accountId}'s opened_on ${account.openedOn}`);
    }
    if (c.problem || !item) tally.reject(c.problem);
    else valid.push({ row: source.row, item });
  }

  const stored =
    valid.length === 0
      ? []
      : await ctx.trx
          .selectFrom('installments')
          .select(['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'])
          .where(inList(ctx.store.engine, 'account_id', [...new Set(valid.map((v) => v.item.account.id))], 'bigint'))
          .where(
            inList(
              ctx.store.engine,
              'installment_no',
              [...new Set(valid.map((v) => v.item.installment_no))],
              'integer',
            ),
          )
          .execute();
  const byId = new Map([...accounts.values()].map((a) => [a.id, a]));
  const plan = new ChangePlan<Instalment>(
    stored.flatMap((s) => {
      const account = byId.get(Number(s.account_id));
      if (!account) return [];
      const item: Instalment = {
        account,
        installment_no: Number(s.installment_no),
        due_on: s.due_on,
        principal: Number(s.principal),
        interest: Number(s.interest),
        fee: Number(s.fee),
      };
      return [[`${account.id}:${item.installment_no}`, item] as [string, Instalment]];
    }),
  );
  // What this chunk adds to each account's outstanding charges, held below the ceiling that keeps them exact.
  const added = new Map<number, number>();
  for (const { row, item } of valid) {
    const key = `${item.account.id}:${item.installment_no}`;
    if (plan.current(key) === undefined) {
      const a = item.account;
      const charge = item.principal + item.interest + item.fee;
      const after = a.outPrincipal + a.outInterest + a.outFee + (added.get(a.id) ?? 0) + charge;
      if (after > MAX_ACCOUNT_TOTAL_MINOR) {
        tally.add({
          row,
          field: 'principal',
          reason: `instalment ${item.installment_no} would bring account ${a.accountId}'s outstanding charges to ${formatAmount(after, a.currency)}, more than ${formatAmount(MAX_ACCOUNT_TOTAL_MINOR, a.currency)}, the most one account may carry`,
        });
        continue;
      }
      added.set(a.id, (added.get(a.id) ?? 0) + charge);
    }
    tally.add(
      plan.decide(row, key, item, (current) => {
        const field = COMPARED.find((f) => current[f] !== item[f]);
        if (!field) return { kind: 'same' };
        const show = (i: Instalment) => (field === 'due_on' ? i.due_on : formatAmount(i[field], i.account.currency));
        return {
          kind: 'refuse',
          field,
          reason: `instalment ${item.installment_no} of account ${item.account.accountId} is already booked with ${field} ${show(current)}, not ${show(item)}; a booked instalment is never changed`,
        };
      }),
    );
  }

  const inserts = plan.inserts();
  if (inserts.length === 0) return;
  await ctx.bulk.insert(
    'installments',
    ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
    inserts.map((i) => [i.account.id, i.installment_no, i.due_on, i.principal, i.interest, i.fee]),
  );
  const closed = await closedDays(ctx, [...new Set(inserts.map((i) => i.account.id))]);
  const charges = inserts.flatMap((i) => {
    const accountClosed = closed.get(i.account.id) ?? null;
    const on = accountClosed === null ? i.account.openedOn : addDays(accountClosed, 1);
    const posting = chargeInstallment(
      { no: i.installment_no, dueOn: i.due_on, principal: i.principal, interest: i.interest, fee: i.fee },
      on,
    );
    return posting ? [ledgerEntryValues(i.account.id, posting)] : [];
  });
  await ctx.bulk.insert('ledger_entries', LEDGER_ENTRY_COLUMNS, charges);
  const charged = inserts.filter((i) => i.principal + i.interest + i.fee > 0);
  // The cached totals move by what was charged, aggregated per account: one update per account per chunk.
  const deltas = new Map<number, AccountDelta>();
  for (const i of charged) {
    let d = deltas.get(i.account.id);
    if (!d) {
      d = { account: i.account, principal: 0, interest: 0, fee: 0, oldestDue: null };
      deltas.set(i.account.id, d);
    }
    d.principal += i.principal;
    d.interest += i.interest;
    d.fee += i.fee;
    if (d.oldestDue === null || i.due_on < d.oldestDue) d.oldestDue = i.due_on;
  }
  // The earliest closed due date among the new instalments marks the account for value-dating.
  const lateFrom = new Map<number, string>();
  for (const i of inserts) {
    const accountClosed = closed.get(i.account.id) ?? null;
    if (accountClosed === null || i.due_on > accountClosed) continue;
    const known = lateFrom.get(i.account.id);
    if (known === undefined || i.due_on < known) lateFrom.set(i.account.id, i.due_on);
  }
  await markLate(ctx, lateFrom);
  await ctx.bulk.update(
    'accounts',
    ['out_principal', 'out_interest', 'out_fee', 'oldest_unpaid_due_on', 'updated_at'],
    ['id'],
    [...deltas.values()].map((d) => {
      const a = d.account;
      const oldest =
        a.oldestUnpaidDueOn !== null && d.oldestDue !== null && a.oldestUnpaidDueOn < d.oldestDue
          ? a.oldestUnpaidDueOn
          : d.oldestDue;
      return [a.outPrincipal + d.principal, a.outInterest + d.interest, a.outFee + d.fee, oldest, ctx.nowIso, a.id];
    }),
  );
};

/** The last closed day of each account's ledger: the later of its portfolio's closed day and its own. */
async function closedDays(ctx: ChunkContext, accountIds: readonly number[]): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  if (accountIds.length === 0) return out;
  const rows = await ctx.trx
    .selectFrom('accounts')
    .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select(['accounts.id', 'accounts.processed_through', 'portfolios.closed_through'])
    .where(inList(ctx.store.engine, 'accounts.id', accountIds, 'bigint'))
    .execute();
  for (const r of rows) out.set(Number(r.id), closedDay(r.processed_through, r.closed_through));
  return out;
}

async function markLate(ctx: ChunkContext, lateFrom: Map<number, string>): Promise<void> {
  if (lateFrom.size === 0) return;
  const rows = await ctx.trx
    .selectFrom('accounts')
    .select(['id', 'replay_from'])
    .where(inList(ctx.store.engine, 'id', [...lateFrom.keys()], 'bigint'))
    .execute();
  await ctx.bulk.update(
    'accounts',
    ['replay_from'],
    ['id'],
    rows.map((r) => {
      const id = Number(r.id);
      const from = lateFrom.get(id) as string;
      return [r.replay_from !== null && r.replay_from < from ? r.replay_from : from, id];
    }),
  );
}
