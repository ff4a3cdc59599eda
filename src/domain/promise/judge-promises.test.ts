import { describe, expect, it } from 'vitest';
import {
  compareByDue,
  type DatedPayment,
  judgePromises,
  type PromiseToJudge,
  promiseWindow,
  verdictFor,
} from './judge-promises.js';

const promise = (over: Partial<PromiseToJudge> & Pick<PromiseToJudge, 'id'>): PromiseToJudge => ({
  amount: 100_000,
  takenOn: '2026-11-02',
  takenAt: '2026-11-02T02:00:00.000Z',
  dueOn: '2026-11-05',
  status: 'pending',
  paid: 0,
  ...over,
});
const pay = (valueOn: string, amount: number): DatedPayment => ({ valueOn, amount });

const judge = (promises: PromiseToJudge[], payments: DatedPayment[], asOf: string, graceDays = 0) =>
  judgePromises({ promises, payments, asOf, graceDays });

describe('judging promises to pay', () => {
  it('gives the verdict on the first day after the due day plus grace, and not before', () => {
    const p = promise({ id: 'p' });
    const payments = [pay('2026-11-05', 100_000)];
    expect(judge([p], payments, '2026-11-05')).toEqual([
      { id: 'p', status: 'pending', paid: 100_000, judgedNow: false },
    ]);
    expect(judge([p], payments, '2026-11-06')).toEqual([{ id: 'p', status: 'kept', paid: 100_000, judgedNow: true }]);
    // Two days' grace: still pending on the 7th, judged on the 8th.
    expect(judge([p], payments, '2026-11-07', 2)[0]?.status).toBe('pending');
    expect(judge([p], payments, '2026-11-08', 2)[0]).toMatchObject({ status: 'kept', judgedNow: true });
  });

  it('is kept, partly kept or broken by what was paid in its window', () => {
    const p = promise({ id: 'p' });
    expect(judge([p], [pay('2026-11-03', 60_000), pay('2026-11-05', 40_000)], '2026-11-06')[0]?.status).toBe('kept');
    expect(judge([p], [pay('2026-11-04', 99_999)], '2026-11-06')[0]).toMatchObject({
      status: 'partly_kept',
      paid: 99_999,
    });
    expect(judge([p], [], '2026-11-06')[0]).toMatchObject({ status: 'broken', paid: 0 });
  });

  it('counts payments from the day it was taken through the due day plus grace, inclusive', () => {
    const p = promise({ id: 'p' });
    // The day before it was taken and the day after the window do not count.
    const outside = [pay('2026-11-01', 100_000), pay('2026-11-06', 100_000)];
    expect(judge([p], outside, '2026-11-07')[0]).toMatchObject({ status: 'broken', paid: 0 });
    expect(judge([p], [pay('2026-11-02', 100_000)], '2026-11-06')[0]?.status).toBe('kept');
    // A payment on the last day of grace counts.
    expect(judge([p], [pay('2026-11-08', 100_000)], '2026-11-09', 3)[0]?.status).toBe('kept');
    expect(promiseWindow(p, 3)).toEqual({ from: '2026-11-02', to: '2026-11-08' });
  });

  it('counts no payment dated after the run day while pending', () => {
    const p = promise({ id: 'p', dueOn: '2026-11-10' });
    expect(judge([p], [pay('2026-11-04', 30_000), pay('2026-11-06', 70_000)], '2026-11-05')[0]).toEqual({
      id: 'p',
      status: 'pending',
      paid: 30_000,
      judgedNow: false,
    });
  });

  it('never counts more than the promised amount', () => {
    expect(judge([promise({ id: 'p' })], [pay('2026-11-04', 250_000)], '2026-11-06')[0]?.paid).toBe(100_000);
  });

  it('shares payments earliest due first: the earlier promise is filled before the later takes the rest', () => {
    const early = promise({ id: 'early', dueOn: '2026-11-05', amount: 100_000 });
    const late = promise({ id: 'late', dueOn: '2026-11-10', amount: 100_000, takenAt: '2026-11-02T01:00:00.000Z' });
    const result = judge([late, early], [pay('2026-11-04', 150_000)], '2026-11-11');
    expect(result).toEqual([
      { id: 'late', status: 'partly_kept', paid: 50_000, judgedNow: true },
      { id: 'early', status: 'kept', paid: 100_000, judgedNow: true },
    ]);
  });

  it('orders promises due on one day by when they were taken, then by id', () => {
    const first = promise({ id: 'b', takenAt: '2026-11-02T01:00:00.000Z' });
    const second = promise({ id: 'a', takenAt: '2026-11-02T03:00:00.000Z' });
    expect(judge([second, first], [pay('2026-11-03', 100_000)], '2026-11-06').map((j) => j.status)).toEqual([
      'broken',
      'kept',
    ]);
    const x = promise({ id: 'x' });
    const y = promise({ id: 'y' });
    expect(judge([y, x], [pay('2026-11-03', 100_000)], '2026-11-06').map((j) => j.status)).toEqual(['broken', 'kept']);
  });

  it('orders by due day, then the instant taken, then id, whichever comes first', () => {
    const base = promise({ id: 'b', dueOn: '2026-11-05', takenAt: '2026-11-02T02:00:00.000Z' });
    const cases: [Partial<PromiseToJudge>, number][] = [
      // A later due day comes later even when taken earlier and with a smaller id.
      [{ id: 'a', dueOn: '2026-11-06', takenAt: '2026-11-01T00:00:00.000Z' }, 1],
      [{ id: 'c', dueOn: '2026-11-04', takenAt: '2026-11-02T09:00:00.000Z' }, -1],
      // The same due day: taken later comes later, whatever the id.
      [{ id: 'a', takenAt: '2026-11-02T03:00:00.000Z' }, 1],
      [{ id: 'c', takenAt: '2026-11-02T01:00:00.000Z' }, -1],
      // The same due day and instant: by id.
      [{ id: 'c' }, 1],
      [{ id: 'a' }, -1],
      [{}, 0],
    ];
    for (const [over, sign] of cases) {
      const other = { ...base, ...over };
      expect(Math.sign(compareByDue(other, base))).toBe(sign);
      expect(Math.sign(compareByDue(base, other))).toBe(0 - sign);
    }
  });

  it('counts for each promise the earliest payments in its window first, leaving later ones to later promises', () => {
    // The windows overlap on 11-04..11-05: the first promise takes 11-03's payment, not 11-05's, which the
    // second (taken on 11-04) needs.
    const first = promise({ id: 'first', takenOn: '2026-11-02', dueOn: '2026-11-05', amount: 50_000 });
    const second = promise({ id: 'second', takenOn: '2026-11-04', dueOn: '2026-11-08', amount: 50_000 });
    const payments = [pay('2026-11-05', 50_000), pay('2026-11-03', 50_000)];
    expect(judge([first, second], payments, '2026-11-09').map((j) => [j.status, j.paid])).toEqual([
      ['kept', 50_000],
      ['kept', 50_000],
    ]);
  });

  it('counts nothing from a payment of nothing or less', () => {
    const payments = [pay('2026-11-03', -50_000), pay('2026-11-03', 0), pay('2026-11-04', 100_000)];
    expect(judge([promise({ id: 'p' })], payments, '2026-11-06')[0]).toMatchObject({ status: 'kept', paid: 100_000 });
  });

  it('lets a judged promise keep only what it counted, leaving the rest of its window to the others', () => {
    const partly = promise({ id: 'partly', status: 'partly_kept', paid: 40_000 });
    const next = promise({ id: 'next', dueOn: '2026-11-06' });
    expect(judge([partly, next], [pay('2026-11-03', 100_000)], '2026-11-07')).toEqual([
      { id: 'partly', status: 'partly_kept', paid: 40_000, judgedNow: false },
      { id: 'next', status: 'partly_kept', paid: 60_000, judgedNow: true },
    ]);
  });

  it('lets a later promise use what the earlier one could not: payments outside the earlier window', () => {
    const early = promise({ id: 'early', takenOn: '2026-11-02', dueOn: '2026-11-05' });
    const late = promise({ id: 'late', takenOn: '2026-11-06', dueOn: '2026-11-10' });
    const result = judge([early, late], [pay('2026-11-03', 100_000), pay('2026-11-08', 40_000)], '2026-11-11');
    expect(result.map((j) => [j.status, j.paid])).toEqual([
      ['kept', 100_000],
      ['partly_kept', 40_000],
    ]);
  });

  it('keeps a verdict and its payments: a promise judged earlier is never judged again', () => {
    const kept = promise({ id: 'kept', status: 'kept', paid: 100_000 });
    // Entered later with an earlier due day: it cannot take the payment the judged promise counted.
    const backdated = promise({ id: 'back', takenOn: '2026-11-02', dueOn: '2026-11-04' });
    const result = judge([kept, backdated], [pay('2026-11-03', 100_000)], '2026-11-07');
    expect(result).toEqual([
      { id: 'kept', status: 'kept', paid: 100_000, judgedNow: false },
      { id: 'back', status: 'broken', paid: 0, judgedNow: true },
    ]);
  });

  it('counts nothing for a cancelled promise and leaves it cancelled', () => {
    const cancelled = promise({ id: 'c', status: 'cancelled' });
    const live = promise({ id: 'l', dueOn: '2026-11-06' });
    expect(judge([cancelled, live], [pay('2026-11-03', 100_000)], '2026-11-07')).toEqual([
      { id: 'c', status: 'cancelled', paid: 0, judgedNow: false },
      { id: 'l', status: 'kept', paid: 100_000, judgedNow: true },
    ]);
  });

  it('names the verdict from what was counted', () => {
    expect(verdictFor(0, 1)).toBe('broken');
    expect(verdictFor(1, 2)).toBe('partly_kept');
    expect(verdictFor(2, 2)).toBe('kept');
    expect(verdictFor(3, 2)).toBe('kept');
  });
});
