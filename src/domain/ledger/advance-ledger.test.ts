import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import { totalOf } from './amounts.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { PaymentToPost } from './ledger-types.js';
import { summariseLedger } from './summarise-ledger.js';

const pay = (id: number, postedOn: string, amount: number, paidAt = `${postedOn}T10:00:00.000Z`): PaymentToPost => ({
  id,
  postedOn,
  paidAt,
  amount,
});

function run(opts: {
  terms?: ReturnType<typeof makeTerms>;
  installments?: ReturnType<typeof makeInstallment>[];
  from?: string;
  to: string;
  payments?: PaymentToPost[];
  holds?: { from: string; to: string | null }[];
}) {
  return advanceLedger({
    terms: opts.terms ?? makeTerms(),
    state: makeState(opts.installments ?? [makeInstallment(1, '2026-01-31', 100_000)]),
    from: opts.from ?? '2026-01-01',
    to: opts.to,
    payments: opts.payments ?? [],
    holds: opts.holds ?? [],
  });
}

const penalties = (r: ReturnType<typeof run>) =>
  r.postings.filter((p) => p.kind === 'penalty').map((p) => [p.postedOn, p.amounts.penalty]);

/**
 * Penalty interest accrued on each day (posted or not), found by running the engine one day at a time and
 * reading how much more penalty the account carries at the end of the day: the contract's daily amounts,
 * whatever the posting periods are.
 */
function dailyAccruals(opts: Parameters<typeof run>[0]): [string, number][] {
  const terms = opts.terms ?? makeTerms();
  let state = makeState(opts.installments ?? [makeInstallment(1, '2026-01-31', 100_000)]);
  const out: [string, number][] = [];
  const penaltyOf = (s: typeof state) => s.installments.reduce((sum, i) => sum + i.due.penalty + i.accrued, 0);
  for (let date = opts.from ?? '2026-01-01'; date <= opts.to; date = addDays(date, 1)) {
    const before = penaltyOf(state);
    const step = advanceLedger({
      terms,
      state,
      from: date,
      to: date,
      payments: (opts.payments ?? []).filter((p) => p.postedOn === date),
      holds: opts.holds ?? [],
    });
    state = step.state;
    const accrued = penaltyOf(state) - before;
    if (accrued !== 0) out.push([date, accrued]);
  }
  return out;
}

describe('penalty interest', () => {
  it('accrues unpaid principal × rate × (1 + uplift) / 360 for each day after the due date, up to and including D', () => {
    // 1,000.00 × 0.18 × 1.5 / 360 = 0.75 a day
    const daily = dailyAccruals({ to: '2026-02-03', terms: makeTerms({ lateFee: 0 }) });
    expect(daily).toEqual([
      ['2026-02-01', 75],
      ['2026-02-02', 75],
      ['2026-02-03', 75],
    ]);
    const r = run({ to: '2026-02-03', terms: makeTerms({ lateFee: 0 }) });
    // Accrued, not yet posted: part of what is owed, not yet a ledger entry.
    expect(penalties(r)).toEqual([]);
    expect(r.state.installments[0]).toMatchObject({ accrued: 225, accruedFrom: '2026-02-01' });
    expect(summariseLedger(r.state, '2026-02-03').outstanding.penalty).toBe(225);
  });

  it('uses 365 days for act365', () => {
    // 3,650.00 × 0.10 × 1 / 365 = 1.00 a day
    const daily = dailyAccruals({
      to: '2026-02-01',
      terms: makeTerms({ dayCount: 'act365', annualRate: '0.10', penaltyUplift: '0', lateFee: 0 }),
      installments: [makeInstallment(1, '2026-01-31', 365_000)],
    });
    expect(daily).toEqual([['2026-02-01', 100]]);
  });

  it('rounds half to even', () => {
    // 0.36 / 360 = 0.001 a day: 2,500 minor → 2.5 → 2; 3,500 → 3.5 → 4; 2,501 → 2.501 → 3
    const terms = makeTerms({ annualRate: '0.36', penaltyUplift: '0', lateFee: 0 });
    const amounts = [2_500, 3_500, 2_501].map(
      (p) => dailyAccruals({ terms, to: '2026-02-01', installments: [makeInstallment(1, '2026-01-31', p)] })[0]?.[1],
    );
    expect(amounts).toEqual([2, 4, 3]);
  });

  it('counts a payment from the next day on', () => {
    const opts = { to: '2026-02-04', terms: makeTerms({ lateFee: 0 }), payments: [pay(1, '2026-02-02', 60_000)] };
    // Feb 1 and 2 on 1,000.00; the payment on Feb 2 first pays the 1.50 penalty, then 598.50 principal;
    // Feb 3 and 4 on 401.50 → 0.301125 → 0.30
    expect(dailyAccruals(opts)).toEqual([
      ['2026-02-01', 75],
      ['2026-02-02', 75],
      ['2026-02-03', 30],
      ['2026-02-04', 30],
    ]);
  });

  it('accrues nothing on held days', () => {
    const opts = {
      to: '2026-02-05',
      terms: makeTerms({ lateFee: 0 }),
      holds: [{ from: '2026-02-02', to: '2026-02-04' }],
    };
    expect(dailyAccruals(opts).map(([d]) => d)).toEqual(['2026-02-01', '2026-02-05']);
  });
});

describe('penalty posting by period', () => {
  const terms = makeTerms({ lateFee: 0 });

  it('posts what accrued over a calendar month on its last day, one entry per instalment', () => {
    const r = run({
      to: '2026-04-10',
      terms,
      installments: [makeInstallment(1, '2026-01-31', 100_000), makeInstallment(2, '2026-02-15', 100_000)],
    });
    const posted = r.postings
      .filter((p) => p.kind === 'penalty')
      .map((p) => [p.installmentNo, p.postedOn, p.period?.from, p.period?.to, p.amounts.penalty]);
    expect(posted).toEqual([
      [1, '2026-02-28', '2026-02-01', '2026-02-28', 28 * 75],
      [2, '2026-02-28', '2026-02-16', '2026-02-28', 13 * 75],
      [1, '2026-03-31', '2026-03-01', '2026-03-31', 31 * 75],
      [2, '2026-03-31', '2026-03-01', '2026-03-31', 31 * 75],
    ]);
    // April 1–10 is still open on both.
    expect(r.state.installments.map((i) => [i.accrued, i.accruedFrom])).toEqual([
      [750, '2026-04-01'],
      [750, '2026-04-01'],
    ]);
  });

  it('posts the open accrual before money is allocated, so the payment can pay it', () => {
    const r = run({ to: '2026-02-10', terms, payments: [pay(1, '2026-02-05', 50_000)] });
    expect(r.postings.map((p) => [p.kind, p.postedOn])).toEqual([
      ['penalty', '2026-02-05'],
      ['payment', '2026-02-05'],
      ['allocation', '2026-02-05'],
    ]);
    expect(r.postings[0]?.period).toEqual({ from: '2026-02-01', to: '2026-02-05' });
    expect(r.postings[2]?.amounts.penalty).toBe(-5 * 75);
    expect(r.state.installments[0]?.accruedFrom).toBe('2026-02-06');
  });

  it('posts the open accrual on the first day of a hold, covering the days before it', () => {
    const r = run({ to: '2026-02-20', terms, holds: [{ from: '2026-02-08', to: null }] });
    const posted = r.postings.filter((p) => p.kind === 'penalty');
    expect(posted.map((p) => [p.postedOn, p.period, p.amounts.penalty])).toEqual([
      ['2026-02-08', { from: '2026-02-01', to: '2026-02-07' }, 7 * 75],
    ]);
    expect(r.state.installments[0]?.accrued).toBe(0);
  });

  it('gives the same entries whether the cycle stops daily or runs once over the month end', () => {
    const opts = { to: '2026-03-05', terms };
    const once = run(opts);
    let state = makeState([makeInstallment(1, '2026-01-31', 100_000)]);
    const daily: typeof once.postings = [];
    for (let d = '2026-01-01'; d <= opts.to; d = addDays(d, 1)) {
      const step = advanceLedger({ terms, state, from: d, to: d, payments: [], holds: [] });
      daily.push(...step.postings);
      state = step.state;
    }
    expect(daily).toEqual(once.postings);
    expect(state).toEqual(once.state);
  });
});

describe('late fee', () => {
  const terms = makeTerms({ graceDays: 3, lateFee: 5_000, annualRate: '0' });

  it('is posted once on due + grace + 1 when the instalment is not fully paid by the end of due + grace', () => {
    const r = run({ terms, to: '2026-03-10' });
    const fees = r.postings.filter((p) => p.kind === 'late_fee');
    expect(fees.map((p) => [p.postedOn, p.amounts.late_fee])).toEqual([['2026-02-04', 5_000]]);
  });

  it('is not posted when the instalment is paid in full on the last day of grace', () => {
    const r = run({ terms, to: '2026-03-10', payments: [pay(1, '2026-02-03', 100_000)] });
    expect(r.postings.some((p) => p.kind === 'late_fee')).toBe(false);
  });

  it('is posted before a payment made on the late-fee day, and that payment pays it first', () => {
    const r = run({ terms, to: '2026-02-04', payments: [pay(1, '2026-02-04', 100_000)] });
    expect(r.postings.map((p) => p.kind)).toEqual(['late_fee', 'payment', 'allocation']);
    const allocation = r.postings[2];
    expect(allocation?.amounts.late_fee).toBe(-5_000);
    expect(allocation?.amounts.principal).toBe(-95_000);
  });

  it('is not posted when the late-fee day falls in a hold', () => {
    const r = run({ terms, to: '2026-03-10', holds: [{ from: '2026-02-04', to: '2026-02-04' }] });
    expect(r.postings.some((p) => p.kind === 'late_fee')).toBe(false);
  });
});

describe('cost cap', () => {
  it('cuts penalty interest and late fees to the headroom left under the cap', () => {
    // principal 3,000.00, cap 0.36/360 a day = 3.00 a day since opening on Jan 1.
    // Scheduled interest due Jan 31 is 80.00; by Feb 1 the cap is 31 days × 3.00 = 93.00 → 13.00 headroom.
    const terms = makeTerms({
      costCapRate: '0.36',
      lateFee: 5_000,
      graceDays: 0,
      annualRate: '0.36',
      penaltyUplift: '0',
    });
    const r = run({ terms, to: '2026-02-03', installments: [makeInstallment(1, '2026-01-31', 300_000, 8_000)] });
    // Feb 1: penalty 3.00 (300,000 × 0.001) then late fee cut to 10.00; Feb 2 and 3: 3.00 each (the cap grows 3.00 a day)
    expect(r.postings.map((p) => [p.postedOn, p.kind, p.amounts.penalty + p.amounts.late_fee])).toEqual([
      ['2026-02-01', 'late_fee', 1_000],
    ]);
    expect(r.state.installments[0]?.accrued).toBe(900);
    expect(r.state.postedCosts).toBe(1_900);
  });

  it('posts nothing when scheduled interest alone already reaches the cap', () => {
    const terms = makeTerms({ costCapRate: '0.01', lateFee: 5_000 });
    const r = run({ terms, to: '2026-02-10', installments: [makeInstallment(1, '2026-01-31', 300_000, 80_000)] });
    expect(r.postings.filter((p) => p.kind === 'penalty' || p.kind === 'late_fee')).toEqual([]);
  });
});

describe('allocation', () => {
  const twoDue = () => [
    makeInstallment(1, '2026-01-31', 10_000, 1_000, 100),
    makeInstallment(2, '2026-02-28', 10_000, 1_000, 100),
  ];

  it('standard: oldest due instalment first, penalty → late fee → fee → interest → principal', () => {
    const terms = makeTerms({ annualRate: '0', lateFee: 500, graceDays: 0 });
    const r = run({ terms, installments: twoDue(), to: '2026-03-05', payments: [pay(1, '2026-03-05', 12_000)] });
    const lines = r.postings.filter((p) => p.kind === 'allocation').map((p) => [p.installmentNo, p.amounts]);
    expect(lines).toEqual([
      [1, { principal: -10_000, interest: -1_000, fee: -100, penalty: 0, late_fee: -500 }],
      [2, { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: -400 }],
    ]);
  });

  it('principal_first: all due principal, then interest, then fees, then penalty, then late fees', () => {
    const terms = makeTerms({ annualRate: '0', lateFee: 500, graceDays: 0, allocation: 'principal_first' });
    const r = run({ terms, installments: twoDue(), to: '2026-03-05', payments: [pay(1, '2026-03-05', 21_500)] });
    const lines = r.postings.filter((p) => p.kind === 'allocation').map((p) => [p.installmentNo, p.amounts]);
    expect(lines).toEqual([
      [1, { principal: -10_000, interest: -1_000, fee: 0, penalty: 0, late_fee: 0 }],
      [2, { principal: -10_000, interest: -500, fee: 0, penalty: 0, late_fee: 0 }],
    ]);
  });

  it('pays instalments not yet due after the due ones, then holds the rest as credit', () => {
    const r = run({
      terms: makeTerms({ lateFee: 0 }),
      installments: twoDue(),
      to: '2026-01-15',
      payments: [pay(1, '2026-01-15', 25_000)],
    });
    const summary = summariseLedger(r.state, '2026-01-15');
    expect(totalOf(summary.outstanding)).toBe(0);
    expect(summary.credit).toBe(2_800);
    expect(summary.status).toBe('paid_off');
  });

  it('allocates same-day payments in paid_at order', () => {
    const r = run({
      terms: makeTerms({ lateFee: 0, annualRate: '0' }),
      installments: twoDue(),
      to: '2026-03-01',
      payments: [
        pay(2, '2026-03-01', 100, '2026-03-01T09:00:00.000Z'),
        pay(1, '2026-03-01', 200, '2026-03-01T11:00:00.000Z'),
      ],
    });
    expect(r.postings.filter((p) => p.kind === 'payment').map((p) => p.paymentId)).toEqual([2, 1]);
  });
});

describe('a payment that arrives after its day was processed', () => {
  it('is allocated on its own date without accruing that day again', () => {
    const r = advanceLedger({
      terms: makeTerms({ lateFee: 0 }),
      state: makeState([makeInstallment(1, '2026-01-31', 100_000)]),
      from: '2026-02-03',
      to: '2026-02-03',
      payments: [pay(1, '2026-02-02', 100_000)],
      holds: [],
    });
    expect(r.postings.map((p) => [p.postedOn, p.kind])).toEqual([
      ['2026-02-02', 'payment'],
      ['2026-02-02', 'allocation'],
    ]);
  });
});

describe('exactness', () => {
  it('stops rather than write a figure past 2^53 minor units', () => {
    // 10^13 minor units at 1,000 % a year with a 100 % uplift: about 5.6 × 10^11 a day, past 2^53 in 45 years.
    const terms = makeTerms({ annualRate: '10', penaltyUplift: '1', lateFee: 0 });
    const installments = [makeInstallment(1, '2026-01-31', 10_000_000_000_000)];
    expect(() => run({ terms, installments, to: '2030-01-01' })).not.toThrow();
    expect(() => run({ terms, installments, to: '2075-01-01' })).toThrow(/2\^53/);
  });
});
