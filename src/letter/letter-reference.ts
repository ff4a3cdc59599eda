/**
 * A letter's reference, printed on every page and on the slip and quoted on payments: short enough to
 * copy by hand (`L-20261129-9F3A61C2`), the letter's date and 32 random bits. `letters.letter_id` is unique,
 * so the one-in-four-billion clash of a day fails the insert rather than reusing a reference.
 */
import { randomBytes } from 'node:crypto';
import type { IsoDate } from '../domain/calendar/calendar.js';

export function letterReference(letterDate: IsoDate): string {
  return `L-${letterDate.replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
}
