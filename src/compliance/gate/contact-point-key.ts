/**
 * How the gate tells that two contact points are the same (the number dialled now and the one in an
 * activity; the one attempted and one marked do-not-contact), and how it names one in a decision without
 * writing the number out (decisions are stored in contact_blocks and printed).
 *
 * The key is the value Unicode-normalised and trimmed: a phone number by its digits as personal data
 * normalises them, so `+86 138 0013 8000`, `+8613800138000` and `13800138000` match; anything else in lower case with its spacing collapsed.
 * The label is the key masked (`138****8000`, `a***@example.com`); the number itself is never shown.
 */
import { maskValue } from '../../domain/privacy/mask-value.js';
import { normaliseValue } from '../../domain/privacy/normalise-value.js';

const PHONE_SHAPE = /^\+?[0-9][0-9 ().-]*$/;

export function contactPointKey(value: string): string {
  const v = value.normalize('NFKC').trim();
  // A number in the one normal form personal data is indexed by: a Chinese mobile without its +86 / 0086.
  if (PHONE_SHAPE.test(v) && v.replace(/\D/g, '').length >= 5) return `tel:${normaliseValue('phone', v)}`;
  return v.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A contact point's key as the gate's decisions name it: masked by the one masking rule of personal data
 * (src/domain/privacy/mask-value.ts). No hash of the number rides along: an unkeyed hash of the few
 * hidden digits could be reversed by trying them all.
 */
export function labelOfKey(key: string): string {
  if (key.startsWith('tel:')) return maskValue('phone', key.slice(4));
  return maskValue(key.includes('@') ? 'email' : 'other', key);
}

export function contactPointLabel(value: string): string {
  return labelOfKey(contactPointKey(value));
}
