import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localWindow } from './local-window.js';

describe('localWindow', () => {
  it('gives the party-local window with the offset of that day', () => {
    expect(localWindow('2026-12-01', 'Asia/Shanghai', '09:00', '12:00')).toEqual({
      from: '2026-12-01T09:00:00+08:00',
      to: '2026-12-01T12:00:00+08:00',
    });
    expect(localWindow('2026-07-01', 'Europe/London', '09:00', '17:30')).toEqual({
      from: '2026-07-01T09:00:00+01:00',
      to: '2026-07-01T17:30:00+01:00',
    });
    expect(localWindow('2026-12-01', 'Europe/London', '09:00', '12:00').from).toBe('2026-12-01T09:00:00+00:00');
    expect(localWindow('2026-07-01', 'America/New_York', '08:00', '21:00')).toEqual({
      from: '2026-07-01T08:00:00-04:00',
      to: '2026-07-01T21:00:00-04:00',
    });
    expect(localWindow('2026-01-15', 'America/New_York', '08:00', '21:00').from).toBe('2026-01-15T08:00:00-05:00');
    expect(localWindow('2026-03-10', 'UTC', '00:00', '23:59')).toEqual({
      from: '2026-03-10T00:00:00+00:00',
      to: '2026-03-10T23:59:00+00:00',
    });
    expect(localWindow('2026-03-10', 'Asia/Kolkata', '14:00', '18:00')).toEqual({
      from: '2026-03-10T14:00:00+05:30',
      to: '2026-03-10T18:00:00+05:30',
    });
  });

  it('on the spring-forward day uses the offset in force at each end, and moves a skipped time to the first valid minute', () => {
    // London: 29 March 2026 at 01:00 GMT the clocks jump to 02:00 BST; 01:00–01:59 does not exist.
    expect(localWindow('2026-03-29', 'Europe/London', '00:30', '09:00')).toEqual({
      from: '2026-03-29T00:30:00+00:00',
      to: '2026-03-29T09:00:00+01:00',
    });
    expect(localWindow('2026-03-29', 'Europe/London', '01:30', '03:00').from).toBe('2026-03-29T02:00:00+01:00');
    // New York: 8 March 2026 at 02:00 EST the clocks jump to 03:00 EDT.
    expect(localWindow('2026-03-08', 'America/New_York', '02:15', '09:00')).toEqual({
      from: '2026-03-08T03:00:00-04:00',
      to: '2026-03-08T09:00:00-04:00',
    });
  });

  it('on the fall-back day takes a repeated time at its first occurrence', () => {
    // London: 25 October 2026 at 02:00 BST the clocks go back to 01:00 GMT; 01:00–01:59 happens twice.
    expect(localWindow('2026-10-25', 'Europe/London', '01:30', '09:00')).toEqual({
      from: '2026-10-25T01:30:00+01:00',
      to: '2026-10-25T09:00:00+00:00',
    });
    expect(localWindow('2026-10-25', 'Europe/London', '00:30', '02:30')).toEqual({
      from: '2026-10-25T00:30:00+01:00',
      to: '2026-10-25T02:30:00+00:00',
    });
  });

  it('refuses a malformed time, a window that ends before it starts, an unknown zone or date', () => {
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '9:00', '12:00')).toThrow(/from "9:00"/);
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '09:00', '24:00')).toThrow(/to "24:00"/);
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '12:00', '09:00')).toThrow(/ends before it starts/);
    expect(() => localWindow('2026-12-01', 'Asia/Beijing', '09:00', '12:00')).toThrow(/Asia\/Beijing/);
    expect(() => localWindow('2026-02-30', 'Asia/Shanghai', '09:00', '12:00')).toThrow(/2026-02-30/);
  });

  it('every result names the same instant read back in the zone, or a later one only across a gap', () => {
    const zones = ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 22_000 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 1438 }),
        (day, zone, minute) => {
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const w = localWindow(date, zone, hhmm(minute), hhmm(minute + 1));
          for (const text of [w.from, w.to]) {
            // The instant, shown on the zone's wall clock, reads as the local part of the text.
            const shown = new Intl.DateTimeFormat('sv-SE', {
              timeZone: zone,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
            })
              .format(new Date(text))
              .replace(' ', 'T');
            expect(shown).toBe(text.slice(0, 19));
          }
          // Never earlier than asked; later only when the asked minute was skipped.
          expect(w.from.slice(0, 16) >= `${date}T${hhmm(minute)}`).toBe(true);
          expect(Date.parse(w.to)).toBeGreaterThanOrEqual(Date.parse(w.from));
        },
      ),
    );
  });
});

describe('localWindow: the edges', () => {
  it('refuses a time with anything before or after HH:MM, and an empty window', () => {
    const inputError = (message: string) => expect.objectContaining({ code: 'INVALID_INPUT', message });
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '109:00', '12:00')).toThrow(
      inputError('window from "109:00" is not a time HH:MM (00:00–23:59)'),
    );
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '09:00', '12:000')).toThrow(/to "12:000"/);
    expect(() => localWindow('2026-12-01', 'Asia/Shanghai', '09:00', '09:00')).toThrow(
      inputError('window 09:00–09:00 ends before it starts (a window stays within one day)'),
    );
  });

  it('says which date or zone is wrong, as an input error', () => {
    expect(() => localWindow('2026-02-30', 'Asia/Shanghai', '09:00', '12:00')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'window date "2026-02-30" is not a valid date (YYYY-MM-DD)',
      }),
    );
    expect(() => localWindow('2026-12-01', 'Asia/Beijing', '09:00', '12:00')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '"Asia/Beijing" is not an IANA time zone' }),
    );
  });

  it('rounds an offset of minutes and seconds (local mean time before 1901) to the nearest minute', () => {
    // Shanghai kept local mean time, +08:05:43, until 1901.
    expect(localWindow('1900-06-01', 'Asia/Shanghai', '09:00', '12:00')).toEqual({
      from: '1900-06-01T09:00:00+08:06',
      to: '1900-06-01T12:00:00+08:06',
    });
  });

  it('gives the same window object for every item of the day that asks for it', () => {
    expect(localWindow('2026-12-02', 'Asia/Shanghai', '09:00', '12:00')).toBe(
      localWindow('2026-12-02', 'Asia/Shanghai', '09:00', '12:00'),
    );
  });
});
