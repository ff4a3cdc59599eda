/**
 * `dunwell letter delivered <activity_id> --method M --on D --by USER [--evidence F]`: the proof that a
 * letter reached the debtor — registered mail signed for, service witnessed by a notary, a receipt signed
 * in hand, an e-mail or SMS to the address or number the debtor gave. In one transaction: the proof's file
 * as evidence linked to the letter's activity (when given), the delivery on the letter, for a demand a
 * legal event `demand_delivered` through addLegalEvent, the one writer of legal events (the limitation
 * clock restarts from it, 民法典 第一百九十五条), and an event. A delivery is recorded once; a day before
 * the letter's date or after today is refused.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import {
  DELIVERY_METHODS,
  DELIVERY_ROLES,
  DEMAND_DELIVERED,
  DEMAND_KINDS,
  type DeliveryMethod,
  type LetterKind,
} from '../domain/letter/letter-codes.js';
import { appendEvent } from '../event/append-event.js';
import { mediaTypeOf } from '../evidence/media-type.js';
import { storeEvidence } from '../evidence/store-evidence.js';
import { addLegalEvent } from '../legal/add-legal-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Store } from '../store/open-database.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';

export interface RecordDeliveryOptions {
  store: Store;
  /** The activity that records the letter's sending. */
  activityId: string;
  method: string;
  /** The day it reached the debtor. */
  on: string;
  by: string;
  /** A file of the proof (a scan of the signed receipt, the notary's certificate), stored as evidence. */
  evidenceFile?: string | undefined;
  /** The evidence folder (evidenceFolder(store)); needed only with `evidence`. */
  evidenceFolder: string;
  now: Date;
}

export interface RecordedDelivery {
  letter_id: string;
  account_id: string;
  activity_id: string;
  kind: LetterKind;
  method: DeliveryMethod;
  delivered_on: string;
  evidence: string | null;
  /** The legal event that restarts the limitation clock; null for a validation notice. */
  legal_event_id: string | null;
}

async function readProof(file: string): Promise<{ bytes: Uint8Array; name: string }> {
  try {
    return { bytes: await readFile(file), name: basename(file) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `cannot read the evidence file ${file}: ${why}`);
  }
}

function checkedMethod(method: string): DeliveryMethod {
  if (!(DELIVERY_METHODS as readonly string[]).includes(method)) {
    throw new AppError('INVALID_INPUT', `method "${method}" is not one of ${DELIVERY_METHODS.join(', ')}`);
  }
  return method as DeliveryMethod;
}

export async function recordDelivery(options: RecordDeliveryOptions): Promise<RecordedDelivery> {
  const { store, now } = options;
  const method = checkedMethod(options.method);
  if (!isIsoDate(options.on)) throw new AppError('INVALID_INPUT', `on: "${options.on}" is not a date (YYYY-MM-DD)`);
  const proof = options.evidenceFile === undefined ? null : await readProof(options.evidenceFile);
  return inTransaction(store.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, DELIVERY_ROLES, 'record that a letter was delivered');
    const letter = await trx
      .selectFrom('letters')
      .innerJoin('accounts', 'accounts.id', 'letters.account_id')
      .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
      .select([
        'letters.letter_id',
        'letters.account_id as account_key',
        'letters.kind',
        'letters.letter_date',
        'letters.delivered_on',
        'letters.delivery_method',
        'accounts.account_id',
        'portfolios.time_zone',
      ])
      .where('letters.activity_id', '=', options.activityId)
      .executeTakeFirst();
    if (!letter)
      throw new AppError(
        'NOT_FOUND',
        `activity ${options.activityId} is not the sending of a letter (dunwell letter list)`,
      );
    const letterDate = String(letter.letter_date).slice(0, 10);
    if (letter.delivered_on !== null) {
      throw new AppError(
        'CONFLICT',
        `letter ${letter.letter_id} was already recorded delivered on ${String(letter.delivered_on).slice(0, 10)} (${letter.delivery_method})`,
      );
    }
    const today = dateInZone(now.toISOString(), letter.time_zone || DEFAULT_TIME_ZONE);
    if (options.on < letterDate) {
      throw new AppError('INVALID_INPUT', `on: ${options.on} is before the letter's date ${letterDate}`);
    }
    if (options.on > today) throw new AppError('INVALID_INPUT', `on: ${options.on} is after today (${today})`);
    const accountKey = Number(letter.account_key);
    const evidence =
      proof === null
        ? null
        : (
            await storeEvidence({
              db: trx,
              folder: options.evidenceFolder,
              bytes: proof.bytes,
              mediaType: mediaTypeOf(proof.name),
              name: proof.name,
              kind: 'document',
              accountId: accountKey,
              activityId: options.activityId,
              actor: user.userId,
              now,
            })
          ).sha256;
    await trx
      .updateTable('letters')
      .set({ delivered_on: options.on, delivery_method: method, delivery_evidence: evidence })
      .where('letter_id', '=', letter.letter_id)
      .execute();
    const kind = letter.kind as LetterKind;
    // A demand that reached the debtor is a legal event, written by the one writer of legal events.
    const legalEventId = DEMAND_KINDS.includes(kind)
      ? (
          await addLegalEvent({
            db: trx,
            accountId: letter.account_id,
            type: DEMAND_DELIVERED,
            on: options.on,
            by: user.userId,
            method,
            activityId: options.activityId,
            evidence: evidence ?? undefined,
            note: letter.letter_id,
            now,
          })
        ).event.event_id
      : null;
    await appendEvent(trx, {
      kind: 'letter.delivered',
      actor: user.userId,
      now,
      accountId: accountKey,
      payload: {
        letter_id: letter.letter_id,
        activity_id: options.activityId,
        method,
        delivered_on: options.on,
        evidence,
        legal_event_id: legalEventId,
      },
    });
    return {
      letter_id: letter.letter_id,
      account_id: letter.account_id,
      activity_id: options.activityId,
      kind,
      method,
      delivered_on: options.on,
      evidence,
      legal_event_id: legalEventId,
    };
  });
}
