/**
 * Wall-clock time in a zone, checked against itself both ways round: the instant a local minute begins
 * shows that minute (or, in a daylight-saving gap, the first minute after it) and the instant before does
 * not yet; local calendar days counted from each instant's wall clock equal those counted between the
 * instants the days begin.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import type { PastContact } from './contact-request.js';
import { onLocalDays } from './gate-context.js';
import { localInstant, nextLocalMidnight, wallClock } from './local-time.js';

// Zones with daylight saving at 02:00 (New York, London), at midnight (Santiago, Asuncion), half-hour
// offsets (Kolkata, Adelaide), the southern summer (Sydney) and none at all (Shanghai).
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'America/Santiago',
  'America/Asuncion',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'Australia/Sydney',
  'Pacific/Chatham',
];
const zone = fc.constantFrom(...ZONES);
// 2025–2027, to the second.
const instant = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2027, 11, 31) / 1000 })
  .map((s) => s * 1000);
const key = (ms: number, z: string) => {
  const w = wallClock(ms, z);
  return `${w.date} ${String(w.minute).padStart(4, '0')}`;
};

describe('wall-clock time', () => {
  it('reads known instants', () => {
    expect(wallClock(Date.parse('2026-12-01T15:59:59Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-12-01',
      minute: 1439,
    });
    expect(wallClock(Date.parse('2026-12-01T16:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-12-02', minute: 0 });
    expect(localInstant('2026-12-02', 8 * 60, 'Asia/Shanghai')).toBe(Date.parse('2026-12-02T00:00:00Z'));
    // New York springs forward at 02:00 on 8 March 2026: 02:30 does not exist, 03:00 EDT comes first.
    expect(localInstant('2026-03-08', 150, 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:00Z'));
    // It falls back at 02:00 on 1 November: 01:30 happens twice, the first time (EDT) counts.
    expect(localInstant('2026-11-01', 90, 'America/New_York')).toBe(Date.parse('2026-11-01T05:30:00Z'));
    expect(nextLocalMidnight(Date.parse('2026-11-01T12:00:00Z'), 'America/New_York')).toBe(
      Date.parse('2026-11-02T05:00:00Z'),
    );
  });

  it('the instant a local minute begins shows it (or the first minute after a gap); a second before, not yet', () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        const { date, minute } = wallClock(ms, z);
        const target = `${date} ${String(minute).padStart(4, '0')}`;
        const begins = localInstant(date, minute, z);
        expect(key(begins, z)).toBe(target);
        expect(begins).toBeLessThanOrEqual(ms);
        expect(key(begins - 1000, z) < target).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a local day begins at the first instant of that date, even when midnight is skipped', () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        const { date } = wallClock(ms, z);
        const begins = localInstant(date, 0, z);
        expect(wallClock(begins, z).date).toBe(date);
        expect(wallClock(begins - 1000, z).date).toBe(addDays(date, -1));
        expect(nextLocalMidnight(ms, z)).toBe(localInstant(addDays(date, 1), 0, z));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts calls on local calendar days: by each call’s wall clock = between the instants the days begin', () => {
    const contact = (ms: number): PastContact => ({
      at: new Date(ms).toISOString(),
      channel: 'call',
      party_id: 'p',
      debts: ['d'],
      contact_point: null,
      direction: 'outbound',
      connected: true,
      conversation: false,
    });
    fc.assert(
      fc.property(
        instant,
        zone,
        fc.array(fc.integer({ min: -10 * 86_400, max: 2 * 86_400 }), { maxLength: 40 }),
        (now, z, offsets) => {
          const calls = offsets.map((s) => contact(now + s * 1000));
          const today = wallClock(now, z).date;
          const from = addDays(today, -6);
          const start = localInstant(from, 0, z);
          const end = localInstant(addDays(today, 1), 0, z);
          const between = calls.filter((c) => Date.parse(c.at) >= start && Date.parse(c.at) < end).length;
          expect(onLocalDays(calls, z, from, today).length).toBe(between);
        },
      ),
      { numRuns: 500 },
    );
  });
});
