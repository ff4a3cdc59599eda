/**
 * Loads what the ledger pass needs for a set of accounts, with one query per table, straight into the
 * ledger engine's shapes (rows come back as arrays: see store/select-rows).
 */
import type { IsoDate } from '../domain/calendar/calendar.js';
import type {
  AccountTerms,
  AllocationMethod,
  DayCount,
  Hold,
  InstallmentState,
  LedgerState,
} from '../domain/ledger/ledger-types.js';
import { type Rate, rateOf } from '../domain/money/rate.js';
import type { Store } from '../store/open-database.js';
import { selectRows } from '../store/select-rows.js';
import { byDueDate } from './ledger-rows.js';

export interface RangeAccount {
  id: number;
  portfolioId: string;
  openedOn: IsoDate;
  processedThrough: IsoDate | null;
  terms: AccountTerms;
  state: LedgerState;
  payments: { id: number; paidAt: string; valueOn: IsoDate; amount: number }[];
  holds: Hold[];
}

// A book has a handful of distinct rates; parse each once per process, not once per account per day.
const rates = new Map<string, Rate>();
function rate(text: string): Rate {
  let r = rates.get(text);
  if (!r) {
    r = rateOf(text);
    if (rates.size > 10_000) rates.clear();
    rates.set(text, r);
  }
  return r;
}

export async function loadAccountRange(store: Store, ids: readonly number[], asOf: IsoDate): Promise<RangeAccount[]> {
  if (ids.length === 0) return [];
  const db = store.db;
  const [accountRows, installmentRows, paymentRows, holdRows] = await Promise.all([
    selectRows(
      store,
      db
        .selectFrom('accounts')
        .select([
          'id',
          'portfolio_id',
          'opened_on',
          'principal',
          'annual_rate',
          'penalty_uplift',
          'late_fee',
          'grace_days',
          'allocation',
          'day_count',
          'cost_cap_rate',
          'processed_through',
          'unapplied_credit',
          'posted_costs',
        ])
        .where('id', 'in', ids)
        .orderBy('id'),
    ),
    selectRows(
      store,
      db
        .selectFrom('installments')
        .select([
          'account_id',
          'installment_no',
          'due_on',
          'principal',
          'interest',
          'fee',
          'penalty',
          'late_fee',
          'paid_principal',
          'paid_interest',
          'paid_fee',
          'paid_penalty',
          'paid_late_fee',
          'late_fee_decided',
        ])
        .where('account_id', 'in', ids),
    ),
    selectRows(
      store,
      db
        .selectFrom('payments')
        .select(['account_id', 'id', 'paid_at', 'value_on', 'amount'])
        .where('account_id', 'in', ids)
        .where('posted_on', 'is', null)
        .where('value_on', '<=', asOf),
    ),
    selectRows(
      store,
      db.selectFrom('account_holds').select(['account_id', 'from_on', 'to_on']).where('account_id', 'in', ids),
    ),
  ]);

  const byId = new Map<number, RangeAccount>();
  const accounts: RangeAccount[] = [];
  for (const r of accountRows) {
    const [
      id,
      portfolioId,
      openedOn,
      principal,
      annualRate,
      uplift,
      lateFee,
      grace,
      allocation,
      dayCount,
      cap,
      processed,
      credit,
      costs,
    ] = r;
    const account: RangeAccount = {
      id: Number(id),
      portfolioId: String(portfolioId),
      openedOn: String(openedOn),
      processedThrough: processed === null ? null : String(processed),
      terms: {
        openedOn: String(openedOn),
        principal: Number(principal),
        annualRate: rate(String(annualRate)),
        penaltyUplift: rate(String(uplift)),
        lateFee: Number(lateFee),
        graceDays: Number(grace),
        allocation: allocation as AllocationMethod,
        dayCount: dayCount as DayCount,
        costCapRate: cap === null ? null : rate(String(cap)),
      },
      state: { installments: [], credit: Number(credit), postedCosts: Number(costs) },
      payments: [],
      holds: [],
    };
    byId.set(account.id, account);
    accounts.push(account);
  }
  for (const r of installmentRows) {
    const account = byId.get(Number(r[0]));
    if (!account) continue;
    const inst: InstallmentState = {
      no: Number(r[1]),
      dueOn: String(r[2]),
      due: {
        principal: Number(r[3]),
        interest: Number(r[4]),
        fee: Number(r[5]),
        penalty: Number(r[6]),
        late_fee: Number(r[7]),
      },
      paid: {
        principal: Number(r[8]),
        interest: Number(r[9]),
        fee: Number(r[10]),
        penalty: Number(r[11]),
        late_fee: Number(r[12]),
      },
      lateFeeDecided: Number(r[13]) === 1,
    };
    account.state.installments.push(inst);
  }
  for (const account of accounts) account.state.installments.sort(byDueDate);
  for (const r of paymentRows) {
    byId
      .get(Number(r[0]))
      ?.payments.push({ id: Number(r[1]), paidAt: String(r[2]), valueOn: String(r[3]), amount: Number(r[4]) });
  }
  for (const r of holdRows) {
    byId.get(Number(r[0]))?.holds.push({ from: String(r[1]), to: r[2] === null ? null : String(r[2]) });
  }
  return accounts;
}
