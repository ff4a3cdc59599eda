/**
 * How personal data looks in every output: enough to tell two numbers apart and to confirm one with the
 * debtor ("the number ending 5678"), never enough to use it. The masked form is also what an encrypted
 * value carries beside its ciphertext, so lists show it without the key.
 *
 * - phone: the country code, the first three and the last four digits: `138****5678`, `+86 138****8000`
 *   (also for `+8613800138000`); a short number keeps only its last two digits.
 * - email: the first character of the mailbox and the domain: `a***@example.com`.
 * - ID number: the first and last four characters, the rest starred to length: `1101**********1234`.
 * - address: only the general part — a Chinese address up to its district (`上海市浦东新区****`), a
 *   Western one without its first line and without numbers (`****, Springfield, IL`).
 * - WeChat id: its first two characters: `wx****`.
 * - anything else: its first character: `Z***`.
 */
import type { ValueKind } from './personal-fields.js';

const STARS = '****';

export function maskValue(kind: ValueKind, value: string): string {
  const v = value.trim();
  if (v === '') return '';
  switch (kind) {
    case 'phone':
      return maskPhone(v);
    case 'email':
      return maskEmail(v);
    case 'id_number':
      return maskIdNumber(v);
    case 'address':
      return maskAddress(v);
    case 'wechat':
      return `${[...v].slice(0, 2).join('')}${STARS}`;
    case 'other':
      return `${[...v].slice(0, 1).join('')}***`;
  }
}

/** Calling codes told apart in a number written without a space after them (`+8613800138000`). */
const CALLING_CODES = ['852', '853', '886', '86', '44', '65', '81', '82', '61', '49', '33', '1'];

/** The country code of an international number and the rest of it, or none. */
function splitCountry(v: string): { prefix: string; rest: string } {
  // `+86 138 0013 8000`: the code stays as written when a space sets it apart.
  const spaced = /^(\+\d{1,3})\s+(.*)$/.exec(v);
  if (spaced) return { prefix: `${spaced[1]} `, rest: spaced[2] ?? '' };
  if (v.startsWith('+')) {
    const digits = v.replace(/\D/g, '');
    const code = CALLING_CODES.find((c) => digits.startsWith(c) && digits.length - c.length >= 8);
    if (code !== undefined) return { prefix: `+${code} `, rest: digits.slice(code.length) };
  }
  return { prefix: '', rest: v };
}

function maskPhone(v: string): string {
  const { prefix, rest } = splitCountry(v);
  const digits = rest.replace(/\D/g, '');
  if (digits.length >= 8) return `${prefix}${digits.slice(0, 3)}${STARS}${digits.slice(-4)}`;
  return `${prefix}${STARS}${digits.slice(-2)}`;
}

function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at <= 0) return maskValue('other', v);
  return `${[...v.slice(0, at)].slice(0, 1).join('')}***@${v.slice(at + 1)}`;
}

function maskIdNumber(v: string): string {
  const chars = [...v.replace(/\s+/g, '')];
  const n = chars.length;
  if (n >= 12) return `${chars.slice(0, 4).join('')}${'*'.repeat(n - 8)}${chars.slice(-4).join('')}`;
  if (n >= 6) return `${'*'.repeat(n - 2)}${chars.slice(-2).join('')}`;
  return '*'.repeat(n);
}

const CJK = /[\u3400-\u9fff]/;
/** The end of the general part of a Chinese address, most specific first: district, county, city, province. */
const CN_MARKERS = ['区', '县', '市', '省'];

function maskAddress(v: string): string {
  if (CJK.test(v)) {
    const chars = [...v];
    for (const marker of CN_MARKERS) {
      const at = chars.indexOf(marker);
      // A marker this far in is part of a street or building name, not the region.
      if (at >= 1 && at < 12) return `${chars.slice(0, at + 1).join('')}${STARS}`;
    }
    return `${chars.slice(0, 2).join('')}${STARS}`;
  }
  // Western: the first line (number and street) goes, and so does every word with a digit (flat, postcode).
  const parts = v
    .split(',')
    .slice(1)
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '' && !/\d/.test(w))
        .join(' '),
    )
    .filter((p) => p !== '');
  const general = parts.slice(-2);
  return general.length === 0 ? STARS : `${STARS}, ${general.join(', ')}`;
}
