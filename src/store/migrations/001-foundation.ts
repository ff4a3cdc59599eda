/**
 * The foundation schema: portfolio model, ledger, cached balances, cycle bookkeeping, and the places later
 * capabilities hang on an account (holds, assignment, grade, strategy variant, the append-only event log).
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  async up(db, engine) {
    const date = engine === 'postgres' ? 'date' : 'text';
    const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
      engine === 'postgres'
        ? t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
    const money = (t: CreateTableBuilder<string, never>, name: string) =>
      t.addColumn(name, 'bigint', (c) => c.notNull().defaultTo(0));
    const schema = (db as Kysely<unknown>).schema;

    await schema
      .createTable('portfolios')
      .addColumn('portfolio_id', 'text', (c) => c.primaryKey())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('buckets', 'text', (c) => c.notNull())
      .addColumn('stages', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await id(schema.createTable('parties'))
      .addColumn('party_id', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text')
      .addColumn('segment', 'text')
      .addColumn('region', 'text')
      .addColumn('timezone', 'text')
      .addColumn('language', 'text')
      .addColumn('birth_date', date)
      .addColumn('occupation', 'text')
      .addColumn('employer', 'text')
      .addColumn('vulnerability', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    let accounts = id(schema.createTable('accounts'))
      .addColumn('account_id', 'text', (c) => c.notNull().unique())
      .addColumn('portfolio_id', 'text', (c) => c.notNull())
      .addColumn('product', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('opened_on', date, (c) => c.notNull())
      .addColumn('principal', 'bigint', (c) => c.notNull())
      .addColumn('annual_rate', 'text', (c) => c.notNull())
      .addColumn('penalty_uplift', 'text', (c) => c.notNull())
      .addColumn('late_fee', 'bigint', (c) => c.notNull())
      .addColumn('grace_days', 'integer', (c) => c.notNull())
      .addColumn('allocation', 'text', (c) => c.notNull())
      .addColumn('day_count', 'text', (c) => c.notNull())
      .addColumn('cost_cap_rate', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('assigned_to', 'text')
      .addColumn('grade', 'text')
      .addColumn('strategy_variant', 'text')
      .addColumn('processed_through', date)
      .addColumn('dpd', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bucket', 'text', (c) => c.notNull().defaultTo('M0'))
      .addColumn('stage', 'text', (c) => c.notNull().defaultTo('current'))
      .addColumn('oldest_unpaid_due_on', date);
    for (const m of [
      'out_principal',
      'out_interest',
      'out_fee',
      'out_penalty',
      'out_late_fee',
      'past_due_total',
      'unapplied_credit',
      'posted_costs',
    ]) {
      accounts = money(accounts, m);
    }
    await accounts
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('accounts_portfolio').on('accounts').columns(['portfolio_id', 'bucket']).execute();

    let installments = schema
      .createTable('installments')
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('installment_no', 'integer', (c) => c.notNull())
      .addColumn('due_on', date, (c) => c.notNull())
      .addColumn('principal', 'bigint', (c) => c.notNull())
      .addColumn('interest', 'bigint', (c) => c.notNull())
      .addColumn('fee', 'bigint', (c) => c.notNull());
    for (const m of [
      'penalty',
      'late_fee',
      'paid_principal',
      'paid_interest',
      'paid_fee',
      'paid_penalty',
      'paid_late_fee',
    ]) {
      installments = money(installments, m);
    }
    const installmentsTable = installments
      .addColumn('late_fee_decided', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('installments_pk', ['account_id', 'installment_no']);
    // On SQLite the instalments live in their primary key's b-tree: an account's instalments sit together,
    // and the cycle's per-instalment updates find their row in one lookup instead of two.
    await (engine === 'sqlite' ? installmentsTable.modifyEnd(sql`WITHOUT ROWID`) : installmentsTable).execute();

    await id(schema.createTable('payments'))
      .addColumn('payment_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('paid_at', 'text', (c) => c.notNull())
      .addColumn('value_on', date, (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('payer_party_id', 'bigint')
      .addColumn('posted_on', date)
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('payments_account').on('payments').columns(['account_id', 'posted_on']).execute();

    let entries = id(schema.createTable('ledger_entries'))
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('installment_no', 'integer')
      .addColumn('posted_on', date, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payment_id', 'bigint');
    for (const m of ['principal', 'interest', 'fee', 'penalty', 'late_fee', 'credit']) entries = money(entries, m);
    await entries.execute();
    await schema.createIndex('ledger_entries_account').on('ledger_entries').columns(['account_id', 'id']).execute();

    await schema
      .createTable('relations')
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('relations_pk', ['account_id', 'party_id', 'role'])
      .execute();
    await schema.createIndex('relations_party').on('relations').column('party_id').execute();

    await id(schema.createTable('contact_points'))
      .addColumn('party_id', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('contact_points_unique', ['party_id', 'type', 'value'])
      .execute();

    await id(schema.createTable('collateral'))
      .addColumn('collateral_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('value', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('valued_on', date, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('collateral_account').on('collateral').column('account_id').execute();

    await id(schema.createTable('account_holds'))
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('from_on', date, (c) => c.notNull())
      .addColumn('to_on', date)
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('account_holds_account').on('account_holds').column('account_id').execute();

    await id(schema.createTable('events'))
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('account_id', 'bigint')
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text')
      .addColumn('hash', 'text')
      .execute();
    await schema.createIndex('events_account').on('events').column('account_id').execute();

    await id(schema.createTable('cycle_runs'))
      .addColumn('as_of', date, (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('steps', 'text', (c) => c.notNull())
      .execute();

    await schema
      .createTable('aging_snapshots')
      .addColumn('as_of', date, (c) => c.notNull())
      .addColumn('portfolio_id', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('accounts', 'bigint', (c) => c.notNull())
      .addColumn('outstanding', 'bigint', (c) => c.notNull())
      .addColumn('past_due', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('aging_snapshots_pk', ['as_of', 'portfolio_id', 'currency', 'bucket'])
      .execute();

    // The append-only rule is enforced by the database, not by good manners.
    if (engine === 'postgres') {
      await sql`CREATE FUNCTION dunwell_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`.execute(db);
      for (const table of ['ledger_entries', 'events']) {
        await sql`CREATE TRIGGER ${sql.id(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
          FOR EACH ROW EXECUTE FUNCTION dunwell_refuse_change()`.execute(db);
      }
    } else {
      for (const table of ['ledger_entries', 'events']) {
        for (const op of ['UPDATE', 'DELETE']) {
          await sql`CREATE TRIGGER ${sql.id(`${table}_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)} ON ${sql.table(table)}
            BEGIN SELECT RAISE(ABORT, ${sql.lit(`${table} is append-only`)}); END`.execute(db);
        }
      }
    }
  },
};
