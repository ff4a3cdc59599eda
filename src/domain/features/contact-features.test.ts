import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, OUTCOMES, RIGHT_PARTY_OUTCOMES } from '../activity/activity-codes.js';
import {
  type ActivityCount,
  arrangementsBreached,
  contactFeatures,
  isContactAttempt,
  isRightPartyActivity,
  promiseRecord,
  windowStart,
} from './contact-features.js';

const count = (direction: string, outcome: string, inWindow: number, last = '2026-11-20'): ActivityCount => ({
  direction,
  outcome,
  last,
  inWindow,
});

describe('what an activity counts as', () => {
  it('a right-party contact: an obligor reached, whoever started it; never an internal activity', () => {
    for (const outcome of RIGHT_PARTY_OUTCOMES) {
      expect(isRightPartyActivity('outbound', outcome)).toBe(true);
      expect(isRightPartyActivity('inbound', outcome)).toBe(true);
      expect(isRightPartyActivity('internal', outcome)).toBe(false);
    }
    for (const outcome of ['no_answer', 'busy', 'wrong_number', 'third_party', 'deceased', 'not_found', 'delivered']) {
      expect(isRightPartyActivity('outbound', outcome)).toBe(false);
    }
  });

  it('an attempt: anything we did to reach someone outside, whatever came of it, but a note', () => {
    expect(isContactAttempt('outbound', 'no_answer')).toBe(true);
    expect(isContactAttempt('outbound', 'promise')).toBe(true);
    expect(isContactAttempt('outbound', 'delivered')).toBe(true);
    expect(isContactAttempt('outbound', 'failed')).toBe(true);
    expect(isContactAttempt('outbound', 'note')).toBe(false);
    // The debtor calling in is not our attempt; a note or review reaches nobody.
    expect(isContactAttempt('inbound', 'promise')).toBe(false);
    expect(isContactAttempt('internal', 'note')).toBe(false);
  });
});

describe('contact features', () => {
  it('counts the window and dates the last right-party contact from every day up to as_of', () => {
    expect(
      contactFeatures([
        count('outbound', 'no_answer', 4, '2026-11-28'),
        count('outbound', 'busy', 2, '2026-11-26'),
        count('outbound', 'promise', 1, '2026-11-20'),
        count('inbound', 'callback', 2, '2026-11-25'),
        // Reached in August: outside the window, but still the account's history.
        count('outbound', 'right_party_contact', 0, '2026-08-03'),
        count('outbound', 'third_party', 1, '2026-11-27'),
        count('internal', 'note', 6, '2026-11-29'),
      ]),
    ).toEqual({ rpc30: 3, attempts30: 8, lastRpcOn: '2026-11-25' });
    expect(contactFeatures([count('outbound', 'right_party_contact', 0, '2026-08-03')])).toEqual({
      rpc30: 0,
      attempts30: 0,
      lastRpcOn: '2026-08-03',
    });
    expect(contactFeatures([])).toEqual({ rpc30: 0, attempts30: 0, lastRpcOn: null });
  });

  it('never counts more than was recorded, and the split does not depend on the order of the counts', () => {
    const counts = fc.array(
      fc.record({
        direction: fc.constantFrom(...DIRECTIONS),
        outcome: fc.constantFrom(...OUTCOMES),
        last: fc.integer({ min: 0, max: 400 }).map((d) => windowStart('2026-11-29', d)),
        inWindow: fc.nat(20),
      }),
    );
    fc.assert(
      fc.property(counts, (list) => {
        const total = list.reduce((s, c) => s + c.inWindow, 0);
        const f = contactFeatures(list);
        expect(f.rpc30).toBeLessThanOrEqual(total);
        expect(f.attempts30).toBeLessThanOrEqual(total);
        expect(contactFeatures([...list].reverse())).toEqual(f);
        const inbound = list.filter((c) => c.direction === 'inbound').reduce((s, c) => s + c.inWindow, 0);
        expect(f.attempts30 + inbound).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('promises and arrangements', () => {
  it('kept and broken by verdict; partly kept counts as neither; pending and cancelled have no verdict', () => {
    expect(
      promiseRecord([
        { status: 'kept', count: 3 },
        { status: 'partly_kept', count: 2 },
        { status: 'broken', count: 1 },
        { status: 'pending', count: 4 },
        { status: 'cancelled', count: 1 },
      ]),
    ).toEqual({ kept: 3, broken: 1 });
    expect(promiseRecord([])).toEqual({ kept: 0, broken: 0 });
  });

  it('breached arrangements only', () => {
    expect(
      arrangementsBreached([
        { status: 'breached', count: 2 },
        { status: 'completed', count: 5 },
        { status: 'cancelled', count: 1 },
      ]),
    ).toBe(2);
  });

  it('a window of N days ending on as_of starts after the day N days before it', () => {
    expect(windowStart('2026-11-29', 30)).toBe('2026-10-30');
    expect(windowStart('2026-11-29', 365)).toBe('2025-11-29');
  });
});
