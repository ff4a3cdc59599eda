import { describe, expect, it } from 'vitest';
import type { PlannedAction } from '../strategy/decision.js';
import { type QueuedPromise, withPromiseFollowUps } from './promise-follow-up.js';

const BORROWER = 10;
const GUARANTOR = 11;

const planned = (over: Partial<PlannedAction> = {}): PlannedAction => ({
  action: 'call',
  channel: 'phone',
  manual: true,
  target: 'borrower',
  window: { from: '14:00', to: '18:00' },
  tone: 'friendly',
  template: 'm1_negotiation',
  tier: 'primary',
  minutes: 6,
  reason: 'M1 day 22',
  ...over,
});

const promise = (over: Partial<QueuedPromise> = {}): QueuedPromise => ({
  promiseId: 'prm_1',
  amount: 50_000,
  currency: 'CNY',
  dueOn: '2026-11-05',
  dueAt: null,
  partyId: BORROWER,
  ...over,
});

const follow = (options: Partial<Parameters<typeof withPromiseFollowUps>[0]>) =>
  withPromiseFollowUps({
    actions: [],
    broken: [],
    due: [],
    borrowerPartyId: BORROWER,
    tier: 'primary',
    pastDue: 104_500,
    ...options,
  });

describe('promises in the day’s actions', () => {
  it('leaves the strategy’s actions as they are when no promise is broken or due', () => {
    const actions = [{ planned: planned(), partyId: BORROWER }];
    expect(follow({ actions })).toEqual([{ planned: planned(), partyId: BORROWER, brokenPromise: false }]);
  });

  it('adds a firm morning call to the borrower about a broken promise when none is planned', () => {
    const sms = { planned: planned({ action: 'sms', channel: 'sms', manual: false }), partyId: BORROWER };
    const [first, added] = follow({ actions: [sms], broken: [promise()], tier: 'intermediate' });
    expect(first?.brokenPromise).toBe(false);
    expect(added).toEqual({
      partyId: BORROWER,
      brokenPromise: true,
      planned: {
        action: 'call',
        channel: 'phone',
        manual: true,
        target: 'borrower',
        window: { from: '09:00', to: '12:00' },
        tone: 'firm',
        template: null,
        tier: 'intermediate',
        minutes: 6,
        reason: '跳票 promise broken: CNY 500.00 due 2026-11-05, nothing paid (prm_1) · call the morning after',
      },
    });
  });

  it('calls the guarantor who promised with a guarantor call, and the borrower for a promise without a party', () => {
    const result = follow({
      broken: [promise({ partyId: GUARANTOR }), promise({ promiseId: 'prm_2', partyId: null })],
    });
    expect(result.map((a) => [a.planned.action, a.partyId])).toEqual([
      ['guarantor_call', GUARANTOR],
      ['call', BORROWER],
    ]);
    expect(result[0]?.planned.minutes).toBe(8);
  });

  it('gives the reason to a phone action planned for the same party, once for all its broken promises', () => {
    const actions = [
      { planned: planned({ action: 'visit', channel: 'visit' }), partyId: BORROWER },
      { planned: planned(), partyId: BORROWER },
    ];
    const result = follow({ actions, broken: [promise(), promise({ promiseId: 'prm_2', amount: 12_345 })] });
    expect(result).toHaveLength(2);
    expect(result[0]?.brokenPromise).toBe(false);
    expect(result[1]).toMatchObject({ brokenPromise: true, planned: { window: { from: '14:00' }, tone: 'friendly' } });
    expect(result[1]?.planned.reason).toBe(
      'M1 day 22 · 跳票 promise broken: CNY 500.00 due 2026-11-05, nothing paid (prm_1); CNY 123.45 due 2026-11-05, nothing paid (prm_2)',
    );
  });

  it('follows nothing up once nothing is past due, and never a party it cannot name', () => {
    expect(follow({ broken: [promise()], pastDue: 0 })).toEqual([]);
    expect(follow({ broken: [promise({ partyId: null })], borrowerPartyId: null })).toEqual([]);
  });

  it('names a promise due today in every manual action, and adds no work for it', () => {
    const actions = [
      { planned: planned(), partyId: BORROWER },
      { planned: planned({ action: 'sms', channel: 'sms', manual: false, reason: 'payday' }), partyId: BORROWER },
    ];
    const result = follow({ actions, due: [promise({ dueOn: '2026-11-06', dueAt: '15:00' })] });
    expect(result.map((a) => a.planned.reason)).toEqual([
      'M1 day 22 · 承诺今日还款 promised for today: CNY 500.00 by 15:00 (prm_1); remind, do not press',
      'payday',
    ]);
    expect(result.every((a) => !a.brokenPromise)).toBe(true);
    expect(follow({ due: [promise()] })).toEqual([]);
  });
});
