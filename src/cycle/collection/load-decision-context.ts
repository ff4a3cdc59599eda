/**
 * What the strategy step needs about a range of accounts besides their facts, in four set queries: the
 * account's current grade, tier, placement and collector; the parties each kind of action would address;
 * the open champion/challenger memberships; and the promises the queue follows up today (judged broken
 * today, or falling due today). The borrower, time zone and last payment and contact days
 * come from the features rows just derived for the range (written later, in the range's transaction).
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type { OpenMembership } from '../../domain/collection/variant-membership.js';
import type { FeatureRow } from '../../domain/features/account-features.js';
import { isObligorRole } from '../../domain/party/party-codes.js';
import type { QueuedPromise } from '../../domain/queue/promise-follow-up.js';
import type { Store } from '../../store/open-database.js';
import { selectRows } from '../../store/select-rows.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';

export interface AccountContext {
  grade: string | null;
  tier: string | null;
  variantKey: string | null;
  assignee: string | null;
  assignedOn: IsoDate | null;
  borrowerPartyId: number | null;
  timeZone: string | null;
  lastPaymentOn: IsoDate | null;
  lastRpcOn: IsoDate | null;
  /** What the features row says the strategy decided last: rewritten only when it changes. */
  featureTier: string | null;
  featureSegment: string | null;
  featureVersion: number | null;
  /** First co-borrower or guarantor, and first third party (an emergency contact before others). */
  obligorPartyId: number | null;
  thirdPartyId: number | null;
  membership: OpenMembership | null;
  /** Promises the promises step judged broken today, and pending promises falling due today. */
  brokenPromises: QueuedPromise[];
  promisesDueToday: QueuedPromise[];
}

const THIRD_PARTY_PREFERENCE = ['emergency_contact', 'spouse', 'relative', 'friend', 'colleague', 'employer', 'other'];

export async function loadDecisionContext(
  store: Store,
  range: AccountIdRange,
  features: readonly FeatureRow[],
  asOf: IsoDate,
): Promise<Map<number, AccountContext>> {
  const db = store.db;
  // Raw rows in select-list order: several times cheaper than objects on SQLite for 5,000 ids at a time.
  const [accounts, relations, members, promises] = await Promise.all([
    selectRows(
      store,
      db
        .selectFrom('accounts')
        .leftJoin('account_features', 'account_features.account_id', 'accounts.id')
        .select([
          'accounts.id',
          'accounts.grade',
          'accounts.tier',
          'accounts.strategy_variant',
          'accounts.assigned_to',
          'accounts.assigned_on',
          'account_features.tier as feature_tier',
          'account_features.segment as feature_segment',
          'account_features.strategy_version as feature_version',
        ])
        .where('accounts.id', '>=', range.from)
        .where('accounts.id', '<=', range.to),
    ),
    selectRows(
      store,
      db
        .selectFrom('relations')
        .select(['account_id', 'party_id', 'role'])
        .where('account_id', '>=', range.from)
        .where('account_id', '<=', range.to)
        .where('role', '!=', 'borrower')
        .orderBy('account_id')
        .orderBy('party_id'),
    ),
    selectRows(
      store,
      db
        .selectFrom('variant_members')
        .select(['id', 'account_id', 'strategy', 'segment', 'variant', 'entry_rank', 'cured_on', 'rolled_on'])
        .where('account_id', '>=', range.from)
        .where('account_id', '<=', range.to)
        .where('left_on', 'is', null),
    ),
    selectRows(
      store,
      db
        .selectFrom('promises')
        .select(['account_id', 'promise_id', 'amount', 'currency', 'due_on', 'due_at', 'party_id', 'status'])
        .where('account_id', '>=', range.from)
        .where('account_id', '<=', range.to)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'broken'), eb('decided_on', '=', asOf)]),
            eb.and([eb('status', '=', 'pending'), eb('due_on', '=', asOf)]),
          ]),
        )
        .orderBy('account_id')
        .orderBy('due_on')
        .orderBy('promise_id'),
    ),
  ]);
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const context = new Map<number, AccountContext>();
  for (const [
    id,
    grade,
    tier,
    variant,
    assignee,
    assignedOn,
    featureTier,
    featureSegment,
    featureVersion,
  ] of accounts) {
    context.set(Number(id), {
      grade: text(grade),
      tier: text(tier),
      variantKey: text(variant),
      assignee: text(assignee),
      assignedOn: text(assignedOn),
      borrowerPartyId: null,
      timeZone: null,
      lastPaymentOn: null,
      lastRpcOn: null,
      featureTier: text(featureTier),
      featureSegment: text(featureSegment),
      featureVersion: featureVersion === null || featureVersion === undefined ? null : Number(featureVersion),
      obligorPartyId: null,
      thirdPartyId: null,
      membership: null,
      brokenPromises: [],
      promisesDueToday: [],
    });
  }
  for (const f of features) {
    const c = context.get(f.account_id);
    if (!c) continue;
    c.borrowerPartyId = f.borrower_party_id;
    c.timeZone = f.time_zone;
    c.lastPaymentOn = f.last_payment_on;
    c.lastRpcOn = f.last_rpc_on;
  }
  const thirdRank = new Map<number, number>();
  for (const [accountId, partyId, role] of relations) {
    const c = context.get(Number(accountId));
    if (!c) continue;
    const party = Number(partyId);
    if (isObligorRole(String(role))) {
      c.obligorPartyId ??= party;
      continue;
    }
    const rank = THIRD_PARTY_PREFERENCE.indexOf(String(role));
    const best = thirdRank.get(Number(accountId));
    if (best === undefined || rank < best) {
      thirdRank.set(Number(accountId), rank);
      c.thirdPartyId = party;
    }
  }
  for (const [id, accountId, strategy, segment, variant, entryRank, curedOn, rolledOn] of members) {
    const c = context.get(Number(accountId));
    if (!c) continue;
    c.membership = {
      id: Number(id),
      strategy: String(strategy),
      segment: String(segment),
      variant: String(variant),
      entryRank: Number(entryRank),
      curedOn: text(curedOn),
      rolledOn: text(rolledOn),
    };
  }
  for (const [accountId, promiseId, amount, currency, dueOn, dueAt, partyId, status] of promises) {
    const c = context.get(Number(accountId));
    if (!c) continue;
    const promise: QueuedPromise = {
      promiseId: String(promiseId),
      amount: Number(amount),
      currency: String(currency),
      dueOn: String(dueOn),
      dueAt: text(dueAt),
      partyId: partyId === null || partyId === undefined ? null : Number(partyId),
    };
    (status === 'broken' ? c.brokenPromises : c.promisesDueToday).push(promise);
  }
  return context;
}
