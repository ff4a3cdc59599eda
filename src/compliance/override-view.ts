/** An override as `compliance override` and `compliance override list` print it, with whether it is in force. */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.js';

export interface OverrideView {
  override_id: string;
  account_id: string;
  /** null: contacts with any party on the account. */
  party_id: string | null;
  rule_id: string;
  reason: string;
  granted_by: string;
  role: string;
  granted_at: string;
  expires_at: string;
  /** Granted by now and not yet expired. */
  in_force: boolean;
}

export function selectOverrides(db: Kysely<Schema>) {
  return db
    .selectFrom('compliance_overrides as o')
    .innerJoin('accounts as a', 'a.id', 'o.account_id')
    .leftJoin('parties as p', 'p.id', 'o.party_id')
    .select([
      'o.override_id',
      'a.account_id',
      'p.party_id',
      'o.rule_id',
      'o.reason',
      'o.granted_by',
      'o.role',
      'o.granted_at',
      'o.expires_at',
    ]);
}

type SelectedOverride = Awaited<ReturnType<ReturnType<typeof selectOverrides>['execute']>>[number];

export function overrideView(r: SelectedOverride, now: Date): OverrideView {
  const at = now.toISOString();
  return { ...r, in_force: r.granted_at <= at && at < r.expires_at };
}
