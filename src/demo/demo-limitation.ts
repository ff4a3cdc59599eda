/**
 * The demo's limitation clocks, at the end of the desk's weeks: of the consumer loans past due, the one
 * whose period runs out soonest gets the debtor's signed acknowledgement (the slip of a demand, returned
 * signed), recorded by a collector through the same use case as `dunwell legal event add`, which restarts
 * its clock for another three years. `dunwell legal clock <account>` shows both restarts and what else
 * moved it; the clocks are computed set-based for the whole book, as the cycle's features step does.
 */
import type { IsoDate } from '../domain/calendar/calendar.js';
import { addLegalEvent } from '../legal/add-legal-event.js';
import { limitationClocks } from '../legal/limitation-clocks.js';
import type { Store } from '../store/open-database.js';

export interface DemoLimitation {
  /** The account acknowledged, with its period's last day before and after; null when there was none. */
  account: string | null;
  before: IsoDate | null;
  after: IsoDate | null;
}

/** How many past-due consumer loans the story looks at (the first by account id). */
const LOOKED_AT = 2_000;

export async function demoLimitation(options: {
  store: Store;
  asOf: IsoDate;
  now: () => Date;
}): Promise<DemoLimitation> {
  const { store, asOf } = options;
  const none: DemoLimitation = { account: null, before: null, after: null };
  const collector = await store.db
    .selectFrom('users')
    .select('user_id')
    .where('role', '=', 'collector')
    .where('active', '=', 1)
    .orderBy('user_id')
    .executeTakeFirst();
  if (!collector) return none;
  const accounts = await store.db
    .selectFrom('accounts')
    .select(['id', 'account_id'])
    .where('portfolio_id', '=', 'consumer-loans')
    .where('status', '=', 'active')
    .where('past_due_total', '>', 0)
    .orderBy('id')
    .limit(LOOKED_AT)
    .execute();
  const clocks = await limitationClocks(
    store.db,
    accounts.map((a) => Number(a.id)),
    asOf,
  );
  let soonest: { accountId: string; expiresOn: IsoDate } | null = null;
  for (const a of accounts) {
    const clock = clocks.get(Number(a.id));
    if (!clock || clock.timeBarred) continue;
    if (soonest === null || clock.expiresOn < soonest.expiresOn) {
      soonest = { accountId: a.account_id, expiresOn: clock.expiresOn };
    }
  }
  if (soonest === null) return none;
  const { clock } = await addLegalEvent({
    db: store.db,
    accountId: soonest.accountId,
    type: 'acknowledgement',
    on: asOf,
    method: 'signed_slip',
    by: collector.user_id,
    note: '债务人签回催收通知书回执，确认欠款金额。The debtor returned the demand’s slip signed, confirming the amount owed.',
    now: options.now(),
  });
  return { account: soonest.accountId, before: soonest.expiresOn, after: clock?.expiresOn ?? null };
}
