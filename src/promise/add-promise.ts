/**
 * Records a promise to pay taken from a debtor: an amount in the account's currency by a day (and a time,
 * 落实到具体时间点), who took it, on which channel, from whom. The cycle judges it later (README:
 * "Promises to pay"; src/domain/promise/judge-promises.ts).
 *
 * `at` is when it was taken (back-office staff often enter yesterday's call today); its day in the
 * portfolio's time zone is `taken_on`, the first day whose payments count. Unless the promise names the
 * activity it came from, the conversation is recorded as an activity with outcome `promise` through the one
 * activity writer. The promise, its activity and a `promise.add` event are written in one transaction.
 */
import type { Kysely } from 'kysely';
import { findWorkedAccount, type WorkedAccount } from '../account/find-worked-account.js';
import { type AccountParty, defaultDirection, resolveParty } from '../activity/activity-rules.js';
import { loadAccountParties } from '../activity/load-account-parties.js';
import { recordActivities } from '../activity/record-activities.js';
import { recordedInstant } from '../activity/recorded-instant.js';
import { ACTIVITY_CHANNELS, type ActivityChannel } from '../domain/activity/activity-codes.js';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { checkDateRange } from '../domain/calendar/date-range.js';
import { AppError } from '../domain/errors.js';
import { formatAmount, type Minor, parseAmount } from '../domain/money/money.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import { PROMISE_TAKER_ROLES } from '../domain/promise/promise-codes.js';
import { maxPromiseAmount } from '../domain/promise/promise-rules.js';
import { isLocalTime } from '../domain/queue/local-window.js';
import { appendEvent } from '../event/append-event.js';
import type { Engine } from '../store/engine.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { type ActingUser, actingUser } from '../user/acting-user.js';
import { type ListedPromise, listedPromise, selectPromises } from './list-promises.js';

export interface AddPromiseOptions {
  store: Store;
  /** The lender's account id. */
  accountId: string;
  /** Decimal amount in major units of the account's currency (`1500.00`). */
  amount: string;
  dueOn: string;
  /** `HH:MM` in the portfolio's time zone. */
  dueAt?: string | null;
  /** The user who took the promise. */
  by: string;
  channel?: string | null;
  /** The party who promised (its external id); the borrower when left out. */
  partyId?: string | null;
  /** An activity of this account the promise came from; one is recorded when left out. */
  activityId?: string | null;
  /** When it was taken: an ISO instant with its offset; `now` when left out (or the activity's start). */
  at?: string | null;
  actor: string;
  now: Date;
}

/** A channel on which nobody outside is reached cannot carry a promise. */
function promiseChannel(text: string): ActivityChannel {
  if (!(ACTIVITY_CHANNELS as readonly string[]).includes(text)) {
    throw new AppError('INVALID_INPUT', `channel "${text}" is not one of ${ACTIVITY_CHANNELS.join(', ')}`);
  }
  const channel = text as ActivityChannel;
  if (defaultDirection(channel) === 'internal') {
    throw new AppError(
      'INVALID_INPUT',
      `channel ${channel} reaches nobody outside; a promise is made on the phone, by message, in a letter or on a visit`,
    );
  }
  return channel;
}

export async function addPromise(options: AddPromiseOptions): Promise<ListedPromise> {
  const { store, accountId, now, dueOn } = options;
  const dueAt = checkDue(dueOn, options.dueAt ?? null);
  return store.db.transaction().execute(async (trx) => {
    const account = await activeAccount(trx, accountId);
    const amount = promisedAmount(options.amount, account, accountId);
    const user = await promiseTaker(trx, options.by);
    const activity = options.activityId ? await linkedActivity(trx, options.activityId, account, accountId) : null;
    // Left out, it was taken in the conversation it came from, else now.
    const { takenAt, takenOn } = takenWhen(options.at ?? activity?.started_at, dueOn, now, account);
    const party = await promisingParty(trx, store.engine, account, accountId, options.partyId ?? null, activity);
    const channel = promiseChannel(options.channel ?? activity?.channel ?? 'phone');
    const terms: PromiseTerms = {
      account,
      party,
      amount,
      dueOn,
      dueAt,
      takenAt,
      takenOn,
      takenBy: user.userId,
      channel,
    };
    const activityId = activity?.activity_id ?? (await recordPromiseActivity(store, trx, terms, now));
    const promiseId = newId('prm', now);
    await insertPromise(trx, promiseId, terms, activityId, now);
    await appendEvent(trx, {
      kind: 'promise.add',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: promiseEventPayload(promiseId, terms, activityId),
    });
    return listedPromise(await selectPromises(trx).where('p.promise_id', '=', promiseId).executeTakeFirstOrThrow());
  });
}

/** What a promise says once checked: written to its row, its event and (when recorded) its activity. */
interface PromiseTerms {
  account: WorkedAccount;
  party: AccountParty;
  amount: Minor;
  dueOn: string;
  dueAt: string | null;
  takenAt: string;
  takenOn: string;
  takenBy: string;
  channel: ActivityChannel;
}

/** The activity a promise came from, as far as the promise reads it. */
interface LinkedActivity {
  activity_id: string;
  party_id: number | null;
  channel: string;
  started_at: string;
}

/** The due day and time are checked before anything is read, so a mistyped date costs no transaction. */
function checkDue(dueOn: string, dueAt: string | null): string | null {
  if (!isIsoDate(dueOn)) {
    throw new AppError('INVALID_INPUT', `on: "${dueOn}" is not a valid date (YYYY-MM-DD)`);
  }
  const outOfRange = checkDateRange(dueOn);
  if (outOfRange !== null) throw new AppError('INVALID_INPUT', `on: ${dueOn} ${outOfRange}`);
  if (dueAt !== null && !isLocalTime(dueAt)) {
    throw new AppError('INVALID_INPUT', `time: "${dueAt}" is not a time of day HH:MM (00:00–23:59)`);
  }
  return dueAt;
}

/** A promise is taken on a debt still owed: only an active account takes one. */
async function activeAccount(trx: Kysely<Schema>, accountId: string): Promise<WorkedAccount> {
  const account = await findWorkedAccount(trx, accountId);
  if (account.status !== 'active') {
    throw new AppError(
      'CONFLICT',
      `account ${accountId} is ${account.status}; a promise is taken on a debt still owed`,
    );
  }
  return account;
}

/** The amount in minor units: more than nothing, and no more than is owed plus the penalty still to accrue. */
function promisedAmount(text: string, account: WorkedAccount, accountId: string): Minor {
  const parsed = parseAmount(text, account.currency);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', `amount: ${parsed.reason}`);
  const amount = parsed.minor;
  if (amount <= 0) throw new AppError('INVALID_INPUT', `amount: ${text} must be more than zero`);
  const max = maxPromiseAmount(account.outstanding);
  if (account.outstanding <= 0 || amount > max) {
    const owed = formatAmount(account.outstanding, account.currency);
    throw new AppError(
      'INVALID_INPUT',
      `amount: ${account.currency} ${formatAmount(amount, account.currency)} is more than account ${accountId} ` +
        `owes (${account.currency} ${owed}) plus a tenth for the penalty still to accrue (at most ${formatAmount(max, account.currency)})`,
    );
  }
  return amount;
}

/** Only the roles that work debtors take promises (PROMISE_TAKER_ROLES). */
async function promiseTaker(trx: Kysely<Schema>, by: string): Promise<ActingUser> {
  const user = await actingUser(trx, by);
  if (!(PROMISE_TAKER_ROLES as readonly string[]).includes(user.role)) {
    throw new AppError(
      'FORBIDDEN',
      `by: ${user.userId} is a ${user.role}; a promise is taken by a ${PROMISE_TAKER_ROLES.join(', ')}`,
    );
  }
  return user;
}

/** The activity named must exist and be on this account: its party, channel and start fill in what is left out. */
async function linkedActivity(
  trx: Kysely<Schema>,
  activityId: string,
  account: WorkedAccount,
  accountId: string,
): Promise<LinkedActivity> {
  const found = await trx
    .selectFrom('activities')
    .select(['activity_id', 'account_id', 'party_id', 'channel', 'started_at'])
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', `activity: there is no activity "${activityId}"`);
  if (Number(found.account_id) !== account.id) {
    throw new AppError('INVALID_INPUT', `activity: ${activityId} is on another account, not ${accountId}`);
  }
  return { ...found, party_id: found.party_id === null ? null : Number(found.party_id) };
}

/** When it was taken and its business day, the first day whose payments count: the promise cannot fall due before it. */
function takenWhen(
  at: string | null | undefined,
  dueOn: string,
  now: Date,
  account: WorkedAccount,
): { takenAt: string; takenOn: string } {
  const { instant: takenAt, day: takenOn } = recordedInstant('at', at, now, account);
  if (dueOn < takenOn) {
    throw new AppError(
      'INVALID_INPUT',
      `on: the promise is due ${dueOn}, before the day it was taken (${takenOn}, ${account.timeZone})`,
    );
  }
  return { takenAt, takenOn };
}

/**
 * Who promised: the party named, else the linked activity's party, else the borrower — and only someone who
 * owes the debt can promise to pay it.
 */
async function promisingParty(
  trx: Kysely<Schema>,
  engine: Engine,
  account: WorkedAccount,
  accountId: string,
  named: string | null,
  activity: LinkedActivity | null,
): Promise<AccountParty> {
  const parties = (await loadAccountParties(trx, engine, [account.id])).get(account.id) ?? [];
  const linkedParty = activity?.party_id ?? null;
  const chosen = named ?? parties.find((p) => p.partyKey === linkedParty)?.partyId ?? null;
  const { party, problem } = resolveParty(parties, chosen, accountId);
  if (problem !== null) throw new AppError('INVALID_INPUT', `party: ${problem}`);
  if (party === null) {
    throw new AppError('INVALID_INPUT', `party: account ${accountId} has no borrower on file; name who promised`);
  }
  if (!party.roles.some(isObligorRole)) {
    throw new AppError(
      'INVALID_INPUT',
      `party: ${party.partyId} is the account's ${party.roles.join('/')}, who does not owe the debt; ` +
        'a promise to pay is taken from the borrower, a co-borrower or a guarantor',
    );
  }
  return party;
}

/** The conversation the promise was made in, recorded through the one activity writer when none was named. */
async function recordPromiseActivity(
  store: Store,
  trx: Kysely<Schema>,
  terms: PromiseTerms,
  now: Date,
): Promise<string | null> {
  const { account, party, channel, dueOn, dueAt, amount } = terms;
  const dueText = `${dueOn}${dueAt === null ? '' : ` ${dueAt}`}`;
  const amountText = `${account.currency} ${formatAmount(amount, account.currency)}`;
  const ids = await recordActivities(
    store,
    trx,
    [
      {
        accountId: account.id,
        partyId: party.partyKey,
        channel,
        direction: defaultDirection(channel),
        contactPoint: null,
        staff: [terms.takenBy],
        startedAt: terms.takenAt,
        endedAt: null,
        occurredOn: terms.takenOn,
        outcome: 'promise',
        excuse: null,
        note: `承诺还款 ${amountText}，${dueText} 前 · promised to pay ${amountText} by ${dueText}`,
        evidence: [],
        workItemId: null,
        messageId: null,
        source: 'desk',
      },
    ],
    now,
  );
  return ids[0] ?? null;
}

/** The promise's row, pending until the cycle judges it. */
async function insertPromise(
  trx: Kysely<Schema>,
  promiseId: string,
  terms: PromiseTerms,
  activityId: string | null,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await trx
    .insertInto('promises')
    .values({
      promise_id: promiseId,
      account_id: terms.account.id,
      party_id: terms.party.partyKey,
      amount: terms.amount,
      currency: terms.account.currency,
      due_on: terms.dueOn,
      due_at: terms.dueAt,
      taken_at: terms.takenAt,
      taken_on: terms.takenOn,
      taken_by: terms.takenBy,
      channel: terms.channel,
      activity_id: activityId,
      status: 'pending',
      paid: 0,
      decided_on: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

/** The `promise.add` event says what was promised in the words people use (external ids, a decimal amount). */
function promiseEventPayload(promiseId: string, terms: PromiseTerms, activityId: string | null) {
  return {
    promise_id: promiseId,
    amount: formatAmount(terms.amount, terms.account.currency),
    currency: terms.account.currency,
    due_on: terms.dueOn,
    due_at: terms.dueAt,
    taken_at: terms.takenAt,
    taken_on: terms.takenOn,
    taken_by: terms.takenBy,
    party_id: terms.party.partyId,
    channel: terms.channel,
    activity_id: activityId,
  };
}
