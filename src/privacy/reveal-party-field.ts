/**
 * `dunwell party reveal`: one personal field of one party in clear, for someone whose role needs it (the
 * disclosure rule, src/domain/privacy/disclosure-rule.ts), with a reason. Every reveal is an audit event
 * (`privacy.reveal`: who, which party and field, why, and the masked forms of what was shown — never the
 * value); a refused one is recorded too (`privacy.reveal_refused`), since an attempt is worth knowing about.
 */
import { AppError } from '../domain/errors.js';
import { type RevealFacts, revealRefusal } from '../domain/privacy/disclosure-rule.js';
import {
  contactTypesOf,
  isPersonalField,
  PERSONAL_FIELDS,
  type PersonalField,
} from '../domain/privacy/personal-fields.js';
import { appendEvent } from '../event/append-event.js';
import { fieldProblem } from '../import/field-limits.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
import { maskContactValue, maskIdNumber, revealStoredValues } from './contact-values.js';
import type { Env } from './personal-data-key.js';

export interface RevealPartyFieldOptions {
  store: Store;
  /** The lender's party id. */
  partyId: string;
  field: string;
  /** The user asking. */
  by: string;
  reason: string;
  now: Date;
  env?: Env;
}

export interface RevealedValue {
  /** The contact type (`mobile`, `landline`, …) or `id_number`. */
  type: string;
  value: string;
  masked: string;
  verified: boolean | null;
  do_not_contact: boolean | null;
}

export interface RevealView {
  party_id: string;
  field: PersonalField;
  revealed_by: string;
  role: string;
  reason: string;
  values: RevealedValue[];
}

/** Open work of the user on the party's accounts: what the `own_work` and `own_visits` grants look at. */
async function revealFacts(
  store: Store,
  userId: string,
  accountIds: readonly number[],
): Promise<RevealFacts & { accountId: number | null }> {
  if (accountIds.length === 0) return { works: false, visits: false, accountId: null };
  const db = store.db;
  const [assigned, items] = await Promise.all([
    db
      .selectFrom('accounts')
      .select('id')
      .where('id', 'in', [...accountIds])
      .where('assigned_to', '=', userId)
      .execute(),
    db
      .selectFrom('work_items')
      .select(['account_id', 'channel'])
      .where('account_id', 'in', [...accountIds])
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('assignee', '=', userId), eb('partner', '=', userId)]))
      .execute(),
  ]);
  const visit = items.find((i) => i.channel === 'visit');
  const first = visit ?? items[0] ?? assigned[0];
  const accountId = first ? Number('account_id' in first ? first.account_id : first.id) : null;
  return {
    works: assigned.length > 0 || items.length > 0,
    visits: visit !== undefined,
    accountId: accountId ?? (accountIds.length === 1 ? (accountIds[0] ?? null) : null),
  };
}

export async function revealPartyField(options: RevealPartyFieldOptions): Promise<RevealView> {
  const { store, now } = options;
  const field = options.field.trim();
  if (!isPersonalField(field)) {
    throw new AppError('INVALID_INPUT', `field "${field}" is not one of ${PERSONAL_FIELDS.join(', ')}`);
  }
  const reason = options.reason.trim();
  if (reason === '') {
    throw new AppError('INVALID_INPUT', 'reason: say why you need it in clear (it is recorded) / 请说明查看原因');
  }
  const problem = fieldProblem('reason', reason);
  if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  const user = await actingUser(store.db, options.by);
  const party = await store.db
    .selectFrom('parties')
    .select(['id', 'party_id', 'id_number'])
    .where('party_id', '=', options.partyId)
    .executeTakeFirst();
  if (!party) throw new AppError('NOT_FOUND', `there is no party "${options.partyId}"`);
  const accounts = await store.db
    .selectFrom('relations')
    .select('account_id')
    .where('party_id', '=', party.id)
    .execute();
  const facts = await revealFacts(
    store,
    user.userId,
    accounts.map((a) => Number(a.account_id)),
  );
  const event = { party_id: party.party_id, field, role: user.role, reason };
  const refusal = revealRefusal(user.role, field, facts);
  if (refusal !== null) {
    await appendEvent(store.db, {
      kind: 'privacy.reveal_refused',
      actor: user.userId,
      now,
      accountId: facts.accountId,
      payload: { ...event, refusal },
    });
    throw new AppError('FORBIDDEN', `${user.userId}: ${refusal}`);
  }

  const stored = await storedValues(store, party.id, party.id_number, field);
  // Opened before anything is recorded: a missing or wrong key reveals nothing and records nothing.
  const clear = revealStoredValues(
    store,
    stored.map((s) => s.stored),
    options.env,
  );
  const values: RevealedValue[] = stored.map((s, i) => ({
    type: s.type,
    value: clear[i] ?? '',
    masked: s.masked,
    verified: s.verified,
    do_not_contact: s.doNotContact,
  }));
  await appendEvent(store.db, {
    kind: 'privacy.reveal',
    actor: user.userId,
    now,
    accountId: facts.accountId,
    payload: { ...event, shown: values.map((v) => `${v.type} ${v.masked}`) },
  });
  return { party_id: party.party_id, field, revealed_by: user.userId, role: user.role, reason, values };
}

interface StoredValue {
  type: string;
  stored: string;
  masked: string;
  verified: boolean | null;
  doNotContact: boolean | null;
}

async function storedValues(
  store: Store,
  partyKey: number,
  idNumber: string | null,
  field: PersonalField,
): Promise<StoredValue[]> {
  if (field === 'id_number') {
    return idNumber === null
      ? []
      : [
          {
            type: 'id_number',
            stored: idNumber,
            masked: maskIdNumber(idNumber) ?? '',
            verified: null,
            doNotContact: null,
          },
        ];
  }
  const rows = await store.db
    .selectFrom('contact_points')
    .select(['type', 'value', 'verified', 'do_not_contact'])
    .where('party_id', '=', partyKey)
    .where('type', 'in', contactTypesOf(field))
    .orderBy('verified', 'desc')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    type: r.type,
    stored: r.value,
    masked: maskContactValue(r.type, r.value),
    verified: Number(r.verified) === 1,
    doNotContact: Number(r.do_not_contact) === 1,
  }));
}
