/**
 * `showAccount` on real books moved by the real cycle, on every test engine: `reconciled` is true for a
 * ledger the cycle wrote (penalty posted by period and still accruing, late fees, allocations, a value-dated
 * late payment with its corrections) and turns false as soon as one cached figure or one entry disagrees.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { addPayment, type SeedAccount, seedAccounts } from '../../test/support/seed-accounts.js';
import { runCycle } from '../cycle/run-cycle.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { showAccount } from './show-account.js';

const now = () => new Date('2026-11-29T00:00:00Z');
/** A decimal amount of the view in minor units. */
const cents = (amount: string | undefined) => Math.round(Number(amount ?? Number.NaN) * 100);

/** Two instalments past due, one not yet due; a part payment in February, a late one for 1 March. */
const loan = (accountId: string): SeedAccount => ({
  account_id: accountId,
  late_fee: 5_000,
  grace_days: 3,
  installments: [
    { no: 1, due_on: '2026-01-31', principal: 100_000, interest: 1_000 },
    { no: 2, due_on: '2026-02-28', principal: 100_000, interest: 1_000 },
    { no: 3, due_on: '2026-04-30', principal: 100_000, interest: 1_000 },
  ],
  payments: [{ payment_id: `${accountId}-P1`, paid_at: '2026-02-10T10:00:00+08:00', amount: 60_000 }],
});

/** Each tampering on its own account, so one book serves every case. */
const TAMPERINGS: readonly [string, (store: Store, id: number) => Promise<unknown>][] = [
  [
    'a cached principal one cent higher',
    (s, id) =>
      s.db.updateTable('accounts').set({ out_principal: sql`out_principal + 1` }).where('id', '=', id).execute(),
  ],
  [
    'a cached unapplied credit of one cent',
    (s, id) => s.db.updateTable('accounts').set({ unapplied_credit: 1 }).where('id', '=', id).execute(),
  ],
  [
    'cached posted costs one cent lower',
    (s, id) => s.db.updateTable('accounts').set({ posted_costs: sql`posted_costs - 1` }).where('id', '=', id).execute(),
  ],
  [
    "an instalment's paid interest one cent higher",
    (s, id) =>
      s.db
        .updateTable('installments')
        .set({ paid_interest: sql`paid_interest + 1` })
        .where('account_id', '=', id)
        .where('installment_no', '=', 2)
        .execute(),
  ],
  [
    "an instalment's open accrual one cent higher",
    (s, id) =>
      s.db
        .updateTable('installments')
        .set({ accrued_penalty: sql`accrued_penalty + 1` })
        .where('account_id', '=', id)
        .where('installment_no', '=', 2)
        .execute(),
  ],
  [
    'a forged penalty entry of one cent',
    (s, id) => forgeEntry(s, id, { installment_no: 1, kind: 'penalty', penalty: 1 }),
  ],
  [
    'a forged entry moving one cent from principal to interest',
    (s, id) => forgeEntry(s, id, { installment_no: 1, kind: 'reallocation', principal: -1, interest: 1 }),
  ],
  ['a forged payment entry of one cent of credit', (s, id) => forgeEntry(s, id, { kind: 'payment', credit: 1 })],
  [
    'a forged empty entry on an instalment that does not exist',
    (s, id) => forgeEntry(s, id, { installment_no: 99, kind: 'penalty' }),
  ],
];

async function forgeEntry(
  store: Store,
  accountId: number,
  entry: {
    kind: string;
    installment_no?: number;
    principal?: number;
    interest?: number;
    penalty?: number;
    credit?: number;
  },
) {
  await store.db
    .insertInto('ledger_entries')
    .values({
      account_id: accountId,
      installment_no: entry.installment_no ?? null,
      posted_on: '2026-03-16',
      kind: entry.kind,
      payment_id: null,
      principal: entry.principal ?? 0,
      interest: entry.interest ?? 0,
      fee: 0,
      penalty: entry.penalty ?? 0,
      late_fee: 0,
      credit: entry.credit ?? 0,
    })
    .execute();
}

async function idOf(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

describe.each(testEngines)('showAccount on $name', (engine) => {
  let store: Store;
  const show = (accountId: string, asOf?: string) => showAccount({ store, accountId, asOf, today: '2026-11-29' });

  beforeAll(async () => {
    store = await engine.open();
    await seedAccounts(store, [loan('GOOD'), ...TAMPERINGS.map((_, n) => loan(`T-${n}`))]);
    await runCycle({ store, asOf: '2026-03-15', now });
    // Arrives after 1 March was closed: value-dated by the next run with correction entries.
    for (const id of ['GOOD', ...TAMPERINGS.map((_, n) => `T-${n}`)]) {
      await addPayment(store, id, { payment_id: `${id}-LATE`, paid_at: '2026-03-01T09:00:00+08:00', amount: 20_000 });
    }
    await runCycle({ store, asOf: '2026-03-16', now });
  });
  afterAll(async () => store.close());

  it('is reconciled on a ledger the cycle wrote, with postings, open accruals and value-dating corrections', async () => {
    const view = await show('GOOD');
    expect(view.reconciled).toBe(true);
    expect(view.as_of).toBe('2026-03-16');
    const kinds = new Set(view.entries.map((e) => e.kind));
    for (const kind of ['charge', 'penalty', 'late_fee', 'payment', 'allocation', 'correction']) {
      expect(kinds, `an entry of kind ${kind}`).toContain(kind);
    }
    expect(view.installments.some((i) => i.accrued_penalty !== '0.00')).toBe(true);
    // Outstanding is what the instalments owe, open accruals included: re-added here from the view itself.
    const owed = view.installments.reduce(
      (sum, i) => sum + cents(i.due.total) - cents(i.paid.total) + cents(i.accrued_penalty),
      0,
    );
    expect(cents(view.outstanding.total)).toBe(owed);
    // No. 3 is not yet due on 16 March: past due is the rest.
    const third = view.installments[2];
    expect(third?.due_on).toBe('2026-04-30');
    expect(cents(view.past_due.total)).toBe(owed - cents(third?.due.total) + cents(third?.paid.total));
  });

  it.each(TAMPERINGS.map(([what], n) => [what, n] as const))('is not reconciled after %s', async (_what, n) => {
    const accountId = `T-${n}`;
    expect((await show(accountId)).reconciled).toBe(true);
    await TAMPERINGS[n]?.[1](store, await idOf(store, accountId));
    expect((await show(accountId)).reconciled).toBe(false);
  });

  it('cannot have an entry changed in place: the database refuses it', async () => {
    const id = await idOf(store, 'GOOD');
    await expect(
      store.db.updateTable('ledger_entries').set({ penalty: 0 }).where('account_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
    expect((await show('GOOD')).reconciled).toBe(true);
  });

  it('splits past due at an earlier day, and refuses a day the ledger has not reached', async () => {
    const early = await show('GOOD', '2026-02-15');
    expect(early.as_of).toBe('2026-02-15');
    // Only no. 1 was due before 15 February.
    const first = early.installments[0];
    expect(cents(early.past_due.principal)).toBe(cents(first?.due.principal) - cents(first?.paid.principal));
    expect(cents(early.past_due.principal)).toBeGreaterThan(0);
    await expect(show('GOOD', '2026-03-17')).rejects.toSatisfy((e) => isAppError(e, 'INVALID_INPUT'));
  });

  it('is NOT_FOUND for an account that does not exist', async () => {
    await expect(show('NO-SUCH')).rejects.toSatisfy(
      (e) => isAppError(e, 'NOT_FOUND') && e.message.includes('"NO-SUCH"'),
    );
  });
});
