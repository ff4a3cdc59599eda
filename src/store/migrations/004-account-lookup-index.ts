/**
 * Payments and collateral rows name their account by its external id; each import chunk looks up a couple
 * of thousand of them for the internal key, currency, opening date and portfolio. Read through the unique
 * index alone, every lookup then fetches the wide account row from the table; with those columns in the
 * index the lookup never touches the table (an index-only scan), about half the cost of a payments import.
 */
import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

export const ACCOUNT_LOOKUP_INDEX = 'accounts_terms_lookup';

export const accountLookupIndex: Migration = {
  version: 4,
  name: 'account-lookup-index',
  async up(db) {
    await (db as Kysely<unknown>).schema
      .createIndex(ACCOUNT_LOOKUP_INDEX)
      .on('accounts')
      .columns(['account_id', 'id', 'currency', 'opened_on', 'portfolio_id'])
      .execute();
  },
};
