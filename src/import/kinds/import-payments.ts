/**
 * payments: money received, keyed by payment_id. An import records the payment as pending (posted_on
 * NULL) with its value date in the portfolio's time zone; the daily cycle posts and allocates it. A
 * payment id seen before is never recorded again, and a recorded payment is never changed.
 */
import { rangeUntil } from '../../domain/calendar/date-range.js';
import { formatAmount } from '../../domain/money/money.js';
import { refusedPaymentChannel } from '../../domain/payment/payment-codes.js';
import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { CHANNELS } from '../import-codes.js';
import { externalIds, lookupAccounts, lookupParties } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';
import { valueDate } from '../value-date.js';

interface Payment {
  payment_id: string;
  account_id: string;
  accountKey: number;
  paid_at: string;
  value_on: string;
  amount: number;
  currency: string;
  channel: string;
  payer_party_id: string | null;
  payerKey: number | null;
}

/** Compared in this order (references by their internal key); the first difference names the rejected field. */
const COMPARED: readonly [keyof Payment, (p: Payment) => unknown][] = [
  ['account_id', (p) => p.accountKey],
  ['paid_at', (p) => p.paid_at],
  ['amount', (p) => p.amount],
  ['currency', (p) => p.currency],
  ['channel', (p) => p.channel],
  ['payer_party_id', (p) => p.payerKey],
];

export const importPayments: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'terms');
  const payers = await lookupParties(ctx, distinctValues(rows, 'payer_party_id'));
  const ids = distinctValues(rows, 'payment_id');
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('payments')
          .select([
            'payment_id',
            'account_id',
            'paid_at',
            'value_on',
            'amount',
            'currency',
            'channel',
            'payer_party_id',
          ])
          .where(inList(ctx.store.engine, 'payment_id', ids, 'text'))
          .execute();
  const accountNames = await externalIds(
    ctx,
    'accounts',
    stored.map((p) => Number(p.account_id)),
    new Map([...accounts.values()].map((a) => [a.id, a.accountId])),
  );
  const payerNames = await externalIds(
    ctx,
    'parties',
    stored.flatMap((p) => (p.payer_party_id === null ? [] : [Number(p.payer_party_id)])),
    new Map([...payers].map(([ext, key]) => [key, ext])),
  );
  const plan = new ChangePlan<Payment>(
    stored.map((p) => {
      const accountKey = Number(p.account_id);
      const payerKey = p.payer_party_id === null ? null : Number(p.payer_party_id);
      return [
        p.payment_id,
        {
          ...p,
          account_id: accountNames.get(accountKey) ?? String(accountKey),
          accountKey,
          amount: Number(p.amount),
          payer_party_id: payerKey === null ? null : (payerNames.get(payerKey) ?? String(payerKey)),
          payerKey,
        },
      ];
    }),
  );
  // A payment is money already received: dated at most a day ahead (time zones, clock skew), never more.
  const paidBy = rangeUntil(ctx.today, 1);
  for (const source of rows) {
    const c = new RowCheck(source);
    const paymentId = c.required('payment_id');
    const accountId = c.required('account_id');
    const account = accountId === '' ? undefined : accounts.get(accountId);
    if (c.ok && !account) c.fail('account_id', `account ${accountId} does not exist`);
    const paidAt = c.instant('paid_at', paidBy);
    const currency = c.currency('currency');
    if (c.ok && account && currency !== account.currency) {
      c.fail('currency', `currency ${currency} does not match account ${accountId}'s ${account.currency}`);
    }
    const amount = c.amount('amount', currency);
    if (c.ok && amount <= 0) c.fail('amount', `amount ${c.raw('amount')} must be greater than zero`);
    // Cash and personal accounts are refused as a rule, with why, not as an unknown code.
    const refused = refusedPaymentChannel(c.raw('channel'));
    if (refused !== null)
      c.fail('channel', `channel "${c.raw('channel')}" is refused: ${refused.en} ${refused['zh-CN']}`);
    const channel = c.code('channel', CHANNELS);
    const payer = c.optional('payer_party_id');
    const payerKey = payer === null ? null : (payers.get(payer) ?? null);
    if (c.ok && payer !== null && payerKey === null) c.fail('payer_party_id', `party ${payer} does not exist`);
    // A payment's date is the calendar date of paid_at on the portfolio's wall clock.
    const valueOn = c.ok && account ? valueDate(paidAt, account.timeZone) : '';
    if (c.ok && account && valueOn < account.openedOn) {
      c.fail(
        'paid_at',
        `paid_at ${c.raw('paid_at')} is dated ${valueOn} (${account.timeZone}), before account ${accountId}'s opened_on ${account.openedOn}`,
      );
    }
    if (c.problem || !account) {
      tally.reject(c.problem);
      continue;
    }
    const payment: Payment = {
      payment_id: paymentId,
      account_id: accountId,
      accountKey: account.id,
      paid_at: paidAt,
      value_on: valueOn,
      amount,
      currency,
      channel,
      payer_party_id: payer,
      payerKey,
    };
    tally.add(
      plan.decide(source.row, paymentId, payment, (current) => {
        const field = COMPARED.find(([, get]) => get(current) !== get(payment))?.[0];
        if (!field) return { kind: 'same' };
        const show = (p: Payment) => (field === 'amount' ? formatAmount(p.amount, p.currency) : (p[field] ?? '(none)'));
        return {
          kind: 'refuse',
          field,
          reason: `payment ${paymentId} is already recorded with ${field} ${show(current)}, not ${show(payment)}; a recorded payment is never changed or posted twice`,
        };
      }),
    );
  }
  const inserts = plan.inserts();
  if (inserts.length === 0) return;
  await ctx.bulk.insert(
    'payments',
    [
      'payment_id',
      'account_id',
      'paid_at',
      'value_on',
      'amount',
      'currency',
      'channel',
      'payer_party_id',
      'posted_on',
      'created_at',
    ],
    inserts.map((p) => [
      p.payment_id,
      p.accountKey,
      p.paid_at,
      p.value_on,
      p.amount,
      p.currency,
      p.channel,
      p.payerKey,
      null,
      ctx.nowIso,
    ]),
  );
};
