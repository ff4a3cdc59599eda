/**
 * The form of a personal value that its blind index is computed over, so the same number written two ways
 * finds the same record: a phone's digits, an e-mail in lower case, an ID number without spaces in upper
 * case, an address or WeChat id with its spacing collapsed (WeChat ids are also case-insensitive).
 */
import type { ValueKind } from './personal-fields.js';

export function normaliseValue(kind: ValueKind, value: string): string {
  const v = value.normalize('NFKC').trim();
  switch (kind) {
    case 'phone':
      return v.replace(/\D/g, '');
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
