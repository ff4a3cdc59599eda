/**
 * The instants a payment is dated by: every spelling ISO 8601 allows with an offset is read to the same UTC
 * instant, and a wall-clock time that does not exist is refused rather than rolled into the next day.
 */
import { describe, expect, it } from 'vitest';
import { parseInstant } from './calendar.js';

describe('parseInstant', () => {
  it('refuses 24:00, which JavaScript would quietly read as midnight of the next day', () => {
    expect(parseInstant('2026-03-01T24:00:00+08:00')).toEqual({
      ok: false,
      reason: '"2026-03-01T24:00:00+08:00" names a time that does not exist',
    });
    expect(parseInstant('2026-03-01T24:00Z')).toMatchObject({ ok: false });
  });

  it('takes the last minute of the day and the first', () => {
    expect(parseInstant('2026-03-01T23:59:59.999+08:00')).toEqual({ ok: true, iso: '2026-03-01T15:59:59.999Z' });
    expect(parseInstant('2026-03-01T23:00:00Z')).toEqual({ ok: true, iso: '2026-03-01T23:00:00.000Z' });
    expect(parseInstant('2026-03-01T00:00:00+08:00')).toEqual({ ok: true, iso: '2026-02-28T16:00:00.000Z' });
  });

  it('reads the other spellings of one instant alike, and ignores spaces around it', () => {
    const iso = '2026-03-01T01:30:00.000Z';
    for (const text of [
      '2026-03-01T09:30:00+08:00',
      '2026-03-01T09:30+08:00',
      '2026-03-01T09:30:00+0800',
      '2026-03-01T01:30:00Z',
      '2026-02-28T20:30:00.000-05:00',
      ' 2026-03-01T09:30:00+08:00 ',
    ]) {
      expect(parseInstant(text), text).toEqual({ ok: true, iso });
    }
  });
});
