import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInZone, parseInstant } from '../domain/calendar/calendar.js';
import { minorDigits, parseAmount } from '../domain/money/money.js';
import { RowCheck, simpleAmount, simpleInstant } from './check-fields.js';
import { valueDate } from './value-date.js';

describe('simpleAmount (the fast path of amount parsing)', () => {
  it('agrees with parseAmount whenever it answers, and answers for plain amounts', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{1,16}(\.[0-9]{0,4})?$/),
      fc.stringMatching(/^[-+]?[0-9.]{0,8}$/),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('CNY', 'JPY', 'KWD', 'USD'), (t, currency) => {
        const fast = simpleAmount(t, minorDigits(currency));
        const slow = parseAmount(t, currency);
        if (fast !== undefined) expect(slow).toEqual({ ok: true, minor: fast });
        if (/^\d{1,10}(\.\d{1,2})?$/.test(t) && minorDigits(currency) >= 2) expect(fast).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('simpleInstant (the fast path of instant parsing)', () => {
  it('agrees with parseInstant whenever it answers, and answers for the usual forms', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const instant = fc
      .tuple(
        fc.integer({ min: 1990, max: 2060 }),
        two(13),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.5', '.123', '.1234'),
        fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+0800', '+24:00', '-00:00', ''),
      )
      .map(([y, mo, d, h, mi, s, f, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f}${z}`);
    fc.assert(
      fc.property(instant, (t) => {
        const fast = simpleInstant(t);
        const slow = parseInstant(t);
        if (fast !== undefined) expect(slow).toEqual({ ok: true, iso: fast });
        if (slow.ok && /[+-]\d{2}:\d{2}$|Z$/.test(t) && !/\.\d{4}/.test(t) && !/[+-]24:/.test(t)) {
          expect(fast).toBe(slow.iso);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('valueDate (cached dateInZone)', () => {
  it('equals dateInZone for any instant in zones with whole, half and quarter hour offsets and DST', () => {
    const zones = [
      'Asia/Shanghai',
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const iso = new Date(ms).toISOString();
          expect(valueDate(iso, zone)).toBe(dateInZone(iso, zone));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('RowCheck', () => {
  const check = (values: Record<string, string>) => new RowCheck({ row: 7, values });

  it('keeps the first problem of a row only', () => {
    const c = check({ a: 'x', b: '' });
    c.integer('a', 1);
    c.required('b');
    expect(c.problem).toEqual({
      row: 7,
      field: 'a',
      reason: 'a "x" is not a positive whole number',
    });
  });

  it('accepts the usual spellings of yes and no', () => {
    for (const yes of ['1', 'true', 'TRUE', 'yes', 'Y']) expect(check({ f: yes }).flag('f')).toBe(1);
    for (const no of ['0', 'false', 'No', 'n', '']) expect(check({ f: no }).flag('f')).toBe(0);
  });

  it('canonicalises language tags and refuses what is not one', () => {
    expect(check({ l: 'zh-cn' }).language('l')).toBe('zh-CN');
    expect(check({ l: 'zh-Hans-CN' }).language('l')).toBe('zh-Hans-CN');
    for (const bad of ['chinese', 'x', 'zh_CN', '123']) {
      const c = check({ l: bad });
      c.language('l');
      expect(c.problem?.field, bad).toBe('l');
    }
  });
});
