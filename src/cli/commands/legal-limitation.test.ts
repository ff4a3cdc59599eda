/**
 * `dunwell legal limitation` end to end: a request on standard input, the clock as issue 8 prints it
 * (expires_on, restarted_by, then what else helps), exit 2 for a malformed request. No database is opened.
 */
import { describe, expect, it } from 'vitest';
import { runCliWithInput } from '../../../test/support/run-cli.js';

const DB = '/nonexistent/never-opened.db';
const limitation = (request: unknown, ...args: string[]) =>
  runCliWithInput(DB, typeof request === 'string' ? request : JSON.stringify(request), 'legal', 'limitation', ...args);

describe('dunwell legal limitation', () => {
  it('prints the clock as JSON: expires_on and restarted_by first, reasons in Chinese by default', async () => {
    const result = await limitation(
      {
        pack: 'cn',
        last_due_on: '2021-06-30',
        events: [
          { type: 'payment', on: '2024-02-29' },
          { type: 'demand_delivered', on: '2023-05-10' },
          { type: 'payment', on: '2020-12-01' },
        ],
      },
      '--json',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    const response = JSON.parse(result.out);
    expect(Object.keys(response).slice(0, 2)).toEqual(['expires_on', 'restarted_by']);
    expect(response.expires_on).toBe('2027-03-01');
    expect(response.restarted_by.map((r: { type: string; on: string }) => [r.type, r.on])).toEqual([
      ['demand_delivered', '2023-05-10'],
      ['payment', '2024-02-29'],
    ]);
    expect(response).toMatchObject({
      pack: 'cn',
      period_years: 3,
      starts_from: '2021-06-30',
      matching_day: '2027-02-28',
      time_barred_on: '2027-03-02',
      waived: false,
      absolute_limit_on: '2041-07-01',
      calendar: 'cn',
      calendar_covers: false,
      as_of: null,
      time_barred: null,
      days_left: null,
    });
    expect(response.events[0]).toMatchObject({
      type: 'payment',
      on: '2020-12-01',
      effect: 'none',
      why: 'before_start',
    });
    expect(response.restarted_by[0].citation).toMatch(/第一百九十五条/);
    expect(response.restarted_by[0].reason).toBe(
      '2023-05-10催收通知送达，诉讼时效中断，自该日起重新计算，至 2026-05-11 届满。',
    );
  });

  it('judges as of a day, in English, and takes the days off the request gives instead of the calendar', async () => {
    const request = {
      pack: 'cn',
      last_due_on: '2019-01-10',
      events: [
        { type: 'demand_delivered', on: '2022-06-01' },
        { type: 'acknowledgement', on: '2023-03-01' },
      ],
      holidays: ['2026-03-02', { from: '2026-03-03', to: '2026-03-04' }],
      working_days: ['2026-03-07'],
      as_of: '2026-03-01',
    };
    const result = await limitation(request, '--json', '--lang', 'en');
    expect(result.code).toBe(0);
    const response = JSON.parse(result.out);
    // 1 March 2026 is a Sunday, 2–4 March are the request's holidays: Thursday the 5th.
    expect(response).toMatchObject({
      expires_on: '2026-03-05',
      waived: true,
      calendar: 'request',
      time_barred: false,
      days_left: 4,
    });
    expect(response.events.map((e: { why: string }) => e.why)).toEqual(['after_expiry', 'waived']);
    expect(response.restarted_by[0].reason).toBe(
      'The period ran out on 2022-01-10; the acknowledgement on 2023-03-01 gives up the limitation defence, and a new period runs to 2026-03-05.',
    );
  });

  it('prints lines a person reads without --json', async () => {
    const result = await limitation(
      { pack: 'uk-conc', last_due_on: '2019-03-29', events: [{ type: 'demand_delivered', on: '2020-01-06' }] },
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'The 6-year period ends on 2025-03-31 (the matching day, 2025-03-29, is not a working day, so the period ends on the first working day after it).',
      '  2020-01-06  demand_delivered  none     Under this pack, a demand delivered does not restart the period.',
    ]);
  });

  it('refuses a malformed request with exit 2 and a message naming what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      ['', /no request: give one JSON object on standard input/],
      ['{"pack": "cn",', /the request is not JSON/],
      ['[]', /the request is a JSON object/],
      [{ pack: 'fr', last_due_on: '2021-01-01' }, /pack: .*"cn"/],
      [{ pack: 'cn' }, /last_due_on: required/],
      [{ pack: 'cn', last_due_on: '2021-02-30' }, /last_due_on: a date is YYYY-MM-DD and exists/],
      [
        { pack: 'cn', last_due_on: '2021-01-01', events: [{ type: 'phone_call', on: '2022-01-01' }] },
        /events\[0\]\.type/,
      ],
      [
        { pack: 'cn', last_due_on: '2021-01-01', events: [{ type: 'payment', on: '2022-01-01' }], as_of: '2021-06-01' },
        /events\[0\]\.on: 2022-01-01 is after as_of \(2021-06-01\)/,
      ],
      [{ pack: 'cn', last_due_on: '2021-01-01', colour: 'red' }, /colour: unknown key "colour"/],
      [
        { pack: 'cn', last_due_on: '2021-01-01', holidays: [{ from: '2026-03-05', to: '2026-03-01' }] },
        /holidays\[0\]\.to: ends before it starts/,
      ],
      [
        { pack: 'cn', last_due_on: '2021-01-01', working_days: ['2026-03-07'] },
        /working_days: make-up working days go with the holidays/,
      ],
      [
        { pack: 'uk-conc', last_due_on: '2021-01-01', period: 'wales' },
        /"wales" is not one of this pack's \(england_wales, scotland\)/,
      ],
      [{ pack: 'cn', last_due_on: '0999-01-01' }, /last_due_on: 0999-01-01 is before 1900-01-01/],
    ];
    for (const [request, message] of cases) {
      const result = await limitation(request, '--json');
      expect(result.code, JSON.stringify(request)).toBe(2);
      expect(result.err, JSON.stringify(request)).toMatch(message);
      expect(result.out).toBe('');
    }
    expect((await limitation({ pack: 'cn', last_due_on: '2021-01-01' }, '--lang', 'fr')).err).toMatch(
      /--lang takes zh-CN/,
    );
  });
});
