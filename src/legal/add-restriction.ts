/**
 * Places a restriction on a debtor of an account (src/domain/legal/restriction-rules.ts): an internal
 * blacklist entry or a stop on new credit, in force at once; or a credit-bureau report, which needs the
 * notice sent first — its day given (`noticeSentOn`) or read from the written notice's activity
 * (`noticeActivity`: an outbound letter, SMS, e-mail or WeChat message on this account) — and is `noticed`
 * until the pack's notice period has passed, `reported` from then on (the cycle moves it on that day).
 *
 * A public posting is refused before anything else, whoever asks. Only an obligor of the account (the
 * borrower unless another is named) can be restricted, only while the debt is owed, and not twice with the
 * same type. It may be entered a few days late (`on`, the day it was decided). The row and a
 * `restriction.add` event are written in one transaction.
 */
import type { Kysely } from 'kysely';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { LEGAL_ROLES } from '../domain/legal/case-codes.js';
import { isDebtPaid, placeRestriction, refusePublicPosting } from '../domain/legal/restriction-rules.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import { appendEvent } from '../event/append-event.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { findLegalAccount, type LegalAccount, todayOf } from './legal-account.js';
import { type RestrictionView, restrictionView, selectRestrictions } from './restriction-view.js';

export interface AddRestrictionOptions {
  store: Store;
  accountId: string;
  type: string;
  by: string;
  /** The restricted party (its external id); the borrower when left out. */
  partyId?: string | null;
  noticeSentOn?: string | null;
  /** The activity that sent the notice (a letter or message on this account). */
  noticeActivity?: string | null;
  /** The day it was decided (back-office entry); today when left out. */
  on?: string | null;
  actor: string;
  now: Date;
}

/** Channels a written notice goes by; failed sends are no notice. */
const NOTICE_CHANNELS = ['post', 'sms', 'email', 'wechat'];
const FAILED_OUTCOMES = ['failed', 'wrong_number', 'unreachable', 'not_found'];

export async function addRestriction(options: AddRestrictionOptions): Promise<RestrictionView> {
  const { store, now, type } = options;
  refusePublicPosting(type);
  if (options.noticeSentOn && options.noticeActivity) {
    throw new AppError('USAGE', 'give the notice day (--notice-sent-on) or its activity (--notice-activity), not both');
  }
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LEGAL_ROLES, 'place a restriction');
    const account = await findLegalAccount(trx, options.accountId);
    if (isDebtPaid(account)) {
      throw new AppError(
        'CONFLICT',
        `account ${account.accountId} is ${account.status} and owes nothing; nothing to restrict`,
      );
    }
    const party = await restrictedParty(trx, account, options.partyId ?? null);
    const notice = options.noticeActivity
      ? await noticeDay(trx, account, party.key, options.noticeActivity)
      : { on: options.noticeSentOn ?? null, activityId: null };
    const today = todayOf(account, now);
    const on = placedOn(options.on ?? null, today);
    const placed = placeRestriction({ type, pack: account.pack, noticeSentOn: notice.on, today: on });
    // Entered late: a notice period that has run out by today has run out.
    if (placed.status === 'noticed' && today >= placed.effectiveOn) placed.status = 'reported';
    const open = await trx
      .selectFrom('restrictions')
      .select('restriction_id')
      .where('account_id', '=', account.id)
      .where('party_id', '=', party.key)
      .where('type', '=', type)
      .where('status', '!=', 'lifted')
      .executeTakeFirst();
    if (open) {
      throw new AppError(
        'CONFLICT',
        `${party.partyId} already has a ${type} restriction on ${account.accountId}: ${open.restriction_id}`,
      );
    }
    const restrictionId = newId('rst', now);
    const stamp = now.toISOString();
    await trx
      .insertInto('restrictions')
      .values({
        restriction_id: restrictionId,
        account_id: account.id,
        party_id: party.key,
        type,
        status: placed.status,
        notice_sent_on: placed.noticeSentOn,
        effective_on: placed.effectiveOn,
        lifted_on: null,
        lifted_reason: null,
        placed_by: user.userId,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'restriction.add',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: {
        restriction_id: restrictionId,
        type,
        party_id: party.partyId,
        by: user.userId,
        status_before: null,
        status_after: placed.status,
        notice_sent_on: placed.noticeSentOn,
        notice_activity: notice.activityId,
        effective_on: placed.effectiveOn,
        pack: account.pack,
      },
    });
    return restrictionView(
      await selectRestrictions(trx).where('r.restriction_id', '=', restrictionId).executeTakeFirstOrThrow(),
    );
  });
}

/** The day a restriction was placed: a real day, not after today. */
function placedOn(on: string | null, today: string): string {
  if (on === null) return today;
  if (!isIsoDate(on)) throw new AppError('INVALID_INPUT', `on: "${on}" is not a valid date (YYYY-MM-DD)`);
  if (on > today) throw new AppError('INVALID_INPUT', `on: ${on} is after today (${today})`);
  return on;
}

/** The party named, else the borrower; an obligor of this account either way. */
async function restrictedParty(
  trx: Kysely<Schema>,
  account: LegalAccount,
  named: string | null,
): Promise<{ key: number; partyId: string }> {
  const relations = await trx
    .selectFrom('relations as r')
    .innerJoin('parties as p', 'p.id', 'r.party_id')
    .select(['p.id', 'p.party_id', 'r.role'])
    .where('r.account_id', '=', account.id)
    .execute();
  const chosen =
    named === null ? relations.find((r) => r.role === 'borrower') : relations.find((r) => r.party_id === named);
  if (!chosen) {
    throw new AppError(
      'INVALID_INPUT',
      named === null
        ? `party: account ${account.accountId} has no borrower on file; name the party`
        : `party: ${named} is not a party of account ${account.accountId}`,
    );
  }
  const roles = relations.filter((r) => r.party_id === chosen.party_id).map((r) => r.role);
  if (!roles.some(isObligorRole)) {
    throw new AppError(
      'INVALID_INPUT',
      `party: ${chosen.party_id} is the account's ${roles.join('/')}, who does not owe the debt; only an obligor is restricted`,
    );
  }
  return { key: Number(chosen.id), partyId: chosen.party_id };
}

/** The day a notice was sent, from its activity: an outbound written message on this account to this party. */
async function noticeDay(
  trx: Kysely<Schema>,
  account: LegalAccount,
  partyKey: number,
  activityId: string,
): Promise<{ on: string; activityId: string }> {
  const found = await trx
    .selectFrom('activities')
    .select(['account_id', 'party_id', 'channel', 'direction', 'outcome', 'occurred_on'])
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', `notice-activity: there is no activity "${activityId}"`);
  if (Number(found.account_id) !== account.id) {
    throw new AppError(
      'INVALID_INPUT',
      `notice-activity: ${activityId} is on another account, not ${account.accountId}`,
    );
  }
  if (found.party_id !== null && Number(found.party_id) !== partyKey) {
    throw new AppError('INVALID_INPUT', `notice-activity: ${activityId} went to another party, not the one restricted`);
  }
  if (
    !NOTICE_CHANNELS.includes(found.channel) ||
    found.direction !== 'outbound' ||
    FAILED_OUTCOMES.includes(found.outcome)
  ) {
    throw new AppError(
      'INVALID_INPUT',
      `notice-activity: ${activityId} is a ${found.direction} ${found.channel} (${found.outcome}); a notice is a letter or message we sent (${NOTICE_CHANNELS.join(', ')}) that did not fail`,
    );
  }
  // A letter Dunwell issued says what it is: only the notice before credit reporting announces a report.
  const letter = await trx
    .selectFrom('letters')
    .select('kind')
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (letter && letter.kind !== 'credit_report_notice') {
    throw new AppError(
      'INVALID_INPUT',
      `notice-activity: ${activityId} sent a ${letter.kind} letter, not the notice before credit reporting (credit_report_notice)`,
    );
  }
  return { on: found.occurred_on, activityId };
}
