import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, daysBetween, fromDay, isIsoDate, isTimeZone, parseInstant, toDay } from './calendar.js';

describe('calendar', () => {
  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('day numbers round-trip and differences are whole days across DST and leap years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -800, max: 800 }), (day, delta) => {
        const date = fromDay(day);
        expect(toDay(date)).toBe(day);
        expect(daysBetween(addDays(date, delta), date)).toBe(delta);
      }),
    );
  });

  it('takes an instant only with its offset and normalises it to UTC', () => {
    expect(parseInstant('2026-03-01T09:30:00+08:00')).toEqual({ ok: true, iso: '2026-03-01T01:30:00.000Z' });
    expect(parseInstant('2026-03-01T09:30:00')).toMatchObject({ ok: false });
    expect(parseInstant('2026-02-30T09:30:00Z')).toMatchObject({ ok: false });
  });

  it('dates a payment by the wall clock of the portfolio time zone', () => {
    // 23:30 UTC on 1 March is already 2 March in Shanghai and still 1 March in New York.
    expect(dateInZone('2026-03-01T23:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(dateInZone('2026-03-01T23:30:00.000Z', 'America/New_York')).toBe('2026-03-01');
  });

  it('takes IANA time zone names only, as the tz database spells them', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/London', 'America/Argentina/Buenos_Aires', 'Etc/GMT-8', 'UTC']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    // Intl takes all of these; none is a zone name to store.
    for (const zone of ['EST', 'GMT', 'utc', 'asia/shanghai', 'ASIA/SHANGHAI', '+08:00', 'UTC+8', ' Asia/Shanghai']) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
    for (const zone of ['Mars/Olympus', 'Asia/Beijing', '', 'Asia/']) expect(isTimeZone(zone), zone).toBe(false);
  });
});
