/**
 * The hardened ledger (issue 5):
 * - penalty interest accrues daily on the instalment (`accrued_penalty` since `accrued_from`) and is posted
 *   to the ledger by period, so entries carry the period they cover (`accrued_from`–`accrued_to`);
 * - each portfolio knows the last day the cycle closed (`closed_through`): a payment or instalment that
 *   arrives for a closed day is value-dated by the cycle instead of being allocated on a later day;
 * - an account remembers the earliest closed day a late instalment reaches back to (`replay_from`);
 * - contract terms are kept with the day they take effect, so a replay of the ledger uses the terms that
 *   applied on each day;
 * - a portfolio may allow annual rates above 100 % only when it says so (`allow_rates_above_one`).
 */
import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

export const hardenedLedger: Migration = {
  version: 2,
  name: 'hardened-ledger',
  async up(db, engine) {
    const date = engine === 'postgres' ? 'date' : 'text';
    const schema = (db as Kysely<unknown>).schema;

    await schema
      .alterTable('installments')
      .addColumn('accrued_penalty', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await schema.alterTable('installments').addColumn('accrued_from', date).execute();

    await schema.alterTable('ledger_entries').addColumn('accrued_from', date).execute();
    await schema.alterTable('ledger_entries').addColumn('accrued_to', date).execute();

    await schema.alterTable('portfolios').addColumn('closed_through', date).execute();
    await schema
      .alterTable('portfolios')
      .addColumn('allow_rates_above_one', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await schema.alterTable('accounts').addColumn('replay_from', date).execute();

    await schema
      .createTable('account_terms')
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('effective_from', date, (c) => c.notNull())
      .addColumn('principal', 'bigint', (c) => c.notNull())
      .addColumn('annual_rate', 'text', (c) => c.notNull())
      .addColumn('penalty_uplift', 'text', (c) => c.notNull())
      .addColumn('late_fee', 'bigint', (c) => c.notNull())
      .addColumn('grace_days', 'integer', (c) => c.notNull())
      .addColumn('allocation', 'text', (c) => c.notNull())
      .addColumn('day_count', 'text', (c) => c.notNull())
      .addColumn('cost_cap_rate', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('account_terms_pk', ['account_id', 'effective_from'])
      .execute();
  },
};
