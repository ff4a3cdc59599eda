/**
 * Writes a range's features rows in bulk: INSERT … ON CONFLICT (account_id) DO UPDATE, so a day's run
 * replaces each account's row in place and leaves the columns the strategy step owns (tier, segment,
 * strategy_version) as they are, through the store's bulk writer.
 */
import type { Kysely } from 'kysely';
import type { FeatureRow } from '../../domain/features/account-features.js';
import { bulkWriter } from '../../store/bulk.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';

export const FEATURE_COLUMNS = [
  'account_id',
  'as_of',
  'bucket',
  'last_payment_on',
  'paid_30',
  'paid_90',
  'due_30',
  'due_90',
  'max_dpd_12m',
  'dpd_peaks',
  'rpc_30',
  'attempts_30',
  'last_rpc_on',
  'promises_kept',
  'promises_broken',
  'arrangements_breached',
  'collateral_value',
  'has_collateral',
  'has_guarantor',
  'has_co_borrower',
  'borrower_party_id',
  'customer_type',
  'language',
  'region',
  'time_zone',
  'watch',
  'last_watch_on',
  'previous_bucket',
  'limitation_expires_on',
] as const satisfies readonly (keyof FeatureRow)[];

export async function writeFeatures(store: Store, executor: Kysely<Schema>, rows: readonly FeatureRow[]) {
  await bulkWriter(store, executor).upsert(
    'account_features',
    FEATURE_COLUMNS,
    ['account_id'],
    rows.map((row) => FEATURE_COLUMNS.map((c) => row[c])),
  );
}
