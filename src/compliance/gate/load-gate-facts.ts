/**
 * What the gate reads about a set of attempts, with one statement per table for the whole set whatever its
 * size: the accounts and their portfolios (pack, tightening, zone); every party on the accounts and every
 * account of the parties attempted (relations); the parties' zones and regions; the contact history
 * (activities) of the parties' accounts over the days the packs count back, and the whole history of an
 * account whose attempt goes to a third party (who must not be contacted twice, and only after the obligors
 * could not be reached); the parties' requests, the accounts' holds and overrides, the contact points marked
 * do-not-contact; and, for packs with a validation-notice rule, each account's initial communication and
 * notice.
 */
import type { Kysely } from 'kysely';
import { addDays, type IsoDate } from '../../domain/calendar/calendar.js';
import {
  type ContactReach,
  gateChannelOf,
  OUTCOME_REACH,
  outcomeReach,
} from '../../domain/compliance/activity-contact.js';
import type { GateChannel } from '../../domain/compliance/compliance-codes.js';
import type { CompliancePack } from '../../domain/compliance/compliance-pack.js';
import { AppError } from '../../domain/errors.js';
import { isObligorRole, isThirdPartyRole, OBLIGOR_ROLES, type Role } from '../../domain/party/party-codes.js';
import { revealStoredValues } from '../../privacy/contact-values.js';
import { isSealed } from '../../privacy/sealed-value.js';
import type { StoreRef } from '../../privacy/store-keys.js';
import type { Schema } from '../../store/schema.js';
import { portfolioPack } from '../portfolio-pack.js';
import { contactPointKey } from './contact-point-key.js';
import { idIn } from './id-list.js';

/** What the loader needs of an attempt. */
export interface AttemptScope {
  accountId: number;
  partyId: number;
  at: Date;
  contactPoint: string | null;
}

export interface GateAccount {
  ref: string;
  portfolioId: string;
}

export interface GatePortfolio {
  pack: CompliancePack;
  timeZone: string;
}

export interface GateParty {
  ref: string;
  timezone: string | null;
  region: string | null;
}

/** A past contact as stored: the gate's channel and reach, the contact point by its key. */
export interface PastActivity {
  activityId: string;
  accountId: number;
  accountRef: string;
  partyId: number | null;
  at: string;
  channel: GateChannel;
  direction: 'outbound' | 'inbound';
  contactPoint: string | null;
  reach: ContactReach;
}

export interface StoredRequest {
  type: string;
  accountId: number | null;
  channel: string | null;
  requestedAt: string;
  withdrawnAt: string | null;
}

export interface StoredHold {
  type: string;
  from: IsoDate;
  until: IsoDate | null;
  liftedAt: string | null;
}

export interface StoredOverride {
  overrideId: string;
  partyId: number | null;
  ruleId: string;
  reason: string;
  grantedBy: string;
  grantedAt: string;
  expiresAt: string;
}

export interface GateFacts {
  accounts: Map<number, GateAccount>;
  portfolios: Map<string, GatePortfolio>;
  /** Every party on each attempted account with its role there (an obligor role first when it has several). */
  partiesOn: Map<number, Map<number, Role>>;
  parties: Map<number, GateParty>;
  /** Past contacts by party and by account, oldest first. */
  historyOfParty: Map<number, PastActivity[]>;
  historyOfAccount: Map<number, PastActivity[]>;
  requests: Map<number, StoredRequest[]>;
  holds: Map<number, StoredHold[]>;
  /** Keys (contact-point-key.ts) of each party's contact points marked do-not-contact. */
  doNotContact: Map<number, Set<string>>;
  overrides: Map<number, StoredOverride[]>;
  /** Per account: its initial communication with an obligor and its first notice, UTC instants. */
  firstContact: Map<number, string>;
  noticeSent: Map<number, string>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Local days a pack counts back: the longest period of its call rules, at least today. */
function lookbackDays(pack: CompliancePack): number {
  let days = 1;
  for (const rule of pack.rules) {
    if (rule.kind === 'call_frequency' || rule.kind === 'conversation_cooldown')
      days = Math.max(days, rule.params.days);
  }
  return days;
}

/**
 * Contact points are stored sealed (src/privacy): they are opened in memory to be compared, through the
 * store's key. Without `store` a sealed value cannot be read, and the gate says so rather than guess.
 */
function opener(store: StoreRef | undefined): (values: readonly (string | null)[]) => (string | null)[] {
  return (values) => {
    if (store !== undefined) return revealStoredValues(store, values);
    if (values.some((v) => v !== null && isSealed(v))) {
      throw new AppError('INTERNAL', 'the contact gate reads sealed contact points: give it the store (options.store)');
    }
    return [...values];
  };
}

export async function loadGateFacts(
  db: Kysely<Schema>,
  attempts: readonly AttemptScope[],
  store?: StoreRef,
): Promise<GateFacts> {
  const open = opener(store);
  // Contact points are compared only with an attempt's own: the queue's attempts name none, so the cycle
  // neither opens the history's sealed numbers nor reads the do-not-contact marks.
  const points = attempts.some((a) => a.contactPoint !== null && a.contactPoint.trim() !== '');
  const accountIds = [...new Set(attempts.map((a) => a.accountId))];
  const partyIds = [...new Set(attempts.map((a) => a.partyId))];
  const facts: GateFacts = {
    accounts: new Map(),
    portfolios: new Map(),
    partiesOn: new Map(),
    parties: new Map(),
    historyOfParty: new Map(),
    historyOfAccount: new Map(),
    requests: new Map(),
    holds: new Map(),
    doNotContact: new Map(),
    overrides: new Map(),
    firstContact: new Map(),
    noticeSent: new Map(),
  };
  if (attempts.length === 0) return facts;
  await loadAccounts(db, accountIds, facts);
  const relations = await loadRelations(db, accountIds, partyIds, facts);
  const times = attempts.map((a) => a.at.getTime());
  const earliest = Math.min(...times);
  const latest = Math.max(...times);
  const back = Math.max(1, ...[...facts.portfolios.values()].map((p) => lookbackDays(p.pack)));
  // Business days are the portfolio's; a day either side covers any zone's calendar against UTC's.
  const since = addDays(new Date(earliest).toISOString().slice(0, 10), -(back + 1));
  const until = addDays(new Date(latest).toISOString().slice(0, 10), 1);
  const toThirdParty = attempts
    .filter((a) => {
      const role = facts.partiesOn.get(a.accountId)?.get(a.partyId);
      return role !== undefined && isThirdPartyRole(role);
    })
    .map((a) => a.accountId);
  const earliestIso = new Date(earliest).toISOString();
  await Promise.all([
    loadParties(db, [...new Set([...partyIds, ...relations.onAccounts])], facts),
    loadHistory(db, [...new Set([...accountIds, ...relations.ofParties])], { since, until }, points && open, facts),
    toThirdParty.length > 0 ? loadHistory(db, toThirdParty, null, points && open, facts) : Promise.resolve(),
    loadRequests(db, partyIds, facts),
    loadHolds(db, accountIds, facts),
    points ? loadDoNotContact(db, partyIds, open, facts) : Promise.resolve(),
    loadOverrides(db, accountIds, earliestIso, facts),
    loadNoticeFacts(db, accountIds, facts),
  ]);
  for (const list of facts.historyOfParty.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const list of facts.historyOfAccount.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return facts;
}

async function loadAccounts(db: Kysely<Schema>, accountIds: readonly number[], facts: GateFacts): Promise<void> {
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'accounts.id',
      'accounts.account_id',
      'accounts.portfolio_id',
      'portfolios.compliance_pack',
      'portfolios.compliance_params',
      'portfolios.time_zone',
    ])
    .where(idIn(db, 'accounts.id', accountIds))
    .execute();
  for (const r of rows) {
    facts.accounts.set(Number(r.id), { ref: r.account_id, portfolioId: r.portfolio_id });
    if (!facts.portfolios.has(r.portfolio_id)) {
      facts.portfolios.set(r.portfolio_id, {
        pack: portfolioPack(r.compliance_pack, r.compliance_params),
        timeZone: r.time_zone,
      });
    }
  }
}

/** The parties on the accounts with their roles, and the accounts of the parties attempted. */
async function loadRelations(
  db: Kysely<Schema>,
  accountIds: readonly number[],
  partyIds: readonly number[],
  facts: GateFacts,
): Promise<{ onAccounts: number[]; ofParties: number[] }> {
  // Two statements, each on its own index (an OR of the two lists would read the whole table).
  const [onAccounts, ofParties] = await Promise.all([
    db
      .selectFrom('relations')
      .select(['account_id', 'party_id', 'role'])
      .where(idIn(db, 'account_id', accountIds))
      .execute(),
    db
      .selectFrom('relations')
      .select(['account_id', 'party_id', 'role'])
      .where(idIn(db, 'party_id', partyIds))
      .execute(),
  ]);
  const rows = [...onAccounts, ...ofParties];
  const attempted = new Set(accountIds);
  const parties = new Set(partyIds);
  const partiesOnAccounts: number[] = [];
  const accountsOfParties: number[] = [];
  for (const r of rows) {
    const account = Number(r.account_id);
    const party = Number(r.party_id);
    if (parties.has(party)) accountsOfParties.push(account);
    if (!attempted.has(account)) continue;
    partiesOnAccounts.push(party);
    let roles = facts.partiesOn.get(account);
    if (!roles) {
      roles = new Map();
      facts.partiesOn.set(account, roles);
    }
    const had = roles.get(party);
    // Someone who both signed for the debt and is, say, a spouse owes it: the obligor role decides.
    if (had === undefined || (!isObligorRole(had) && isObligorRole(r.role))) roles.set(party, r.role as Role);
  }
  return { onAccounts: partiesOnAccounts, ofParties: accountsOfParties };
}

async function loadParties(db: Kysely<Schema>, partyIds: readonly number[], facts: GateFacts): Promise<void> {
  const rows = await db
    .selectFrom('parties')
    .select(['id', 'party_id', 'timezone', 'region'])
    .where(idIn(db, 'id', partyIds))
    .execute();
  for (const r of rows) facts.parties.set(Number(r.id), { ref: r.party_id, timezone: r.timezone, region: r.region });
}

/** Contacts on the accounts (from `since` to `until` by business day, or all of them), indexed by party and account. */
async function loadHistory(
  db: Kysely<Schema>,
  accountIds: readonly number[],
  days: { since: IsoDate; until: IsoDate } | null,
  /** Opens the contact points; false when no attempt names one (they are then not read). */
  open: ((values: readonly (string | null)[]) => (string | null)[]) | false,
  facts: GateFacts,
): Promise<void> {
  let query = db
    .selectFrom('activities')
    .innerJoin('accounts', 'accounts.id', 'activities.account_id')
    .select([
      'activities.activity_id',
      'activities.account_id',
      'accounts.account_id as account_ref',
      'activities.party_id',
      'activities.started_at',
      'activities.channel',
      'activities.direction',
      'activities.contact_point',
      'activities.outcome',
    ])
    .where(idIn(db, 'activities.account_id', accountIds))
    .where('activities.direction', 'in', ['outbound', 'inbound']);
  if (days) {
    query = query.where('activities.occurred_on', '>=', days.since).where('activities.occurred_on', '<=', days.until);
  }
  const rows = await query.execute();
  const points = open ? open(rows.map((r) => r.contact_point)) : rows.map(() => null);
  const seen = new Set<string>();
  for (const list of facts.historyOfAccount.values()) for (const h of list) seen.add(h.activityId);
  rows.forEach((r, i) => {
    if (seen.has(r.activity_id)) return;
    const channel = gateChannelOf(r.channel);
    const reach = outcomeReach(r.outcome);
    if (channel === null || reach === null) return;
    seen.add(r.activity_id);
    const point = points[i] ?? null;
    const past: PastActivity = {
      activityId: r.activity_id,
      accountId: Number(r.account_id),
      accountRef: r.account_ref,
      partyId: r.party_id === null ? null : Number(r.party_id),
      at: new Date(r.started_at).toISOString(),
      channel,
      direction: r.direction === 'inbound' ? 'inbound' : 'outbound',
      contactPoint: point === null || point.trim() === '' ? null : contactPointKey(point),
      reach,
    };
    push(facts.historyOfAccount, past.accountId, past);
    if (past.partyId !== null) push(facts.historyOfParty, past.partyId, past);
  });
}

async function loadRequests(db: Kysely<Schema>, partyIds: readonly number[], facts: GateFacts): Promise<void> {
  const rows = await db
    .selectFrom('party_requests')
    .select(['party_id', 'account_id', 'type', 'channel', 'requested_at', 'withdrawn_at'])
    .where(idIn(db, 'party_id', partyIds))
    .execute();
  for (const r of rows) {
    push(facts.requests, Number(r.party_id), {
      type: r.type,
      accountId: r.account_id === null ? null : Number(r.account_id),
      channel: r.channel,
      requestedAt: new Date(r.requested_at).toISOString(),
      withdrawnAt: r.withdrawn_at === null ? null : new Date(r.withdrawn_at).toISOString(),
    });
  }
}

/**
 * Every hold of the accounts, lifted or not: lifting sets a last held day (to_on) that may lie ahead, and
 * the gate honours it through that day (gate-contacts.ts says when a lift takes effect).
 */
async function loadHolds(db: Kysely<Schema>, accountIds: readonly number[], facts: GateFacts): Promise<void> {
  const rows = await db
    .selectFrom('account_holds')
    .select(['account_id', 'type', 'from_on', 'to_on', 'lifted_at'])
    .where(idIn(db, 'account_id', accountIds))
    .execute();
  for (const r of rows) {
    push(facts.holds, Number(r.account_id), {
      type: r.type,
      from: String(r.from_on),
      until: text(r.to_on),
      liftedAt: r.lifted_at === null ? null : new Date(r.lifted_at).toISOString(),
    });
  }
}

async function loadDoNotContact(
  db: Kysely<Schema>,
  partyIds: readonly number[],
  open: (values: readonly (string | null)[]) => (string | null)[],
  facts: GateFacts,
): Promise<void> {
  const rows = await db
    .selectFrom('contact_points')
    .select(['party_id', 'value'])
    .where(idIn(db, 'party_id', partyIds))
    .where('do_not_contact', '=', 1)
    .execute();
  const values = open(rows.map((r) => r.value));
  rows.forEach((r, i) => {
    const party = Number(r.party_id);
    let keys = facts.doNotContact.get(party);
    if (!keys) {
      keys = new Set();
      facts.doNotContact.set(party, keys);
    }
    keys.add(contactPointKey(values[i] ?? r.value));
  });
}

async function loadOverrides(
  db: Kysely<Schema>,
  accountIds: readonly number[],
  earliest: string,
  facts: GateFacts,
): Promise<void> {
  const rows = await db
    .selectFrom('compliance_overrides')
    .select(['override_id', 'account_id', 'party_id', 'rule_id', 'reason', 'granted_by', 'granted_at', 'expires_at'])
    .where(idIn(db, 'account_id', accountIds))
    .where('expires_at', '>', earliest)
    .orderBy('granted_at')
    .orderBy('override_id')
    .execute();
  for (const r of rows) {
    push(facts.overrides, Number(r.account_id), {
      overrideId: r.override_id,
      partyId: r.party_id === null ? null : Number(r.party_id),
      ruleId: r.rule_id,
      reason: r.reason,
      grantedBy: r.granted_by,
      grantedAt: new Date(r.granted_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
    });
  }
}

/** Outcomes that communicate with the person: a conversation, or a message or letter delivered (it reached them). */
const COMMUNICATED = Object.entries(OUTCOME_REACH)
  .filter(([outcome, reach]) => reach?.conversation === true || outcome === 'delivered')
  .map(([outcome]) => outcome);

/**
 * For accounts under a pack with a validation-notice rule: the initial communication with an obligor (the
 * earliest conversation with one, or message delivered to one) and the first notice stored as evidence on
 * the account (an evidence file of kind `notice`).
 */
async function loadNoticeFacts(db: Kysely<Schema>, accountIds: readonly number[], facts: GateFacts): Promise<void> {
  const needing = accountIds.filter((id) => {
    const account = facts.accounts.get(id);
    const pack = account && facts.portfolios.get(account.portfolioId)?.pack;
    return pack?.rules.some((r) => r.kind === 'validation_notice') ?? false;
  });
  if (needing.length === 0) return;
  const [first, notices] = await Promise.all([
    db
      .selectFrom('activities')
      .innerJoin('relations', (join) =>
        join
          .onRef('relations.account_id', '=', 'activities.account_id')
          .onRef('relations.party_id', '=', 'activities.party_id'),
      )
      .select(['activities.account_id', (eb) => eb.fn.min('activities.started_at').as('first')])
      .where(idIn(db, 'activities.account_id', needing))
      .where('relations.role', 'in', OBLIGOR_ROLES)
      .where('activities.outcome', 'in', COMMUNICATED)
      .groupBy('activities.account_id')
      .execute(),
    db
      .selectFrom('evidence_links')
      .innerJoin('evidence_files', 'evidence_files.sha256', 'evidence_links.sha256')
      .select(['evidence_links.account_id', (eb) => eb.fn.min('evidence_links.created_at').as('first')])
      .where(idIn(db, 'evidence_links.account_id', needing))
      .where('evidence_files.kind', '=', 'notice')
      .groupBy('evidence_links.account_id')
      .execute(),
  ]);
  for (const r of first) if (r.first) facts.firstContact.set(Number(r.account_id), new Date(r.first).toISOString());
  for (const r of notices) if (r.first) facts.noticeSent.set(Number(r.account_id), new Date(r.first).toISOString());
}
