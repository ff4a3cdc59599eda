/**
 * The demo's limitation story on a small book, on both engines: the past-due consumer loan whose period
 * runs out soonest gets a signed acknowledgement, and its clock restarts from as-of.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { listLegalEvents } from '../legal/list-legal-events.js';
import { addUser } from '../user/add-user.js';
import { demoLimitation } from './demo-limitation.js';

const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('the demo’s limitation clocks on $name', (engine) => {
  const fresh = freshStores(engine);

  it('acknowledges the loan whose period ends soonest, restarting it from as-of', async () => {
    const store = await fresh();
    expect(await demoLimitation({ store, asOf: '2026-11-29', now: () => NOW })).toEqual({
      account: null,
      before: null,
      after: null,
    });
    await addUser({ db: store.db, userId: 'ann', name: 'ann', role: 'collector', actor: 'test', now: NOW });
    const loan = (accountId: string, lastDue: string) => ({
      account_id: accountId,
      portfolio: 'consumer-loans',
      opened_on: '2023-01-01',
      installments: [{ no: 1, due_on: lastDue, principal: 100_000 }],
    });
    await seedAccounts(store, [
      loan('L-LATER', '2025-06-15'),
      loan('L-SOONEST', '2024-02-20'),
      // Time-barred already: nothing to restart (a restart needs a running period).
      loan('L-BARRED', '2023-06-01'),
      { ...loan('C-OTHER', '2023-12-01'), portfolio: 'cards' },
    ]);
    await store.db.updateTable('accounts').set({ past_due_total: 100_000 }).execute();
    const told = await demoLimitation({ store, asOf: '2026-11-29', now: () => NOW });
    // 2024-02-20 + 3 years: Saturday 2027-02-20, so Monday the 22nd; after: 2029-11-29, a Thursday.
    expect(told).toEqual({ account: 'L-SOONEST', before: '2027-02-22', after: '2029-11-29' });
    expect(await listLegalEvents({ db: store.db, accountId: 'L-SOONEST' })).toMatchObject([
      { type: 'acknowledgement', on: '2026-11-29', method: 'signed_slip', recorded_by: 'ann' },
    ]);
  });
});
