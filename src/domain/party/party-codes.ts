/**
 * The code lists of a party and its links to accounts, defined once here: imports validate against them
 * and the rest of the code derives its types from them. Relation roles also say who owes the debt
 * (obligors) and who does not (third parties), because what a collector may tell someone depends on it:
 * a third party is never told about the debt.
 */

/** A person or a company. */
export const PARTY_KINDS = ['person', 'company'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The customer segment a party belongs to; it steers tone and channels. */
export const SEGMENTS = ['white_collar', 'retiree', 'small_business', 'worker', 'company', 'other'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Roles of a party who owes the debt: the borrower and those who signed for it. */
export const OBLIGOR_ROLES = ['borrower', 'co_borrower', 'guarantor'] as const;
export type ObligorRole = (typeof OBLIGOR_ROLES)[number];

/** Roles of a party who does not owe the debt (a contact, a relative…): never told about it. */
export const THIRD_PARTY_ROLES = [
  'emergency_contact',
  'spouse',
  'relative',
  'friend',
  'employer',
  'colleague',
  'other',
] as const;
export type ThirdPartyRole = (typeof THIRD_PARTY_ROLES)[number];

/** Every role a party may have on an account: the obligors first, then the third parties. */
export const ROLES = [...OBLIGOR_ROLES, ...THIRD_PARTY_ROLES] as const;
export type Role = (typeof ROLES)[number];

export function isObligorRole(role: string): role is ObligorRole {
  return (OBLIGOR_ROLES as readonly string[]).includes(role);
}

export function isThirdPartyRole(role: string): role is ThirdPartyRole {
  return (THIRD_PARTY_ROLES as readonly string[]).includes(role);
}

/** Ways to reach a party. */
export const CONTACT_TYPES = ['mobile', 'landline', 'email', 'address', 'wechat'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
