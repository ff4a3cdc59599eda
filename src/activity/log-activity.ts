/**
 * A collector, field agent or lead records what they did on an account: a call and how it went, a visit,
 * a letter, a note. Back-office staff often enter it later, so the instant it happened is given (with its
 * offset) and only defaults to now. Everything is checked before anything is written; the activity and
 * its event are written in one transaction, through the one activity writer.
 *
 * What the desk adds to the record (issue 8):
 * - an outbound contact (a call, message, visit or letter) asks the contact gate first (desk-gate.ts),
 *   judged at the instant it happened with everything known now; a blocked contact is refused with the
 *   rules, their reasons and when it would next be allowed (CONTACT_BLOCKED), and nothing is recorded but
 *   the block (contact_blocks, source desk). A contact an override let through is recorded with a block row
 *   naming the override. Inbound contacts and notes are not gated; they count in the history all the same;
 * - the note goes through the language guard (guard-note.ts);
 * - a visit carries its type, two staff at least, its recording and, for a home entered, who consented
 *   (visit-rules.ts); a recording file is stored as evidence linked to the activity;
 * - what the party asked on the contact (`request`: cease, stop this channel, …) is recorded with it as a
 *   party request, in the same transaction.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { GateOutcome } from '../compliance/gate-contacts.js';
import {
  ACTIVITY_CHANNELS,
  type ActivityChannel,
  DIRECTIONS,
  type Direction,
  EXCUSE_CATEGORIES,
  type ExcuseCategory,
  isRightPartyContact,
  OUTCOMES,
  type Outcome,
} from '../domain/activity/activity-codes.js';
import type { ComplianceLanguage } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { sha256Hex } from '../evidence/evidence-file.js';
import { evidenceFolder } from '../evidence/evidence-folder.js';
import { mediaTypeOf } from '../evidence/media-type.js';
import { storeEvidence } from '../evidence/store-evidence.js';
import { fieldProblem } from '../import/field-limits.js';
import { addPartyRequest, partyRequestType } from '../party/add-party-request.js';
import { maskActivityContactPoint } from '../privacy/contact-values.js';
import { inTransaction } from '../store/in-transaction.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { defaultDirection, endProblem, outcomeProblem, resolveParty } from './activity-rules.js';
import { type ActivityView, visitView, wallTime } from './activity-view.js';
import {
  ContactBlockedError,
  type DeskContact,
  deskDecision,
  isGated,
  judgeDeskContact,
  recordDeskBlock,
} from './desk-gate.js';
import { checkStaff, staffList } from './desk-staff.js';
import { findActivityAccount } from './find-activity-account.js';
import { guardNote } from './guard-note.js';
import { loadAccountParties } from './load-account-parties.js';
import { type ActivityInput, recordActivities } from './record-activities.js';
import { instantField, recordedInstant } from './recorded-instant.js';
import { checkVisit, type VisitOptions } from './visit-rules.js';

export interface LogActivityOptions extends VisitOptions {
  store: Store;
  /** The caller's transaction on `store`, to log as part of it; one of its own when left out. */
  trx?: Kysely<Schema>;
  /** The lender's account_id. */
  accountId: string;
  /** Who did it: one or more active users (a visit is made in pairs). */
  by: readonly string[];
  channel: string;
  outcome: string;
  /** Default: internal for a note or a review, outbound otherwise. */
  direction?: string;
  /** The lender's party_id; default: the account's borrower. */
  partyId?: string;
  /** The number dialled, the address visited, the e-mail written to. */
  contactPoint?: string;
  /** When it started: an ISO 8601 instant with its offset; default `now`. */
  at?: string;
  endedAt?: string;
  excuse?: string;
  note?: string;
  evidence?: readonly string[];
  /** The work item of the day's queue this activity carried out. */
  workItemId?: string;
  /** What the party asked on this contact (PARTY_REQUEST_TYPES), recorded with it as a party request. */
  request?: string;
  /** The language of the gate's and the language guard's reasons; default zh-CN. */
  lang?: ComplianceLanguage;
  now: Date;
}

function oneOf<T extends string>(field: string, value: string, list: readonly T[]): T {
  if (!(list as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', `${field} "${value}" is not one of ${list.join(', ')}`);
  }
  return value as T;
}

/** Free text, trimmed; null when blank; refused when no column could store it. */
function text(field: string, value: string | undefined): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  const problem = fieldProblem(field, v);
  if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  return v;
}

async function readRecording(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `recording: cannot read ${file}: ${why}`);
  }
}

export async function logActivity(options: LogActivityOptions): Promise<ActivityView> {
  const { store, now } = options;
  const lang = options.lang ?? 'zh-CN';
  const channel = oneOf<ActivityChannel>('channel', options.channel, ACTIVITY_CHANNELS);
  const outcome = oneOf<Outcome>('outcome', options.outcome, OUTCOMES);
  const direction =
    options.direction === undefined
      ? defaultDirection(channel)
      : oneOf<Direction>('direction', options.direction, DIRECTIONS);
  const excuse =
    options.excuse === undefined ? null : oneOf<ExcuseCategory>('excuse', options.excuse, EXCUSE_CATEGORIES);
  const endedAt = options.endedAt === undefined ? null : instantField('ended_at', options.endedAt);
  const contactPoint = text('contact_point', options.contactPoint);
  const note = text('note', options.note);
  guardNote('note', note, lang);
  const evidence = [...new Set((options.evidence ?? []).map((e) => e.trim()).filter((e) => e !== ''))];
  for (const e of evidence) {
    const problem = fieldProblem('evidence', e);
    if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  }
  const visit = checkVisit(channel, direction, staffList(options.by), options);
  const request = options.request === undefined ? null : partyRequestType(options.request);
  const recordingBytes = visit !== null && 'file' in visit.recording ? await readRecording(visit.recording.file) : null;
  const db = options.trx ?? store.db;

  // Read and check everything the record names.
  const account = await findActivityAccount(db, options.accountId);
  const { instant: startedAt, day: occurredOn } = recordedInstant('at', options.at, now, account);
  if (endedAt !== null) {
    const problem = endProblem(endedAt, startedAt, now);
    if (problem !== null) throw new AppError('INVALID_INPUT', `ended_at: ${problem}`);
  }
  const staff = await checkStaff(db, options.by);
  const [partiesByAccount, item] = await Promise.all([
    loadAccountParties(db, store.engine, [account.id]),
    options.workItemId === undefined
      ? undefined
      : db
          .selectFrom('work_items')
          .select(['item_id', 'account_id'])
          .where('item_id', '=', options.workItemId)
          .executeTakeFirst(),
  ]);
  const parties = partiesByAccount.get(account.id) ?? [];
  const resolved = resolveParty(parties, options.partyId ?? null, account.accountId);
  if (resolved.problem !== null) throw new AppError('INVALID_INPUT', `party: ${resolved.problem}`);
  const party = resolved.party;
  const mismatch = outcomeProblem(outcome, direction, party);
  if (mismatch !== null) throw new AppError('INVALID_INPUT', mismatch);
  if (options.workItemId !== undefined) {
    if (!item) throw new AppError('NOT_FOUND', `work_item: there is no work item ${options.workItemId}`);
    if (Number(item.account_id) !== account.id) {
      throw new AppError(
        'INVALID_INPUT',
        `work_item: ${options.workItemId} is a work item of another account, not of ${account.accountId}`,
      );
    }
  }
  const gated = isGated(channel, direction);
  if ((gated || request !== null) && party === null) {
    throw new AppError(
      'INVALID_INPUT',
      `party: account ${account.accountId} has no borrower on file; name the party ${gated ? 'contacted (the contact gate judges a contact with a person)' : 'who asked'}`,
    );
  }
  let consentKey: number | null = null;
  if (visit?.consentBy) {
    const consenting = parties.find((p) => p.partyId === visit.consentBy);
    if (!consenting) {
      throw new AppError(
        'INVALID_INPUT',
        `consent_by: party ${visit.consentBy} is not linked to account ${account.accountId}`,
      );
    }
    consentKey = consenting.partyKey;
  }

  // The gate, for a contact someone chose to make.
  const contact: (DeskContact & { businessDay: string }) | null =
    gated && party !== null
      ? { accountKey: account.id, party, channel, contactPoint, staff, at: startedAt, businessDay: occurredOn }
      : null;
  // Judged and written in one transaction, with the party's row locked on PostgreSQL (SQLite has one
  // writer at a time): two people logging a contact with the same person at once cannot both squeeze
  // under a daily cap. A blocked contact commits only its block row, then is refused.
  const written = await inTransaction(db, async (trx): Promise<Written> => {
    if (contact !== null && store.engine === 'postgres') {
      await trx.selectFrom('parties').select('id').where('id', '=', contact.party.partyKey).forUpdate().execute();
    }
    const judged = contact === null ? null : await judgeDeskContact(store, trx, contact, now);
    if (contact !== null && judged !== null && !judged.decision.allowed) {
      await recordDeskBlock(store, trx, contact, judged, staff[0] ?? '', now);
      return { blocked: judged, view: null };
    }
    const activityId = newId('act', now);
    const recording =
      visit === null
        ? null
        : 'ref' in visit.recording
          ? visit.recording.ref
          : `sha256:${sha256Hex(recordingBytes ?? new Uint8Array())}`;
    const input: ActivityInput = {
      activityId,
      accountId: account.id,
      partyId: party?.partyKey ?? null,
      channel,
      direction,
      contactPoint,
      staff,
      startedAt,
      endedAt,
      occurredOn,
      outcome,
      excuse,
      note,
      evidence,
      workItemId: options.workItemId ?? null,
      messageId: null,
      source: 'desk',
      visit: visit === null || recording === null ? null : { type: visit.type, recording, homeConsentBy: consentKey },
    };
    await recordActivities(store, trx, [input], now);
    await appendEvent(trx, {
      kind: 'activity.log',
      actor: staff[0] ?? '',
      now,
      accountId: account.id,
      payload: {
        activity_id: activityId,
        channel,
        direction,
        outcome,
        staff,
        started_at: startedAt,
        ...(judged?.overrideId ? { override_id: judged.overrideId } : {}),
      },
    });
    if (visit !== null && 'file' in visit.recording && recordingBytes !== null) {
      const name = basename(visit.recording.file);
      await storeEvidence({
        db: trx,
        folder: evidenceFolder(store),
        bytes: recordingBytes,
        mediaType: mediaTypeOf(name),
        name,
        kind: 'recording',
        accountId: account.id,
        activityId,
        actor: staff[0] ?? '',
        now,
      });
    }
    // A contact an override let through is kept with the blocks, naming the override.
    if (contact !== null && judged?.overrideId) {
      await recordDeskBlock(store, trx, contact, judged, staff[0] ?? '', now);
    }
    if (request !== null && party !== null) {
      await addPartyRequest({
        db: trx,
        partyId: party.partyId,
        type: request,
        // stop_channel stops the channel the person was reached on.
        channel: request === 'stop_channel' ? channel : undefined,
        at: startedAt,
        by: staff[0] ?? '',
        note: `on activity ${activityId}`,
        now,
      });
    }
    const view: ActivityView = {
      activity_id: activityId,
      account_id: account.accountId,
      party_id: party?.partyId ?? null,
      channel,
      direction,
      contact_point: maskActivityContactPoint(channel, contactPoint),
      staff,
      started_at: startedAt,
      ended_at: endedAt,
      occurred_on: occurredOn,
      local_time: wallTime(startedAt, account.timeZone),
      outcome,
      right_party: isRightPartyContact(outcome),
      excuse,
      note,
      evidence,
      work_item_id: options.workItemId ?? null,
      message_id: null,
      source: 'desk',
      created_at: now.toISOString(),
      visit: visitView(visit?.type ?? null, recording, visit?.consentBy ?? null),
    };
    return { blocked: null, view };
  });
  if (written.blocked !== null) {
    throw new ContactBlockedError(
      deskDecision(written.blocked, lang),
      `${account.accountId} ${party?.partyId ?? ''} ${channel} @ ${startedAt}`,
      lang,
    );
  }
  return written.view;
}

/** What the desk's one transaction did: refused the contact (its block recorded) or recorded it. */
type Written = { blocked: GateOutcome; view: null } | { blocked: null; view: ActivityView };
