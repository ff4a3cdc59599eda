/**
 * Working an account: activities (every contact attempt, conversation, visit, letter and note), promises
 * to pay, arrangements (settlements and plans with their authority ladder), the message templates and the
 * outbox's delivery state on the planned messages; on the ledger, the amounts an arrangement takes off an
 * instalment without money (`cleared_*`: waived by a settlement or moved into a plan) and the plan
 * instalments themselves.
 *
 * Every account-owned table carries `account_id`, so the data still shards by account. Added columns have
 * defaults, so an old database upgrades in place without rewriting its rows.
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

export const workingAnAccount: Migration = {
  version: 7,
  name: 'working-an-account',
  async up(db, engine) {
    const date = engine === 'postgres' ? 'date' : 'text';
    const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
      engine === 'postgres'
        ? t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
    const schema = (db as Kysely<unknown>).schema;

    await id(schema.createTable('activities'))
      .addColumn('activity_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('contact_point', 'text')
      // Comma-separated user ids: a visit is made in pairs, a conference call by several.
      .addColumn('staff', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      // The business day of started_at in the portfolio's time zone: the cycle's 30-day counts use it.
      .addColumn('occurred_on', date, (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('excuse', 'text')
      .addColumn('note', 'text')
      // Comma-separated evidence references (recording ids, file hashes).
      .addColumn('evidence', 'text')
      .addColumn('work_item_id', 'text')
      .addColumn('message_id', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // Outcome and direction ride along so the cycle's daily contact counts (every activity of a range of
    // accounts, up to D) are read from the index alone, without visiting the rows.
    await schema
      .createIndex('activities_account')
      .on('activities')
      .columns(['account_id', 'occurred_on', 'outcome', 'direction'])
      .execute();

    await id(schema.createTable('promises'))
      .addColumn('promise_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('due_on', date, (c) => c.notNull())
      // Local time of day the debtor named ('HH:MM'), in the portfolio's time zone; null when only a day.
      .addColumn('due_at', 'text')
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('taken_on', date, (c) => c.notNull())
      .addColumn('taken_by', 'text', (c) => c.notNull())
      .addColumn('channel', 'text')
      .addColumn('activity_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      // The payments counted towards it (minor units), as of decided_on or the last run.
      .addColumn('paid', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('decided_on', date)
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('promises_account').on('promises').columns(['account_id', 'status']).execute();
    await schema.createIndex('promises_open').on('promises').columns(['status', 'due_on']).execute();

    await id(schema.createTable('arrangements'))
      .addColumn('arrangement_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      // JSON: the type's terms (amount and pay-by day, instalments and frequency, valuation, payers…).
      .addColumn('terms', 'text', (c) => c.notNull())
      // JSON: the three qualifying questions' answers, stored with the concession they qualify.
      .addColumn('answers', 'text')
      // What the ladder measures: the discount in basis points of the outstanding, the plan's instalments.
      .addColumn('discount_bp', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('plan_installments', 'integer', (c) => c.notNull().defaultTo(0))
      // The outstanding balance the proposal was measured against.
      .addColumn('outstanding', 'bigint', (c) => c.notNull().defaultTo(0))
      // The lowest role on the ladder that may approve it; null when the proposer's own role may not matter.
      .addColumn('required_role', 'text')
      .addColumn('proposed_by', 'text', (c) => c.notNull())
      .addColumn('proposed_at', 'text', (c) => c.notNull())
      .addColumn('proposed_on', date, (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('decided_on', date)
      // The day its ledger effect was posted (a plan's reschedule, a settlement's waiver).
      .addColumn('effective_on', date)
      .addColumn('closed_on', date)
      // Money counted towards it so far (a settlement's payments, a plan's instalments paid).
      .addColumn('counted', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('arrangements_account').on('arrangements').columns(['account_id', 'status']).execute();
    await schema.createIndex('arrangements_open').on('arrangements').columns(['status']).execute();

    await schema
      .createTable('message_templates')
      .addColumn('template_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('tier', 'text')
      .addColumn('tone', 'text')
      .addColumn('subject', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('message_templates_pk', ['template_id', 'channel', 'language'])
      .execute();

    // The outbox's delivery state, on the planned message itself: sent exactly once, retried with backoff.
    for (const [column, type] of [
      ['attempts', 'integer'],
      ['next_attempt_at', 'text'],
      ['sent_at', 'text'],
      ['last_error', 'text'],
      ['delivery_id', 'text'],
      ['recipient', 'text'],
      ['language', 'text'],
      ['subject', 'text'],
      ['body', 'text'],
    ] as const) {
      await schema
        .alterTable('planned_messages')
        .addColumn(column, type, (c) => (column === 'attempts' ? c.notNull().defaultTo(0) : c))
        .execute();
    }

    for (const component of ['principal', 'interest', 'fee', 'penalty', 'late_fee']) {
      await schema
        .alterTable('installments')
        .addColumn(`cleared_${component}`, 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
    }
    // A plan instalment names its arrangement; it accrues no penalty while the plan holds.
    await schema.alterTable('installments').addColumn('arrangement_id', 'bigint').execute();
    await schema
      .alterTable('installments')
      .addColumn('penalty_free', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await schema.alterTable('ledger_entries').addColumn('arrangement_id', 'bigint').execute();
    // What the playbook (and later the legal side) asks of the contract: the day it was notarized with an
    // enforcement clause (赋予强制执行效力的公证债权文书), and whether insurance covers the debt (NULL: unknown).
    await schema.alterTable('accounts').addColumn('notarized_on', date).execute();
    await schema.alterTable('accounts').addColumn('insured', 'integer').execute();

    await schema
      .alterTable('portfolios')
      .addColumn('promise_grace_days', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await schema
      .alterTable('portfolios')
      .addColumn('plan_breach_days', 'integer', (c) => c.notNull().defaultTo(15))
      .execute();
    await schema
      .alterTable('portfolios')
      .addColumn('authority', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    if (engine === 'postgres') await sql`ANALYZE portfolios`.execute(db);

    // The playbook as edited: each version's YAML exactly as stored, with its SHA-256. The latest one is
    // the playbook; with none stored, the default compiled into the build is.
    await schema
      .createTable('playbook_versions')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
