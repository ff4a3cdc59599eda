import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, OUTCOMES, RIGHT_PARTY_OUTCOMES } from '../activity/activity-codes.js';
import {
  ATTEMPT_RULE,
  arrangementsBreached,
  isContactAttempt,
  isRightPartyActivity,
  promiseRecord,
  RIGHT_PARTY_RULE,
  windowStart,
} from './contact-features.js';

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

describe('the rules as data', () => {
  it('say the same as the predicates for every direction and outcome', () => {
    for (const direction of DIRECTIONS) {
      for (const outcome of OUTCOMES) {
        expect(isRightPartyActivity(direction, outcome)).toBe(
          direction !== RIGHT_PARTY_RULE.notDirection && RIGHT_PARTY_RULE.outcomes.includes(outcome),
        );
        expect(isContactAttempt(direction, outcome)).toBe(
          direction === ATTEMPT_RULE.direction && !ATTEMPT_RULE.notOutcomes.includes(outcome),
        );
      }
    }
  });

  it('an activity is an attempt, a right-party contact, both or neither, never counted from an internal one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIRECTIONS), fc.constantFrom(...OUTCOMES), (direction, outcome) => {
        if (direction === 'internal') {
          expect(isRightPartyActivity(direction, outcome) || isContactAttempt(direction, outcome)).toBe(false);
        }
        if (direction === 'inbound') expect(isContactAttempt(direction, outcome)).toBe(false);
        if (isRightPartyActivity(direction, outcome)) expect(RIGHT_PARTY_OUTCOMES).toContain(outcome);
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
