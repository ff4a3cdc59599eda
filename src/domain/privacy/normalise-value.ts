/**
 * The form of a personal value that its blind index is computed over, so the same number written two ways
 * finds the same record: a phone's digits (a Chinese mobile without its +86 / 0086 country code, so
 * `+86 139 1234 5678` is `13912345678`), an e-mail in lower case, an ID number without spaces in upper
 * case, an address or WeChat id with its spacing collapsed (WeChat ids are also case-insensitive).
 */
import type { ValueKind } from './personal-fields.js';

/** 86 or 0086 before an 11-digit Chinese mobile number (1xx xxxx xxxx). */
const CN_MOBILE_WITH_COUNTRY = /^(?:00)?86(1\d{10})$/;

const ASCII = /^[\x20-\x7e]*$/;

export function normaliseValue(kind: ValueKind, value: string): string {
  // NFKC changes nothing in plain ASCII, which most values are; it is the costly step.
  const v = (ASCII.test(value) ? value : value.normalize('NFKC')).trim();
  switch (kind) {
    case 'phone':
      return v.replace(/\D/g, '').replace(CN_MOBILE_WITH_COUNTRY, '$1');
    case 'email':
    case 'wechat':
      return v.toLowerCase();
    case 'id_number':
      return v.replace(/\s+/g, '').toUpperCase();
    case 'address':
    case 'other':
      return v.replace(/\s+/g, ' ');
  }
}
