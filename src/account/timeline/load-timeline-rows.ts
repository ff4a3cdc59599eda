/** Reads, all at once, every row an account's timeline is told from, each source in its stable order. */
import type { Kysely } from 'kysely';
import { loadActivityViews } from '../../activity/activity-view.js';
import type { FoundAccount } from '../../activity/find-activity-account.js';
import type { Schema } from '../../store/schema.js';

export type TimelineRows = Awaited<ReturnType<typeof loadTimelineRows>>;

export async function loadTimelineRows(db: Kysely<Schema>, account: FoundAccount) {
  const [activities, promises, arrangements, payments, watch, items, messages, events, assignment] = await Promise.all([
    loadActivityViews(db, account),
    db.selectFrom('promises').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db.selectFrom('arrangements').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db
      .selectFrom('payments')
      .leftJoin('parties', 'parties.id', 'payments.payer_party_id')
      .select([
        'payments.payment_id',
        'payments.paid_at',
        'payments.value_on',
        'payments.amount',
        'payments.currency',
        'payments.channel',
        'payments.posted_on',
        'parties.party_id as payer',
      ])
      .where('payments.account_id', '=', account.id)
      .orderBy('payments.id')
      .execute(),
    db.selectFrom('watch_events').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db
      .selectFrom('work_items')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('as_of')
      .orderBy('rank')
      .execute(),
    db
      .selectFrom('planned_messages')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('as_of')
      .orderBy('message_id')
      .execute(),
    db.selectFrom('events').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db.selectFrom('accounts').select(['assigned_to', 'assigned_on']).where('id', '=', account.id).executeTakeFirst(),
  ]);
  return { activities, promises, arrangements, payments, watch, items, messages, events, assignment };
}
