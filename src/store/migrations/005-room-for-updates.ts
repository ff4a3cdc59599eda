/**
 * PostgreSQL: leave a fifth of every page of `accounts` and `installments` free. The cycle rewrites the
 * cached balances of every delinquent account and of each of its overdue instalments every day; with room
 * on the page, PostgreSQL writes the new row version beside the old one and touches no index (a "HOT"
 * update), instead of moving the row to another page and adding an entry to every index. New pages follow
 * the setting at once; pages already full get the room when the table is rewritten (VACUUM FULL).
 *
 * SQLite updates rows in place: the step is a no-op there.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

export const roomForUpdates: Migration = {
  version: 5,
  name: 'room-for-updates',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    for (const table of ['accounts', 'installments']) {
      await sql`ALTER TABLE ${sql.table(table)} SET (fillfactor = 80)`.execute(db as Kysely<unknown>);
    }
  },
};
