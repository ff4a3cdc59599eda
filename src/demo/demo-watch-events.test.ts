import { describe, expect, it } from 'vitest';
import { WATCH_EVENT_TYPES } from '../domain/strategy/strategy-codes.js';
import { watchEventsFor } from './demo-watch-events.js';
import { streamFor } from './random.js';
import type { ARCHETYPES } from './simulate-payments.js';

const AS_OF = '2026-11-29';

function many(company: boolean, archetype: (typeof ARCHETYPES)[number], n = 4000) {
  const all = [];
  for (let i = 1; i <= n; i++) {
    all.push(
      ...watchEventsFor({
        random: streamFor(7, 'events', i),
        accountId: `A-${i}`,
        partyId: `P-${i}`,
        company,
        archetype,
        asOf: AS_OF,
      }),
    );
  }
  return all;
}

describe('demo watch events', () => {
  it('are valid rows for the events import: known types, dated within four months up to the day', () => {
    const events = [...many(false, 'chronic'), ...many(true, 'chronic')];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(WATCH_EVENT_TYPES).toContain(e.type);
      const on = String(e.occurred_on);
      expect(on <= AS_OF).toBe(true);
      expect(on >= '2026-08-01').toBe(true);
      expect(e.event_id).toMatch(/^A-\d+-W\d$/);
    }
    const people = many(false, 'chronic');
    expect(new Set(people.map((e) => e.event_id)).size).toBe(people.length);
  });

  it('give people personal events and companies corporate ones', () => {
    const people = new Set(many(false, 'chronic').map((e) => e.type));
    const companies = new Set(many(true, 'chronic').map((e) => e.type));
    expect(people.has('death')).toBe(true);
    expect(people.has('insolvency')).toBe(false);
    expect(companies.has('insolvency')).toBe(true);
    expect(companies.has('death')).toBe(false);
  });

  it('come more often to troubled payers than to punctual ones, and the same for the same seed', () => {
    const trouble = (a: (typeof ARCHETYPES)[number]) => many(true, a).filter((e) => e.type === 'litigation').length;
    expect(trouble('chronic')).toBeGreaterThan(2 * trouble('punctual'));
    expect(many(false, 'roller', 500)).toEqual(many(false, 'roller', 500));
  });
});
