import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, GRADES, TIE_BREAKS } from '../strategy/strategy-codes.js';
import { candidatePriority, compareCandidates, priorityOf, type RankedCandidate } from './priority.js';
import type { Candidate } from './queue-types.js';

describe('priorityOf', () => {
  it('is expected recovery per minute in minor units, rounded half-even', () => {
    // 40 % of 3,000.00 CNY over a 6-minute call: 20,000 fen a minute.
    expect(priorityOf(0.4, 300_000, 6)).toBe(20_000);
    expect(priorityOf(0.5, 5, 1)).toBe(2); // 2.5 → 2
    expect(priorityOf(0.5, 7, 1)).toBe(4); // 3.5 → 4
    expect(priorityOf(0.3333, 100, 1)).toBe(33); // 33.33
    expect(priorityOf(0.0001, 5_000, 1)).toBe(0); // 0.5 → 0
    expect(priorityOf(0.0001, 15_000, 1)).toBe(2); // 1.5 → 2
    expect(priorityOf(0, 1_000_000, 6)).toBe(0);
  });

  it('has no float drift: 0.1 and 0.7 are exact tenths, and huge balances stay exact', () => {
    // 0.7 × 10 / 1 in floats is 6.999999999999999; the priority is exactly 7.
    expect(priorityOf(0.7, 10, 1)).toBe(7);
    expect(priorityOf(0.1, 30, 1)).toBe(3);
    // 10^15 × 9,999 is beyond 2^53; BigInt keeps it exact: 999,900,000,000,000 ÷ 7 = 142,842,857,142,857.14…
    expect(priorityOf(0.9999, 10 ** 15, 7)).toBe(142_842_857_142_857);
  });

  it('counts at least one minute of effort', () => {
    expect(priorityOf(1, 600, 0)).toBe(600);
  });

  it('refuses a chance outside 0–1, more than four decimals, and money that is not whole minor units', () => {
    expect(() => priorityOf(1.2, 100, 6, 'account LN-1 call')).toThrow(/account LN-1 call: chance of payment/);
    expect(() => priorityOf(Number.NaN, 100, 6)).toThrow(/chance of payment/);
    expect(() => priorityOf(0.12345, 100, 6)).toThrow(/more than four decimal places/);
    expect(() => priorityOf(0.5, 10.5, 6)).toThrow(/collectable/);
    expect(() => priorityOf(0.5, 10, 1.5)).toThrow(/minutes/);
  });

  it('equals the exact quotient rounded half-even (checked with BigInt arithmetic written out again)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10 ** 15 }),
        fc.integer({ min: 1, max: 600 }),
        (p, collectable, minutes) => {
          const got = BigInt(priorityOf(Number((p / 10_000).toFixed(4)), collectable, minutes));
          const num = BigInt(p) * BigInt(collectable);
          const den = 10_000n * BigInt(minutes);
          const diff2 = 2n * (num - got * den); // twice the remainder: |…| ≤ den, ties only to even
          expect(diff2 <= den && diff2 >= -den).toBe(true);
          if (diff2 === den || diff2 === -den) expect(got % 2n).toBe(0n);
        },
      ),
    );
  });
});

function ranked(over: Partial<Candidate> & { action?: Action; priority?: number; near?: boolean }): RankedCandidate {
  const { action = 'call', priority = 100, near = false, ...rest } = over;
  const spec = ACTIONS[action];
  const candidate: Candidate = {
    accountId: 1,
    accountRef: 'LN-1',
    partyId: 10,
    planned: {
      action,
      channel: spec.channel,
      manual: spec.manual,
      target: spec.target,
      window: { from: '09:00', to: '12:00' },
      tone: 'neutral',
      template: null,
      tier: 'primary',
      minutes: spec.minutes,
      reason: '',
    },
    segment: 's',
    variant: null,
    grade: 'medium',
    tier: 'primary',
    customerType: 'worker',
    stage: 'early',
    dpd: 10,
    pPay: 0.5,
    collectable: 1000,
    outstanding: 5000,
    currency: 'CNY',
    language: null,
    region: null,
    assignee: null,
    assignedOn: null,
    lastProgressOn: null,
    toTeamLead: false,
    concerted: false,
    keyAccount: false,
    skills: [],
    ...rest,
  };
  return { candidate, priority, near };
}

describe('compareCandidates', () => {
  const sortIds = (rules: Parameters<typeof compareCandidates>[0], xs: RankedCandidate[]) =>
    [...xs].sort(compareCandidates(rules)).map((x) => x.candidate.accountId);

  it('puts higher priority first whatever the tie-breaks say', () => {
    const xs = [ranked({ accountId: 1, priority: 5, dpd: 1 }), ranked({ accountId: 2, priority: 9, dpd: 90 })];
    expect(sortIds({ tieBreaks: ['easy_first'] }, xs)).toEqual([2, 1]);
  });

  it('applies each tie-break the methodology names', () => {
    const pair = (a: Partial<Candidate> & { near?: boolean }, b: Partial<Candidate> & { near?: boolean }) => [
      ranked({ accountId: 1, ...a }),
      ranked({ accountId: 2, ...b }),
    ];
    // Each pair has account 1 losing on the rule, so the rule must reorder them against account id.
    expect(sortIds({ tieBreaks: ['easy_first'] }, pair({ dpd: 40 }, { dpd: 3 }))).toEqual([2, 1]);
    expect(sortIds({ tieBreaks: ['good_first'] }, pair({ grade: 'poor' }, { grade: 'medium' }))).toEqual([2, 1]);
    expect(sortIds({ tieBreaks: ['small_first'] }, pair({ outstanding: 90_000 }, { outstanding: 800 }))).toEqual([
      2, 1,
    ]);
    expect(sortIds({ tieBreaks: ['near_first'] }, pair({ near: false }, { near: true }))).toEqual([2, 1]);
    expect(sortIds({ tieBreaks: ['key_first'] }, pair({ keyAccount: false }, { keyAccount: true }))).toEqual([2, 1]);
    expect(sortIds({ tieBreaks: [] }, pair({ dpd: 40 }, { dpd: 3 }))).toEqual([1, 2]);
  });

  it('orders the actions of one account by the action list, then by party', () => {
    const xs = [
      ranked({ action: 'guarantor_call', partyId: 12 }),
      ranked({ action: 'guarantor_call', partyId: 11 }),
      ranked({ action: 'call' }),
    ];
    expect(
      [...xs]
        .sort(compareCandidates({ tieBreaks: [] }))
        .map((x) => `${x.candidate.planned.action}:${x.candidate.partyId}`),
    ).toEqual(['call:10', 'guarantor_call:11', 'guarantor_call:12']);
  });

  it('is a total order: antisymmetric, zero only for the same account, action and party', () => {
    const arb = fc
      .record({
        accountId: fc.integer({ min: 1, max: 4 }),
        partyId: fc.option(fc.integer({ min: 1, max: 3 })),
        action: fc.constantFrom<Action>('call', 'visit', 'guarantor_call'),
        priority: fc.integer({ min: 0, max: 3 }),
        dpd: fc.integer({ min: 0, max: 3 }),
        grade: fc.constantFrom(...GRADES),
        outstanding: fc.integer({ min: 0, max: 3 }),
        near: fc.boolean(),
        keyAccount: fc.boolean(),
      })
      .map((x) => ranked(x));
    fc.assert(
      fc.property(fc.shuffledSubarray([...TIE_BREAKS]), arb, arb, (tieBreaks, a, b) => {
        const cmp = compareCandidates({ tieBreaks });
        expect(Math.sign(cmp(a, b)) + Math.sign(cmp(b, a))).toBe(0);
        const same =
          a.candidate.accountId === b.candidate.accountId &&
          a.candidate.planned.action === b.candidate.planned.action &&
          a.candidate.partyId === b.candidate.partyId;
        if (!same) expect(cmp(a, b)).not.toBe(0);
      }),
    );
  });
});

describe('priorityOf and candidatePriority: what they refuse, in words', () => {
  it('names the candidate (or "candidate") and the bad value', () => {
    expect(() => priorityOf(2, 1, 1)).toThrow('candidate: chance of payment must be between 0 and 1, got 2');
    expect(() => priorityOf(-0.1, 100, 6)).toThrow('candidate: chance of payment must be between 0 and 1, got -0.1');
    const inputError = (message: string) => expect.objectContaining({ code: 'INVALID_INPUT', message });
    expect(() => priorityOf(0.5, 10.5, 6)).toThrow(
      inputError('candidate: collectable must be whole minor units, got 10.5'),
    );
    expect(() => priorityOf(0.5, 10, -1)).toThrow(
      inputError('candidate: minutes must be a whole number of minutes, got -1'),
    );
    expect(() => priorityOf(0.12345, 100, 6)).toThrow(
      inputError('candidate: chance of payment 0.12345 has more than four decimal places'),
    );
    const c = ranked({ accountRef: 'LN-7', pPay: 1.5 }).candidate;
    expect(() => candidatePriority(c)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'account LN-7 call: chance of payment must be between 0 and 1, got 1.5',
      }),
    );
    expect(candidatePriority({ ...c, pPay: 0.5, collectable: 1200 })).toBe(100); // 600 over 6 minutes
  });
});

describe('candidatePriority after a broken promise', () => {
  it('counts a call about a promise broken today twice', () => {
    const c = { ...ranked({ accountRef: 'LN-8' }).candidate, pPay: 0.5, collectable: 1200 };
    expect(candidatePriority(c)).toBe(100);
    expect(candidatePriority({ ...c, brokenPromise: true })).toBe(200);
    expect(candidatePriority({ ...c, brokenPromise: false })).toBe(100);
  });
});

describe('compareCandidates: the party decides last', () => {
  it('puts the item with no party before any party, and orders parties by id', () => {
    const none = ranked({ partyId: null, action: 'guarantor_call' });
    const first = ranked({ partyId: 1, action: 'guarantor_call' });
    const second = ranked({ partyId: 2, action: 'guarantor_call' });
    const cmp = compareCandidates({ tieBreaks: [] });
    expect(cmp(none, first)).toBeLessThan(0);
    expect(cmp(first, none)).toBeGreaterThan(0);
    expect(cmp(first, second)).toBeLessThan(0);
    expect([second, first, none].sort(cmp).map((x) => x.candidate.partyId)).toEqual([null, 1, 2]);
  });

  it('orders by account before action and party', () => {
    const later = ranked({ accountId: 2, action: 'call', partyId: 1 });
    const earlier = ranked({ accountId: 1, action: 'guarantor_call', partyId: 9 });
    const cmp = compareCandidates({ tieBreaks: [] });
    expect(cmp(earlier, later)).toBeLessThan(0);
    expect(cmp(later, earlier)).toBeGreaterThan(0);
    const same = ranked({ accountId: 2, action: 'guarantor_call', partyId: 9 });
    expect(cmp(earlier, same)).toBeLessThan(0);
  });
});
