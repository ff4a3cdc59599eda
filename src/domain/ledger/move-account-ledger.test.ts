/**
 * The cycle's step for one account around its closed day: closed days are the later of the portfolio's and
 * the account's own; a payment dated on or before them is late and value-dated on the next open day, oldest
 * first, never on a day already closed; the cycle knows beforehand which accounts need their history.
 */
import { describe, expect, it } from 'vitest';
import { advanceLedger } from './advance-ledger.js';
import { makeTerms } from './ledger-fixtures.js';
import { type AccountPayment, closedDay, moveAccountLedger, needsHistory } from './move-account-ledger.js';
import { freshState } from './replay-ledger.js';

const terms = makeTerms({ annualRate: '0.18', lateFee: 5_000, graceDays: 3 });
const schedule = [{ no: 1, dueOn: '2026-01-31', principal: 100_000, interest: 2_000, fee: 0 }];
const payment = (id: number, valueOn: string, amount: number): AccountPayment => ({
  id,
  valueOn,
  paidAt: `${valueOn}T02:00:00.000Z`,
  amount,
});

/** The account as the cycle left it after closing 10 March with nothing paid. */
function closedOn10March() {
  const state = advanceLedger({
    terms,
    state: freshState(schedule),
    from: '2026-01-01',
    to: '2026-03-10',
    payments: [],
    holds: [],
  });
  return { state: state.state, changedThrough: state.lastChangedOn };
}

/** The same account had the instalment been on the ledger from the start, moved on to `to`. */
function closedOn10MarchThen(to: string) {
  return advanceLedger({ terms, state: freshState(schedule), from: '2026-01-01', to, payments: [], holds: [] }).state;
}

function closedOn10MarchOptions() {
  return {
    terms: [{ from: terms.openedOn, terms }],
    state: freshState(schedule),
    changedThrough: null,
    closedThrough: '2026-03-10',
    to: '2026-03-11',
    pending: [],
    holds: [],
    replayFrom: '2026-01-31',
  };
}

function move(to: string, pending: AccountPayment[], closedThrough: string | null = '2026-03-10') {
  const { state, changedThrough } = closedOn10March();
  return moveAccountLedger({
    terms: [{ from: terms.openedOn, terms }],
    state,
    changedThrough,
    closedThrough,
    to,
    pending,
    holds: [],
    replayFrom: null,
    posted: [],
  });
}

describe('closedDay', () => {
  it('is the later of the day the account last changed and the day its portfolio closed', () => {
    expect(closedDay(null, null)).toBeNull();
    expect(closedDay('2026-03-08', null)).toBe('2026-03-08');
    expect(closedDay(null, '2026-03-10')).toBe('2026-03-10');
    expect(closedDay('2026-03-08', '2026-03-10')).toBe('2026-03-10');
    expect(closedDay('2026-03-12', '2026-03-10')).toBe('2026-03-12');
  });
});

describe('needsHistory', () => {
  const base = {
    changedThrough: '2026-03-10',
    closedThrough: '2026-03-10',
    holds: [],
    replayFrom: null,
    to: '2026-03-11',
  };

  it('asks for the posted payments only when something will be value-dated', () => {
    expect(needsHistory({ ...base, pending: [payment(1, '2026-03-10', 100)] })).toBe(true);
    expect(needsHistory({ ...base, pending: [], replayFrom: '2026-01-31' })).toBe(true);
    expect(needsHistory({ ...base, pending: [payment(1, '2026-03-11', 100)] })).toBe(false);
    expect(needsHistory({ ...base, pending: [] })).toBe(false);
  });

  it('never on a run for a closed day, nor for an account nothing has closed yet', () => {
    expect(needsHistory({ ...base, to: '2026-03-10', pending: [payment(1, '2026-03-01', 100)] })).toBe(false);
    const fresh = { ...base, changedThrough: null, closedThrough: null };
    expect(needsHistory({ ...fresh, pending: [payment(1, '2026-03-01', 100)] })).toBe(false);
  });
});

describe('moveAccountLedger', () => {
  it('posts nothing late on a run for a day already closed: the payment waits for the next day', () => {
    const late = [payment(1, '2026-03-02', 50_000)];
    const again = move('2026-03-10', late);
    expect(again).toMatchObject({ postings: [], postedPayments: [], valueDated: false, latePayments: 0 });

    const next = move('2026-03-11', late);
    expect(next).toMatchObject({ valueDated: true, latePayments: 1, changedThrough: '2026-03-11' });
    expect(next.postedPayments).toEqual([{ id: 1, postedOn: '2026-03-11' }]);
    expect(new Set(next.postings.map((p) => p.postedOn))).toEqual(new Set(['2026-03-11']));
  });

  it('value-dates late payments oldest first, each with the entries it caused', () => {
    const r = move('2026-03-11', [payment(2, '2026-03-06', 30_000), payment(1, '2026-03-02', 50_000)]);
    expect(r.postedPayments).toEqual([
      { id: 1, postedOn: '2026-03-11' },
      { id: 2, postedOn: '2026-03-11' },
    ]);
    const byPayment = r.postings.filter((p) => p.paymentId !== null).map((p) => p.paymentId);
    expect(byPayment.indexOf(2)).toBeGreaterThan(byPayment.lastIndexOf(1));
    expect(r.postings.filter((p) => p.kind === 'payment').map((p) => [p.paymentId, p.credit])).toEqual([
      [1, 50_000],
      [2, 30_000],
    ]);
  });

  it('takes late payments of one value date by paid_at, then by id', () => {
    const at = (id: number, paidAt: string): AccountPayment => ({ id, valueOn: '2026-03-05', paidAt, amount: 1_000 });
    const r = move('2026-03-11', [
      at(3, '2026-03-05T06:00:00.000Z'),
      at(2, '2026-03-05T01:00:00.000Z'),
      at(1, '2026-03-05T06:00:00.000Z'),
    ]);
    expect(r.postedPayments.map((p) => p.id)).toEqual([2, 1, 3]);
  });

  it('counts a payment dated on the closed day itself as late, and one dated after it as on time', () => {
    const r = move('2026-03-12', [payment(1, '2026-03-10', 10_000), payment(2, '2026-03-11', 10_000)]);
    expect(r.postedPayments).toEqual([
      { id: 2, postedOn: '2026-03-11' },
      { id: 1, postedOn: '2026-03-12' },
    ]);
    expect(r.latePayments).toBe(1);
  });

  it('keeps the closed day where it was when a run changes nothing', () => {
    const { state } = closedOn10March();
    const paidOff = {
      ...state,
      installments: state.installments.map((i) => ({ ...i, paid: { ...i.due }, accrued: 0 })),
    };
    const r = moveAccountLedger({
      terms: [{ from: terms.openedOn, terms }],
      state: paidOff,
      changedThrough: '2026-03-08',
      closedThrough: '2026-03-10',
      to: '2026-03-20',
      pending: [],
      holds: [],
      replayFrom: null,
    });
    expect(r).toMatchObject({ postings: [], changedThrough: '2026-03-08', valueDated: false });
  });

  it('value-dates an instalment booked after its due date was closed, with corrections that name no payment', () => {
    // Booked on 10 March although due on 31 January: the stored state has it without penalty or late fee.
    const r = moveAccountLedger({
      terms: [{ from: terms.openedOn, terms }],
      state: freshState(schedule),
      changedThrough: null,
      closedThrough: '2026-03-10',
      to: '2026-03-11',
      pending: [],
      holds: [],
      replayFrom: '2026-01-31',
      posted: [],
    });
    expect(r).toMatchObject({ valueDated: true, latePayments: 0, changedThrough: '2026-03-11' });
    const corrections = r.postings.filter((p) => p.kind === 'correction');
    expect(corrections.map((p) => [p.postedOn, p.installmentNo, p.paymentId])).toEqual([['2026-03-11', 1, null]]);
    // February's penalty (28 days × 0.75), which the on-time ledger posted at the month end.
    expect(corrections[0]?.amounts).toEqual({ principal: 0, interest: 0, fee: 0, penalty: 28 * 75, late_fee: 0 });
    expect(r.state).toEqual(closedOn10MarchThen('2026-03-11'));
    expect(() => moveAccountLedger({ ...closedOn10MarchOptions(), posted: undefined })).toThrow(/posted payments/);
  });

  it('posts a payment that arrived in time on its own date, and one dated before the opening on the opening day', () => {
    const r = moveAccountLedger({
      terms: [{ from: terms.openedOn, terms }],
      state: freshState(schedule),
      changedThrough: null,
      closedThrough: null,
      to: '2026-01-20',
      pending: [payment(1, '2025-12-30', 10_000), payment(2, '2026-01-15', 10_000)],
      holds: [],
      replayFrom: null,
    });
    expect(r.postedPayments).toEqual([
      { id: 1, postedOn: '2026-01-01' },
      { id: 2, postedOn: '2026-01-15' },
    ]);
    expect(r.valueDated).toBe(false);
  });
});
