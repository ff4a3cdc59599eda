/**
 * The kinds of personal data Dunwell encrypts at rest, masks in every output and reveals only on an audited
 * request: the fields a reveal names, and how each contact type and activity channel maps onto them. One
 * source: the masking, the blind index's normalisation and the disclosure rule all key on these.
 *
 * Names stay in clear: every view, template and letter shows them and the issue asks for ID numbers, phone
 * numbers and addresses (README, "Personal data").
 */
import type { ContactType } from '../party/party-codes.js';

/** What a reveal names and the disclosure rule decides about. */
export const PERSONAL_FIELDS = ['phone', 'email', 'wechat', 'address', 'id_number'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

export function isPersonalField(value: string): value is PersonalField {
  return (PERSONAL_FIELDS as readonly string[]).includes(value);
}

/** How a value is masked and normalised: a personal field, or `other` for a value of unknown shape. */
export type ValueKind = PersonalField | 'other';

/** The field of each contact type: mobiles and landlines are both phones. */
export const FIELD_OF_CONTACT_TYPE: Readonly<Record<ContactType, PersonalField>> = {
  mobile: 'phone',
  landline: 'phone',
  email: 'email',
  address: 'address',
  wechat: 'wechat',
};

/** The contact types a field covers (a reveal of `phone` shows mobiles and landlines). */
export function contactTypesOf(field: PersonalField): ContactType[] {
  return (Object.keys(FIELD_OF_CONTACT_TYPE) as ContactType[]).filter((t) => FIELD_OF_CONTACT_TYPE[t] === field);
}

/** The kind of a contact type as stored (an unknown type is masked as `other`). */
export function kindOfContactType(type: string): ValueKind {
  return (FIELD_OF_CONTACT_TYPE as Readonly<Record<string, PersonalField>>)[type] ?? 'other';
}

/**
 * The kind of an activity's contact point by its channel: a call or text goes to a phone, a visit or a
 * letter to an address. Channels without a fixed kind (a note, a review) are read from the value's shape.
 */
const KIND_OF_CHANNEL: Readonly<Record<string, PersonalField>> = {
  phone: 'phone',
  sms: 'phone',
  email: 'email',
  wechat: 'wechat',
  post: 'address',
  visit: 'address',
};

export function kindOfChannel(channel: string, value: string): ValueKind {
  return KIND_OF_CHANNEL[channel] ?? kindOfShape(value);
}

const PHONE_SHAPE = /^\+?[0-9][0-9 ().-]*$/;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** A value's kind read from its shape, when nothing says what it is. */
export function kindOfShape(value: string): ValueKind {
  const v = value.trim();
  if (PHONE_SHAPE.test(v) && v.replace(/\D/g, '').length >= 5) return 'phone';
  if (EMAIL_SHAPE.test(v)) return 'email';
  return 'other';
}
