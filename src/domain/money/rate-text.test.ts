/**
 * A rate is stored as the text parseRate gives back, so one rate written two ways ("0.180", "0.18") is
 * stored once and a re-import of the other spelling changes nothing. The value stays exact, up to ten
 * decimal places.
 */
import { describe, expect, it } from 'vitest';
import { onePlus, parseRate, rateOf } from './rate.js';

describe('rate text', () => {
  it('is the shortest spelling of the same decimal', () => {
    const cases: [string, string][] = [
      ['0.18', '0.18'],
      ['0.1800', '0.18'],
      ['00.5', '0.5'],
      ['007.250', '7.25'],
      ['1.000', '1'],
      ['0.0', '0'],
      ['000', '0'],
      ['10', '10'],
      [' 0.18 ', '0.18'],
    ];
    for (const [text, stored] of cases) expect(rateOf(text).text, text).toBe(stored);
  });

  it('keeps the exact value whatever the spelling', () => {
    expect(rateOf('0.1800')).toMatchObject({ num: 1_800n, den: 10_000n });
    const a = rateOf('0.1800');
    const b = rateOf('0.18');
    expect(a.num * b.den).toBe(b.num * a.den);
    expect(onePlus(rateOf('0.5'))).toEqual({ text: '1+0.5', num: 15n, den: 10n });
  });

  it('takes up to ten decimal places and refuses more', () => {
    expect(parseRate('0.1234567891')).toMatchObject({ ok: true, rate: { text: '0.1234567891' } });
    expect(parseRate('0.12345678912')).toEqual({
      ok: false,
      reason: 'rate 0.12345678912 has more than 10 decimal places',
    });
    expect(parseRate('-0.18')).toMatchObject({ ok: false });
    expect(parseRate('.18')).toMatchObject({ ok: false });
  });
});
