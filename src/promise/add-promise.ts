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
import { findWorkedAccount } from '../account/find-worked-account.js';
import { defaultDirection, resolveParty } from '../activity/activity-rules.js';
import { loadAccountParties } from '../activity/load-account-parties.js';
import { recordActivities } from '../activity/record-activities.js';
import { recordedInstant } from '../activity/recorded-instant.js';
import { ACTIVITY_CHANNELS, type ActivityChannel } from '../domain/activity/activity-codes.js';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { checkDateRange } from '../domain/calendar/date-range.js';
import { AppError } from '../domain/errors.js';
import { formatAmount, parseAmount } from '../domain/money/money.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import { PROMISE_TAKER_ROLES } from '../domain/promise/promise-codes.js';
import { maxPromiseAmount } from '../domain/promise/promise-rules.js';
import { isLocalTime } from '../domain/queue/local-window.js';
import { appendEvent } from '../event/append-event.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
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
  const { store, accountId, now } = options;
  if (!isIsoDate(options.dueOn)) {
    throw new AppError('INVALID_INPUT', `on: "${options.dueOn}" is not a valid date (YYYY-MM-DD)`);
  }
  const outOfRange = checkDateRange(options.dueOn);
  if (outOfRange !== null) throw new AppError('INVALID_INPUT', `on: ${options.dueOn} ${outOfRange}`);
  const dueAt = options.dueAt ?? null;
  if (dueAt !== null && !isLocalTime(dueAt)) {
    throw new AppError('INVALID_INPUT', `time: "${dueAt}" is not a time of day HH:MM (00:00–23:59)`);
  }

  return store.db.transaction().execute(async (trx) => {
    const account = await findWorkedAccount(trx, accountId);
    if (account.status !== 'active') {
      throw new AppError(
        'CONFLICT',
        `account ${accountId} is ${account.status}; a promise is taken on a debt still owed`,
      );
    }
    const parsed = parseAmount(options.amount, account.currency);
    if (!parsed.ok) throw new AppError('INVALID_INPUT', `amount: ${parsed.reason}`);
    const amount = parsed.minor;
    if (amount <= 0) throw new AppError('INVALID_INPUT', `amount: ${options.amount} must be more than zero`);
    const max = maxPromiseAmount(account.outstanding);
    if (account.outstanding <= 0 || amount > max) {
      const owed = formatAmount(account.outstanding, account.currency);
      throw new AppError(
        'INVALID_INPUT',
        `amount: ${account.currency} ${formatAmount(amount, account.currency)} is more than account ${accountId} ` +
          `owes (${account.currency} ${owed}) plus a tenth for the penalty still to accrue (at most ${formatAmount(max, account.currency)})`,
      );
    }

    const user = await actingUser(trx, options.by);
    if (!(PROMISE_TAKER_ROLES as readonly string[]).includes(user.role)) {
      throw new AppError(
        'FORBIDDEN',
        `by: ${user.userId} is a ${user.role}; a promise is taken by a ${PROMISE_TAKER_ROLES.join(', ')}`,
      );
    }

    let activity: { activity_id: string; party_id: number | null; channel: string; started_at: string } | null = null;
    if (options.activityId) {
      const found = await trx
        .selectFrom('activities')
        .select(['activity_id', 'account_id', 'party_id', 'channel', 'started_at'])
        .where('activity_id', '=', options.activityId)
        .executeTakeFirst();
      if (!found) throw new AppError('NOT_FOUND', `activity: there is no activity "${options.activityId}"`);
      if (Number(found.account_id) !== account.id) {
        throw new AppError('INVALID_INPUT', `activity: ${options.activityId} is on another account, not ${accountId}`);
      }
      activity = { ...found, party_id: found.party_id === null ? null : Number(found.party_id) };
    }

    // Left out, it was taken in the conversation it came from, else now.
    const { instant: takenAt, day: takenOn } = recordedInstant('at', options.at ?? activity?.started_at, now, account);
    if (options.dueOn < takenOn) {
      throw new AppError(
        'INVALID_INPUT',
        `on: the promise is due ${options.dueOn}, before the day it was taken (${takenOn}, ${account.timeZone})`,
      );
    }

    const parties = (await loadAccountParties(trx, store.engine, [account.id])).get(account.id) ?? [];
    const linkedParty = activity?.party_id ?? null;
    const named = options.partyId ?? parties.find((p) => p.partyKey === linkedParty)?.partyId ?? null;
    const { party, problem } = resolveParty(parties, named, accountId);
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

    const channel = promiseChannel(options.channel ?? activity?.channel ?? 'phone');
    const dueText = `${options.dueOn}${dueAt === null ? '' : ` ${dueAt}`}`;
    const amountText = `${account.currency} ${formatAmount(amount, account.currency)}`;
    const activityId =
      activity?.activity_id ??
      (
        await recordActivities(
          store,
          trx,
          [
            {
              accountId: account.id,
              partyId: party.partyKey,
              channel,
              direction: defaultDirection(channel),
              contactPoint: null,
              staff: [user.userId],
              startedAt: takenAt,
              endedAt: null,
              occurredOn: takenOn,
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
        )
      )[0] ??
      null;

    const promiseId = newId('prm', now);
    const stamp = now.toISOString();
    await trx
      .insertInto('promises')
      .values({
        promise_id: promiseId,
        account_id: account.id,
        party_id: party.partyKey,
        amount,
        currency: account.currency,
        due_on: options.dueOn,
        due_at: dueAt,
        taken_at: takenAt,
        taken_on: takenOn,
        taken_by: user.userId,
        channel,
        activity_id: activityId,
        status: 'pending',
        paid: 0,
        decided_on: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'promise.add',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: {
        promise_id: promiseId,
        amount: formatAmount(amount, account.currency),
        currency: account.currency,
        due_on: options.dueOn,
        due_at: dueAt,
        taken_at: takenAt,
        taken_on: takenOn,
        taken_by: user.userId,
        party_id: party.partyId,
        channel,
        activity_id: activityId,
      },
    });
    return listedPromise(await selectPromises(trx).where('p.promise_id', '=', promiseId).executeTakeFirstOrThrow());
  });
}
