/**
 * contacts: a party's phone numbers, e-mail and postal addresses, WeChat ids, keyed by (party, type,
 * value). The verified and do-not-contact flags may change; a changed number is a new contact point.
 * Values are stored sealed (src/privacy) and matched by their blind index, so the same number written
 * another way (`138 0013 8000`, `13800138000`) is the same contact point; rejections show them masked.
 */

import { kindOfContactType } from '../../domain/privacy/personal-fields.js';
import {
  contactValueIndex,
  maskContactValue,
  sealContactValue,
  storedValueIndex,
} from '../../privacy/contact-values.js';
import { keysForWriting } from '../../privacy/store-keys.js';
import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { CONTACT_TYPES } from '../import-codes.js';
import { lookupParties } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';

interface Contact {
  id: number | null;
  party_id: number;
  type: string;
  /** In clear for a row read from the file; as stored for a stored one (only its index is compared). */
  value: string;
  value_index: string;
  verified: 0 | 1;
  do_not_contact: 0 | 1;
}

const PHONE = /^\+?[0-9][0-9 ().-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function valueProblem(type: string, value: string): string | null {
  if ((type === 'mobile' || type === 'landline') && (!PHONE.test(value) || value.replace(/\D/g, '').length < 5)) {
    return `value "${maskContactValue(type, value)}" is not a phone number (digits, spaces, +, -, parentheses)`;
  }
  if (type === 'email' && !EMAIL.test(value))
    return `value "${maskContactValue(type, value)}" is not an e-mail address`;
  return null;
}

export const importContacts: ChunkImporter = async (ctx, rows, tally) => {
  const keys = await keysForWriting({ store: ctx.store, db: ctx.trx, now: new Date(ctx.nowIso) });
  const parties = await lookupParties(ctx, distinctValues(rows, 'party_id'));
  const valid: { row: number; contact: Contact }[] = [];
  for (const source of rows) {
    const c = new RowCheck(source);
    const partyId = c.required('party_id');
    const type = c.code('type', CONTACT_TYPES);
    const value = c.required('value');
    const party = parties.get(partyId);
    if (c.ok && party === undefined) c.fail('party_id', `party ${partyId} does not exist`);
    const problem = c.ok ? valueProblem(type, value) : null;
    if (problem) c.fail('value', problem);
    const verified = c.flag('verified');
    const doNotContact = c.flag('do_not_contact');
    if (c.problem || party === undefined) tally.reject(c.problem);
    else
      valid.push({
        row: source.row,
        contact: {
          id: null,
          party_id: party,
          type,
          value,
          value_index: contactValueIndex(keys, type, value),
          verified,
          do_not_contact: doNotContact,
        },
      });
  }
  const key = (k: Contact) => `${k.party_id}:${k.type}:${k.value_index}`;
  const stored =
    valid.length === 0
      ? []
      : await ctx.trx
          .selectFrom('contact_points')
          .select(['id', 'party_id', 'type', 'value', 'value_index', 'verified', 'do_not_contact'])
          .where(inList(ctx.store.engine, 'party_id', [...new Set(valid.map((v) => v.contact.party_id))], 'bigint'))
          .execute();
  const plan = new ChangePlan<Contact>(
    stored.map((s) => {
      const k: Contact = {
        id: Number(s.id),
        party_id: Number(s.party_id),
        type: s.type,
        value: s.value,
        value_index: storedValueIndex(keys, kindOfContactType(s.type), s.value, s.value_index),
        verified: Number(s.verified) === 1 ? 1 : 0,
        do_not_contact: Number(s.do_not_contact) === 1 ? 1 : 0,
      };
      return [key(k), k];
    }),
  );
  for (const { row, contact } of valid) {
    tally.add(
      plan.decide(row, key(contact), contact, (current) =>
        current.verified === contact.verified && current.do_not_contact === contact.do_not_contact
          ? { kind: 'same' }
          : { kind: 'update', value: { ...contact, id: current.id } },
      ),
    );
  }
  const inserts = plan.inserts();
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'contact_points',
      ['party_id', 'type', 'value', 'value_index', 'verified', 'do_not_contact', 'created_at', 'updated_at'],
      inserts.map((k) => [
        k.party_id,
        k.type,
        sealContactValue(keys, k.type, k.value),
        k.value_index,
        k.verified,
        k.do_not_contact,
        ctx.nowIso,
        ctx.nowIso,
      ]),
    );
  }
  const updates = plan.updates();
  if (updates.length > 0) {
    await ctx.bulk.update(
      'contact_points',
      ['verified', 'do_not_contact', 'updated_at'],
      ['id'],
      updates.map((k) => [k.verified, k.do_not_contact, ctx.nowIso, k.id]),
    );
  }
};
