/**
 * What rendering and sending a batch of messages needs to know, read with one query per table whatever
 * the batch size: the accounts (number, portfolio, currency, balances, DPD, oldest unpaid due date), the
 * parties (name, kind, language) and the parties' contact points.
 */
import type { Kysely } from 'kysely';
import type { ContactPointFact } from '../domain/outbox/check-message.js';
import { CONTACT_TYPE_OF_CHANNEL } from '../domain/outbox/message-statuses.js';
import type { Schema } from '../store/schema.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';

export interface AccountFacts {
  id: number;
  accountRef: string;
  portfolioId: string;
  currency: string;
  pastDue: number;
  outstanding: number;
  dpd: number;
  oldestUnpaidDueOn: string | null;
}

export interface PartyFacts {
  id: number;
  partyRef: string;
  name: string | null;
  kind: string;
  language: string | null;
}

export interface MessageFactsIndex {
  accounts: Map<number, AccountFacts>;
  parties: Map<number, PartyFacts>;
  contactPoints: Map<number, ContactPointFact[]>;
}

const CONTACT_TYPES = [...new Set(Object.values(CONTACT_TYPE_OF_CHANNEL))];

export async function loadMessageFacts(
  db: Kysely<Schema>,
  accountIds: readonly number[],
  partyIds: readonly number[],
): Promise<MessageFactsIndex> {
  const out: MessageFactsIndex = { accounts: new Map(), parties: new Map(), contactPoints: new Map() };
  const accounts = [...new Set(accountIds)];
  const parties = [...new Set(partyIds)];
  if (accounts.length > 0) {
    const rows = await db
      .selectFrom('accounts')
      .select([
        'id',
        'account_id',
        'portfolio_id',
        'currency',
        'dpd',
        'past_due_total',
        ...OUTSTANDING_COLUMNS,
        'oldest_unpaid_due_on',
      ])
      .where('id', 'in', accounts)
      .execute();
    for (const r of rows) {
      out.accounts.set(Number(r.id), {
        id: Number(r.id),
        accountRef: r.account_id,
        portfolioId: r.portfolio_id,
        currency: r.currency,
        pastDue: Number(r.past_due_total),
        outstanding: outstandingTotal(r),
        dpd: Number(r.dpd),
        oldestUnpaidDueOn: r.oldest_unpaid_due_on,
      });
    }
  }
  if (parties.length > 0) {
    const rows = await db
      .selectFrom('parties')
      .select(['id', 'party_id', 'name', 'kind', 'language'])
      .where('id', 'in', parties)
      .execute();
    for (const r of rows) {
      out.parties.set(Number(r.id), {
        id: Number(r.id),
        partyRef: r.party_id,
        name: r.name,
        kind: r.kind,
        language: r.language,
      });
    }
    const points = await db
      .selectFrom('contact_points')
      .select(['id', 'party_id', 'type', 'value', 'verified', 'do_not_contact', 'updated_at'])
      .where('party_id', 'in', parties)
      .where('type', 'in', CONTACT_TYPES)
      .execute();
    for (const p of points) {
      const list = out.contactPoints.get(Number(p.party_id)) ?? [];
      list.push({
        id: Number(p.id),
        type: p.type,
        value: p.value,
        verified: Number(p.verified) === 1,
        doNotContact: Number(p.do_not_contact) === 1,
        updatedAt: p.updated_at,
      });
      out.contactPoints.set(Number(p.party_id), list);
    }
  }
  return out;
}
