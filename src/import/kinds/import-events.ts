/**
 * events: watch events (篇五, watch the debtor): something that happened to a debtor or an account, an
 * address or phone change, a new employer, a change of owner or management, a lawsuit, an insolvency
 * filing, a death. Keyed by the source's event_id and the account it applies to.
 *
 * A row names an account, a party, or both. A party's event applies to every account where the party owes
 * the debt (borrower, co-borrower, guarantor) and is stored once per account with the party kept, so a
 * strategy reading one account sees what happened to anyone liable for it. With both, it applies to that
 * account only and the party must be one of its obligors.
 *
 * Corrections (type, date, details, source) update the stored event; what an event is about does not
 * change: an event_id recorded for one account or party cannot be moved to another. A party event stays
 * on accounts the party has since left, since it did happen while the party was liable.
 */

import { rangeUntil } from '../../domain/calendar/date-range.js';
import { OBLIGOR_ROLES } from '../../domain/party/party-codes.js';
import { WATCH_EVENT_TYPES } from '../../domain/strategy/strategy-codes.js';
import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { externalIds, lookupAccounts, lookupParties } from '../lookup-references.js';
import { ChangePlan, type Outcome, type Verdict } from '../plan-changes.js';

interface WatchEvent {
  id: number | null;
  event_id: string;
  accountKey: number;
  partyKey: number | null;
  type: string;
  occurred_on: string;
  details: string | null;
  source: string | null;
}

const UPDATED = ['type', 'occurred_on', 'details', 'source'] as const;

/** What a recorded event is about: the party when it has one, otherwise its single account. */
interface Subject {
  partyKey: number | null;
  accounts: Set<number>;
}

export const importEvents: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'key');
  const parties = await lookupParties(ctx, distinctValues(rows, 'party_id'));
  const partyKeys = [...new Set(parties.values())];
  // Where each named party owes the debt: one query for the chunk.
  const obligorRows =
    partyKeys.length === 0
      ? []
      : await ctx.trx
          .selectFrom('relations')
          .select(['account_id', 'party_id'])
          .where(inList(ctx.store.engine, 'party_id', partyKeys, 'bigint'))
          .where(inList(ctx.store.engine, 'role', [...OBLIGOR_ROLES], 'text'))
          .execute();
  const obligorOf = new Map<number, Set<number>>();
  for (const r of obligorRows) {
    const party = Number(r.party_id);
    let set = obligorOf.get(party);
    if (!set) {
      set = new Set();
      obligorOf.set(party, set);
    }
    set.add(Number(r.account_id));
  }

  const ids = distinctValues(rows, 'event_id');
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('watch_events')
          .select(['id', 'event_id', 'account_id', 'party_id', 'type', 'occurred_on', 'details', 'source'])
          .where(inList(ctx.store.engine, 'event_id', ids, 'text'))
          .execute();
  const key = (eventId: string, accountKey: number) => `${eventId}|${accountKey}`;
  const subjects = new Map<string, Subject>();
  const plan = new ChangePlan<WatchEvent>(
    stored.map((s) => {
      const e: WatchEvent = {
        id: Number(s.id),
        event_id: s.event_id,
        accountKey: Number(s.account_id),
        partyKey: s.party_id === null ? null : Number(s.party_id),
        type: s.type,
        occurred_on: s.occurred_on,
        details: s.details,
        source: s.source,
      };
      const subject = subjects.get(e.event_id) ?? { partyKey: e.partyKey, accounts: new Set<number>() };
      subject.accounts.add(e.accountKey);
      subjects.set(e.event_id, subject);
      return [key(e.event_id, e.accountKey), e];
    }),
  );
  const names = await externalIds(
    ctx,
    'accounts',
    stored.map((s) => Number(s.account_id)),
    new Map([...accounts.values()].map((a) => [a.id, a.accountId])),
  );
  const partyNames = await externalIds(
    ctx,
    'parties',
    stored.flatMap((s) => (s.party_id === null ? [] : [Number(s.party_id)])),
    new Map([...parties].map(([ext, k]) => [k, ext])),
  );
  const describe = (subject: Subject) =>
    subject.partyKey !== null
      ? `party ${partyNames.get(subject.partyKey) ?? subject.partyKey}`
      : `account ${[...subject.accounts].map((a) => names.get(a) ?? String(a)).join(', ')}`;

  // An event is something that has happened: dated at most a day ahead of the import's UTC day (a
  // lender east of UTC is already on the next day), as payments are.
  const happenedBy = rangeUntil(ctx.today, 1);
  for (const source of rows) {
    const c = new RowCheck(source);
    const eventId = c.required('event_id');
    const accountId = c.optional('account_id');
    const partyId = c.optional('party_id');
    if (c.ok && accountId === null && partyId === null) {
      c.fail('account_id', 'account_id or party_id is required (the account or the party the event is about)');
    }
    const account = accountId === null ? undefined : accounts.get(accountId);
    if (c.ok && accountId !== null && !account) c.fail('account_id', `account ${accountId} does not exist`);
    const partyKey = partyId === null ? null : (parties.get(partyId) ?? null);
    if (c.ok && partyId !== null && partyKey === null) c.fail('party_id', `party ${partyId} does not exist`);
    const type = c.code('type', WATCH_EVENT_TYPES);
    const occurredOn = c.date('occurred_on', happenedBy);
    const details = c.optional('details');
    const sourceName = c.optional('source');
    // The accounts the event applies to.
    let targets: number[] = [];
    if (c.ok && partyKey !== null) {
      const owed = obligorOf.get(partyKey) ?? new Set<number>();
      if (account) {
        if (!owed.has(account.id)) {
          c.fail(
            'party_id',
            `party ${partyId} is not a borrower, co-borrower or guarantor of account ${accountId}; an event on an account names one of its obligors`,
          );
        }
        targets = [account.id];
      } else {
        targets = [...owed].sort((a, b) => a - b);
        if (targets.length === 0) {
          c.fail(
            'party_id',
            `party ${partyId} is not a borrower, co-borrower or guarantor of any account, so the event applies to none; import its relations first`,
          );
        }
      }
    } else if (account) targets = [account.id];
    const known = subjects.get(eventId);
    if (c.ok && known) {
      const sameSubject =
        partyKey !== null
          ? known.partyKey === partyKey
          : known.partyKey === null && known.accounts.has(targets[0] ?? -1);
      if (!sameSubject) {
        const now = partyKey !== null ? `party ${partyId}` : `account ${accountId}`;
        c.fail(
          partyKey !== null ? 'party_id' : 'account_id',
          `event ${eventId} is recorded for ${describe(known)}; it cannot be moved to ${now}`,
        );
      }
    }
    if (c.problem) {
      tally.reject(c.problem);
      continue;
    }
    const judge =
      (next: WatchEvent) =>
      (current: WatchEvent): Verdict<WatchEvent> =>
        UPDATED.every((f) => current[f] === next[f])
          ? { kind: 'same' }
          : { kind: 'update', value: { ...next, id: current.id } };
    const outcomes: Outcome[] = [];
    for (const accountKey of targets) {
      const next: WatchEvent = {
        id: null,
        event_id: eventId,
        accountKey,
        partyKey,
        type,
        occurred_on: occurredOn,
        details,
        source: sourceName,
      };
      // The subject check above makes refusals impossible here; the plan only says new, same or changed.
      const outcome = plan.decide(source.row, key(eventId, accountKey), next, judge(next));
      if (typeof outcome === 'string') outcomes.push(outcome);
    }
    const subject = known ?? { partyKey, accounts: new Set<number>() };
    for (const t of targets) subject.accounts.add(t);
    subjects.set(eventId, subject);
    // One row, one outcome: new when every account is new, unchanged when none changed, otherwise updated.
    tally.add(
      outcomes.every((o) => o === 'inserted')
        ? 'inserted'
        : outcomes.every((o) => o === 'unchanged')
          ? 'unchanged'
          : 'updated',
    );
  }
  const inserts = plan.inserts();
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'watch_events',
      ['event_id', 'account_id', 'party_id', ...UPDATED, 'created_at'],
      inserts.map((e) => [e.event_id, e.accountKey, e.partyKey, ...UPDATED.map((f) => e[f]), ctx.nowIso]),
    );
  }
  const updates = plan.updates();
  if (updates.length > 0) {
    await ctx.bulk.update(
      'watch_events',
      [...UPDATED],
      ['id'],
      updates.map((e) => [...UPDATED.map((f) => e[f]), e.id]),
    );
  }
};
