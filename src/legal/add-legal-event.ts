/**
 * Records what restarts the limitation clock, as it happened: a demand that reached the debtor, an
 * acknowledgement the debtor signed, a suit or arbitration filed, a notice of assignment that reached the
 * debtor. Payments and agreed plans are read from their own tables; letters record their own deliveries
 * and legal cases their own filings (the same rows).
 *
 * What is refused, and why: a day after today (the clock is judged on what happened) or before the
 * account was opened; a demand without proof that it reached the debtor (a method of DELIVERY_METHODS:
 * only a demand that arrived restarts the period, 民法典 第一百九十五条); an activity of another account, or
 * evidence not in the evidence store; the same event recorded twice; a note the language guard refuses.
 * The row and its audit event are written in one transaction; the clock after it comes back with it.
 */
import type { Kysely } from 'kysely';
import { guardNote } from '../activity/guard-note.js';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import {
  isLegalEventType,
  LEGAL_EVENT_ROLES,
  LEGAL_EVENT_TYPES,
  type LegalEventType,
} from '../domain/legal/limitation-codes.js';
import { DELIVERY_METHODS } from '../domain/letter/letter-codes.js';
import { appendEvent } from '../event/append-event.js';
import { fieldProblem } from '../import/field-limits.js';
import { inTransaction } from '../store/in-transaction.js';
import { newId } from '../store/new-id.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { findLegalAccount, todayOf } from './legal-account.js';
import { type LegalEventView, legalEventView, selectLegalEvents } from './legal-event-view.js';
import { type AccountLimitationClock, limitationClocks } from './limitation-clocks.js';

export interface AddLegalEventOptions {
  /** The store's Kysely instance, or a caller's transaction to join. */
  db: Kysely<Schema>;
  /** The lender's account_id. */
  accountId: string;
  type: string;
  /** The day it happened (the demand arrived, the slip was signed, the claim was filed). */
  on: string;
  /** Who records it: an active user whose role may (LEGAL_EVENT_ROLES). */
  by: string;
  /** How it was delivered or proven; for a demand, one of DELIVERY_METHODS. */
  method?: string | undefined;
  activityId?: string | undefined;
  /** The SHA-256 of a stored evidence file (a signed receipt, the signed slip). */
  evidence?: string | undefined;
  note?: string | undefined;
  now: Date;
}

export interface AddedLegalEvent {
  event: LegalEventView;
  /** The account's limitation clock with the event in it, as of today; null when nothing has fallen due. */
  clock: AccountLimitationClock | null;
}

export function legalEventType(value: string): LegalEventType {
  if (!isLegalEventType(value)) {
    throw new AppError(
      'INVALID_INPUT',
      `type "${value}" is not one of ${LEGAL_EVENT_TYPES.join(', ')} (payments and agreed plans are read from their own records)`,
    );
  }
  return value;
}

function methodOf(type: LegalEventType, given: string | undefined): string | null {
  const method = given?.trim() ? given.trim() : null;
  if (type === 'demand_delivered') {
    if (method === null || !(DELIVERY_METHODS as readonly string[]).includes(method)) {
      throw new AppError(
        'INVALID_INPUT',
        `method: a demand restarts the period only once it reached the debtor; say how it was proven: ${DELIVERY_METHODS.join(', ')}`,
      );
    }
    return method;
  }
  if (method !== null && !/^[a-z][a-z0-9_]{0,39}$/.test(method)) {
    throw new AppError('INVALID_INPUT', `method "${method}" is a short lower-case word (signed_slip, registered_mail)`);
  }
  return method;
}

function textField(field: string, value: string | undefined): string | null {
  const text = value?.trim() ? value.trim() : null;
  if (text !== null) {
    const problem = fieldProblem(field, text);
    if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  }
  return text;
}

export async function addLegalEvent(options: AddLegalEventOptions): Promise<AddedLegalEvent> {
  const { now } = options;
  const type = legalEventType(options.type);
  if (!isIsoDate(options.on)) throw new AppError('INVALID_INPUT', `on: "${options.on}" is not a date (YYYY-MM-DD)`);
  const on: IsoDate = options.on;
  const method = methodOf(type, options.method);
  const note = textField('note', options.note);
  guardNote('note', note);
  const evidence = textField('evidence', options.evidence);
  if (evidence !== null && !/^[0-9a-f]{64}$/.test(evidence)) {
    throw new AppError('INVALID_INPUT', `evidence "${evidence}" is not a SHA-256 (64 lower-case hex digits)`);
  }
  const activityId = textField('activity', options.activityId);

  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LEGAL_EVENT_ROLES[type], `record a ${type} event`);
    const account = await findLegalAccount(trx, options.accountId);
    const today = todayOf(account, now);
    if (on > today) throw new AppError('INVALID_INPUT', `on: ${on} is after today (${today}); record what happened`);
    const opened = await trx.selectFrom('accounts').select('opened_on').where('id', '=', account.id).executeTakeFirst();
    const openedOn = String(opened?.opened_on ?? '').slice(0, 10);
    if (on < openedOn) {
      throw new AppError('INVALID_INPUT', `on: ${on} is before account ${account.accountId} was opened (${openedOn})`);
    }
    if (activityId !== null) {
      const activity = await trx
        .selectFrom('activities')
        .select('account_id')
        .where('activity_id', '=', activityId)
        .executeTakeFirst();
      if (!activity) throw new AppError('NOT_FOUND', `activity: there is no activity "${activityId}"`);
      if (Number(activity.account_id) !== account.id) {
        throw new AppError(
          'INVALID_INPUT',
          `activity: ${activityId} is not an activity of account ${account.accountId}`,
        );
      }
    }
    if (evidence !== null) {
      const file = await trx
        .selectFrom('evidence_files')
        .select('sha256')
        .where('sha256', '=', evidence)
        .executeTakeFirst();
      if (!file)
        throw new AppError('NOT_FOUND', `evidence: no evidence file ${evidence} is stored (dunwell evidence add)`);
    }
    const same = await trx
      .selectFrom('legal_events')
      .select('event_id')
      .where('account_id', '=', account.id)
      .where('type', '=', type)
      .where('occurred_on', '=', on)
      .where((eb) => (method === null ? eb('method', 'is', null) : eb('method', '=', method)))
      .executeTakeFirst();
    if (same) {
      throw new AppError(
        'CONFLICT',
        `${type} on ${on}${method ? ` by ${method}` : ''} is already recorded (${same.event_id})`,
      );
    }
    const eventId = newId('lev', now);
    await trx
      .insertInto('legal_events')
      .values({
        event_id: eventId,
        account_id: account.id,
        type,
        occurred_on: on,
        method,
        activity_id: activityId,
        evidence,
        note,
        recorded_by: user.userId,
        created_at: now.toISOString(),
      })
      .execute();
    await appendEvent(trx, {
      kind: 'legal_event.add',
      actor: user.userId,
      now,
      accountId: account.id,
      payload: { event_id: eventId, type, on, method, activity_id: activityId, evidence, note },
    });
    const row = await selectLegalEvents(trx).where('e.event_id', '=', eventId).executeTakeFirstOrThrow();
    const clocks = await limitationClocks(trx, [account.id], today);
    return { event: legalEventView(row), clock: clocks.get(account.id) ?? null };
  });
}
