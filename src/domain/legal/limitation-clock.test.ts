/**
 * The clock worked by hand on cn-like rules and a few real days off (limitation-fixtures.ts); the shipped
 * packs and calendar are run in src/legal/limitation-packs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from './holiday-calendar.js';
import { limitationClock } from './limitation-clock.js';
import { CN_LIKE, event, SOME_CN_DAYS, UK_LIKE } from './limitation-fixtures.js';
import { limitationStepReason, limitationSummary } from './limitation-words.js';

const clock = (lastDueOn: string, events: ReturnType<typeof event>[] = [], asOf: string | null = null) =>
  limitationClock(CN_LIKE, SOME_CN_DAYS, { lastDueOn, events, asOf });

describe('the limitation clock without events', () => {
  it('runs 3 years from the last due date, to the matching day', () => {
    expect(clock('2021-03-15')).toMatchObject({
      startsFrom: '2021-03-15',
      periodYears: 3,
      expiresOn: '2024-03-15',
      matchingDay: '2024-03-15',
      waived: false,
      restartedBy: [],
      timeBarred: null,
      daysLeft: null,
    });
  });

  it('ends a last day that is a holiday on the first working day after it', () => {
    const c = clock('2022-10-01');
    expect(c.matchingDay).toBe('2025-10-01');
    expect(c.expiresOn).toBe('2025-10-09');
  });

  it('leaves a last day on a make-up Sunday where it is', () => {
    expect(clock('2022-09-28').expiresOn).toBe('2025-09-28');
  });

  it('29 February ends on 28 February, and a Sunday then moves it to Monday', () => {
    expect(clock('2020-02-29').expiresOn).toBe('2023-02-28'); // a Tuesday
    const sunday = clock('2024-02-29');
    expect(sunday.matchingDay).toBe('2027-02-28');
    expect(sunday.expiresOn).toBe('2027-03-01');
  });

  it('a year end: 31 December stays; a Saturday 30 December moves to the Monday after', () => {
    expect(clock('2021-12-31').expiresOn).toBe('2024-12-31');
    // This calendar knows no New Year holiday; with the shipped cn calendar it is 2 January 2024.
    expect(clock('2020-12-30').expiresOn).toBe('2024-01-01');
  });

  it('says when it is barred and how many days are left', () => {
    expect(clock('2021-03-15', [], '2024-03-15')).toMatchObject({ timeBarred: false, daysLeft: 0 });
    expect(clock('2021-03-15', [], '2024-03-16')).toMatchObject({ timeBarred: true, daysLeft: -1 });
    expect(clock('2021-03-15', [], '2024-01-15')).toMatchObject({ timeBarred: false, daysLeft: 60 });
  });
});

describe('restarts', () => {
  it('a demand that reached the debtor, then a payment: each starts a new 3 years from its own day', () => {
    const c = clock('2021-06-30', [event('payment', '2024-08-01'), event('demand_delivered', '2023-05-10')]);
    // Sorted by day: the demand (2023-05-10 → 2026-05-10, a Sunday → Monday 11th), then the payment.
    expect(c.steps.map((s) => [s.type, s.effect, s.expiresOn])).toEqual([
      ['demand_delivered', 'restart', '2026-05-11'],
      ['payment', 'restart', '2027-08-02'],
    ]);
    expect(c.expiresOn).toBe('2027-08-02'); // 2027-08-01 is a Sunday
    expect(c.restartedBy).toHaveLength(2);
    expect(c.steps[0]).toMatchObject({ why: 'restarted', citation: '195(1)', previousExpiresOn: '2024-07-01' });
  });

  it('an event on the last day itself still restarts; the day after, it is too late', () => {
    expect(clock('2021-03-15', [event('acknowledgement', '2024-03-15')]).expiresOn).toBe('2027-03-15');
    const late = clock('2021-03-15', [event('demand_delivered', '2024-03-16')]);
    expect(late.expiresOn).toBe('2024-03-15');
    expect(late.steps[0]).toMatchObject({ effect: 'none', why: 'after_expiry' });
  });

  it('an event inside a holiday extension is inside the period', () => {
    // The period ends on 2025-10-09 (1 October moved past the holiday): a payment on 5 October counts.
    expect(clock('2022-10-01', [event('payment', '2025-10-05')]).expiresOn).toBe('2028-10-05');
  });

  it('a payment before the last instalment fell due changes nothing', () => {
    const c = clock('2022-05-20', [event('payment', '2021-11-20')]);
    expect(c.expiresOn).toBe('2025-05-20');
    expect(c.steps[0]).toMatchObject({ effect: 'none', why: 'before_start', citation: null });
  });

  it('every kind of event the pack names restarts it: a suit, an agreed plan, a notice of assignment', () => {
    for (const type of ['suit_filed', 'plan_agreed', 'assignment_notice_delivered'] as const) {
      expect(clock('2021-03-15', [event(type, '2022-03-15')]).expiresOn).toBe('2025-03-17'); // 15th a Saturday
    }
  });

  it('never past the absolute 20 years, however often it is restarted', () => {
    const every30Months = ['2002-06-01', '2004-11-01', '2007-04-02', '2009-09-01', '2012-02-01', '2014-07-01'];
    const c = clock('2000-01-10', [
      ...every30Months.map((d) => event('acknowledgement', d)),
      event('acknowledgement', '2016-12-01'),
      event('payment', '2019-05-06'),
    ]);
    expect(c.absoluteLimitOn).toBe('2020-01-10');
    expect(c.expiresOn).toBe('2020-01-10');
    expect(c.steps.at(-1)).toMatchObject({ effect: 'restart', why: 'absolute_limit' });
    expect(c.steps.at(-2)).toMatchObject({ why: 'restarted', expiresOn: '2019-12-02' });
  });
});

describe('after expiry', () => {
  it('a demand does not revive the debt; a payment waives the defence and starts a new period', () => {
    const c = clock(
      '2019-01-10',
      [event('demand_delivered', '2022-06-01'), event('payment', '2023-03-01')],
      '2024-01-01',
    );
    expect(c.steps.map((s) => [s.type, s.effect, s.why])).toEqual([
      ['demand_delivered', 'none', 'after_expiry'],
      ['payment', 'waiver', 'waived'],
    ]);
    expect(c.waived).toBe(true);
    expect(c.expiresOn).toBe('2026-03-02'); // 2026-03-01 is a Sunday
    expect(c.timeBarred).toBe(false);
    expect(c.restartedBy.map((s) => s.type)).toEqual(['payment']);
  });

  it('a signed acknowledgement waives it too; without any, the debt stays barred', () => {
    expect(clock('2019-01-10', [event('acknowledgement', '2023-01-05')]).waived).toBe(true);
    const barred = clock('2019-01-10', [event('suit_filed', '2022-02-01')], '2022-02-01');
    expect(barred).toMatchObject({ waived: false, expiresOn: '2022-01-10', timeBarred: true });
  });

  it('after a waiver the absolute limit of the old debt no longer holds', () => {
    const c = clock('2000-01-10', [event('payment', '2021-05-06')]);
    expect(c).toMatchObject({ waived: true, expiresOn: '2024-05-06' });
  });
});

describe('other rules as data', () => {
  it('England: 6 years, a demand restarts nothing, a payment after expiry revives nothing', () => {
    const uk = (events: ReturnType<typeof event>[]) =>
      limitationClock(UK_LIKE, WEEKENDS_ONLY, { lastDueOn: '2018-04-16', events, asOf: null });
    expect(uk([]).expiresOn).toBe('2024-04-16');
    expect(uk([event('demand_delivered', '2020-01-06')]).steps[0]).toMatchObject({ why: 'not_counted' });
    expect(uk([event('payment', '2020-01-06')]).expiresOn).toBe('2026-01-06');
    const late = uk([event('payment', '2024-05-01')]);
    expect(late).toMatchObject({ waived: false, expiresOn: '2024-04-16' });
    expect(late.steps[0]).toMatchObject({ why: 'after_expiry' });
  });

  it('Scotland: the period named', () => {
    const c = limitationClock(UK_LIKE, WEEKENDS_ONLY, {
      lastDueOn: '2018-04-16',
      events: [],
      asOf: null,
      period: 'scotland',
    });
    expect(c.expiresOn).toBe('2023-04-17'); // 16 April 2023 is a Sunday
    expect(() =>
      limitationClock(UK_LIKE, WEEKENDS_ONLY, { lastDueOn: '2018-04-16', events: [], asOf: null, period: 'wales' }),
    ).toThrow(/"wales" is not one of this pack's \(england_wales, scotland\)/);
  });

  it('a pack that keeps a last day off where it is', () => {
    const stays = { ...CN_LIKE, counting: { ...CN_LIKE.counting, last_day_off: 'stays' as const } };
    expect(limitationClock(stays, SOME_CN_DAYS, { lastDueOn: '2022-10-01', events: [], asOf: null }).expiresOn).toBe(
      '2025-10-01',
    );
  });
});

describe('in words', () => {
  it('says what each event did, in both languages', () => {
    const c = clock(
      '2019-01-10',
      [event('demand_delivered', '2022-06-01'), event('payment', '2023-03-01')],
      '2024-01-01',
    );
    const [demand, payment] = c.steps;
    if (!demand || !payment) throw new Error('two steps');
    expect(limitationStepReason(demand, c, 'en')).toBe(
      'The period ran out on 2022-01-10; a demand delivered on 2022-06-01 does not revive it.',
    );
    expect(limitationStepReason(payment, c, 'zh-CN')).toBe(
      '诉讼时效已于 2022-01-10 届满；2023-03-01还款，视为放弃时效抗辩，新的期间至 2026-03-02 届满。',
    );
    expect(limitationSummary(c, 'en')).toBe(
      'The 3-year period ends on 2026-03-02 (the matching day, 2026-03-01, is not a working day, so the period ends on the first working day after it). The debtor gave up the limitation defence. As of 2024-01-01, 791 days are left.',
    );
    expect(limitationSummary(clock('2021-03-15', [], '2024-03-16'), 'zh-CN')).toBe(
      '诉讼时效 3 年，至 2024-03-15 届满。截至 2024-03-16 已过诉讼时效。',
    );
  });
});
