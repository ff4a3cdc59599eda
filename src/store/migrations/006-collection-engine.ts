/**
 * The collection engine: the team (users and teams), watch events, the facts the cycle derives for each
 * account every day, strategy versions with their four-eyes status, the chance-of-payment table, the
 * daily work queue and the planned automatic messages, and the champion/challenger membership that the
 * strategy report measures.
 *
 * Every account-owned table carries `account_id`, like the foundation's, so the data still shards by
 * account.
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

export const collectionEngine: Migration = {
  version: 6,
  name: 'collection-engine',
  async up(db, engine) {
    const date = engine === 'postgres' ? 'date' : 'text';
    const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
      engine === 'postgres'
        ? t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
    const schema = (db as Kysely<unknown>).schema;

    await schema
      .createTable('teams')
      .addColumn('team_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('lead_user_id', 'text')
      .addColumn('stages', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await schema
      .createTable('users')
      .addColumn('user_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text')
      .addColumn('languages', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('regions', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('skills', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await id(schema.createTable('watch_events'))
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_on', date, (c) => c.notNull())
      .addColumn('details', 'text')
      .addColumn('source', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('watch_events_unique', ['event_id', 'account_id'])
      .execute();
    await schema
      .createIndex('watch_events_account')
      .on('watch_events')
      .columns(['account_id', 'occurred_on'])
      .execute();

    await schema
      .createTable('account_features')
      .addColumn('account_id', 'bigint', (c) => c.primaryKey())
      .addColumn('as_of', date, (c) => c.notNull())
      // The bucket on as_of, so that the next day's run knows the bucket before its own ageing.
      .addColumn('bucket', 'text')
      .addColumn('last_payment_on', date)
      .addColumn('paid_30', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('paid_90', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('due_30', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('due_90', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('max_dpd_12m', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('dpd_peaks', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('rpc_30', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('attempts_30', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_rpc_on', date)
      .addColumn('promises_kept', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('promises_broken', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('arrangements_breached', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('collateral_value', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('has_collateral', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('has_guarantor', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('has_co_borrower', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('borrower_party_id', 'bigint')
      .addColumn('customer_type', 'text', (c) => c.notNull().defaultTo('other'))
      .addColumn('language', 'text')
      .addColumn('region', 'text')
      .addColumn('time_zone', 'text')
      .addColumn('watch', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('last_watch_on', date)
      .addColumn('previous_bucket', 'text')
      .addColumn('tier', 'text')
      .addColumn('segment', 'text')
      .addColumn('strategy_version', 'integer')
      .execute();

    if (engine === 'postgres') {
      // Rewritten for every account every day: room on the page keeps the update beside the old row
      // version without touching the index (a HOT update), as migration 005 does for accounts.
      await sql`ALTER TABLE account_features SET (fillfactor = 70)`.execute(db);
    }

    await schema
      .createTable('strategy_versions')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('rollback_of', 'integer')
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('approved_by', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('rejected_by', 'text')
      .addColumn('rejected_at', 'text')
      .addColumn('retired_at', 'text')
      .addColumn('note', 'text')
      .execute();

    await schema
      .createTable('payment_odds')
      .addColumn('portfolio_id', 'text', (c) => c.notNull())
      .addColumn('grade', 'text', (c) => c.notNull())
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('as_of', date, (c) => c.notNull())
      .addColumn('accounts', 'integer', (c) => c.notNull())
      .addColumn('paying', 'integer', (c) => c.notNull())
      .addColumn('probability', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('payment_odds_pk', ['portfolio_id', 'grade', 'bucket'])
      .execute();

    await schema
      .createTable('work_items')
      .addColumn('item_id', 'text', (c) => c.primaryKey())
      .addColumn('as_of', date, (c) => c.notNull())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('window_from', 'text', (c) => c.notNull())
      .addColumn('window_to', 'text', (c) => c.notNull())
      .addColumn('priority', 'bigint', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('assignee', 'text', (c) => c.notNull())
      .addColumn('partner', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('variant', 'text')
      .addColumn('tier', 'text', (c) => c.notNull())
      .addColumn('grade', 'text', (c) => c.notNull())
      .addColumn('customer_type', 'text', (c) => c.notNull())
      .addColumn('template', 'text')
      .addColumn('tone', 'text')
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('strategy_version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('work_items_day').on('work_items').columns(['as_of', 'assignee', 'rank']).execute();
    await schema.createIndex('work_items_account').on('work_items').columns(['account_id', 'as_of']).execute();

    await schema
      .createTable('planned_messages')
      .addColumn('message_id', 'text', (c) => c.primaryKey())
      .addColumn('as_of', date, (c) => c.notNull())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('template', 'text')
      .addColumn('tone', 'text')
      .addColumn('window_from', 'text', (c) => c.notNull())
      .addColumn('window_to', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('variant', 'text')
      .addColumn('strategy_version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('planned_messages_day').on('planned_messages').columns(['as_of', 'status']).execute();
    await schema
      .createIndex('planned_messages_account')
      .on('planned_messages')
      .columns(['account_id', 'as_of'])
      .execute();

    await id(schema.createTable('variant_members'))
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('variant', 'text', (c) => c.notNull())
      .addColumn('entered_on', date, (c) => c.notNull())
      .addColumn('entry_bucket', 'text', (c) => c.notNull())
      .addColumn('entry_rank', 'integer', (c) => c.notNull())
      .addColumn('left_on', date)
      .addColumn('cured_on', date)
      .addColumn('rolled_on', date)
      .execute();
    await schema
      .createIndex('variant_members_account')
      .on('variant_members')
      .columns(['account_id', 'left_on'])
      .execute();

    // The features step sums each account's payments by value date over 30 and 90 days and reads the last
    // value date: with the amount in the index, that is an index-only range per account-id range.
    await schema
      .createIndex('payments_account_value')
      .on('payments')
      .columns(['account_id', 'value_on', 'amount'])
      .execute();

    // Paydays (days of the month) the strategy concentrates contact around; the default is the methodology's.
    await schema
      .alterTable('portfolios')
      .addColumn('paydays', 'text', (c) => c.notNull().defaultTo('5,10,15,28,30'))
      .execute();

    let accounts = schema.alterTable('accounts');
    await accounts.addColumn('assigned_on', date).execute();
    accounts = schema.alterTable('accounts');
    await accounts.addColumn('tier', 'text').execute();
  },
};
