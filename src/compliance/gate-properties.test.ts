/**
 * next_allowed_at, as a property over generated requests (calls in several zones, across daylight-saving
 * changes, with histories of connected and unconnected calls, conversations, consent and holds): when a
 * blocked attempt names an instant, the same attempt at that instant is allowed by every rule — each rule
 * that blocked it included — and a second before it is still blocked, so the instant is the earliest;
 * each blocking rule's own instant is allowed by that rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, type PastJson, type RequestJson } from '../../test/support/contact-requests.js';

const ZONES = [
  'Asia/Shanghai',
  'Asia/Urumqi',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'America/Santiago',
];
const PARTY = 'p-1';
const DEBTS = ['D-1', 'D-2'];
const POINTS = ['+1 555 0100', '+1 555 0101'];

const iso = (ms: number) => new Date(ms).toISOString();
const nowArb = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 31) / 60_000 })
  .map((m) => m * 60_000);

const pastArb = (now: number) =>
  fc
    .record({
      // Half of the calls within the last day, so that daily caps are reached as well as weekly ones.
      minutesAgo: fc.oneof(fc.integer({ min: 1, max: 24 * 60 }), fc.integer({ min: 1, max: 9 * 24 * 60 })),
      debts: fc.subarray(DEBTS, { minLength: 1 }),
      point: fc.constantFrom(...POINTS),
      direction: fc.constantFrom('outbound' as const, 'outbound' as const, 'inbound' as const),
      outcome: fc.constantFrom('unconnected', 'unanswered', 'unanswered', 'conversation'),
    })
    .map(
      (h): PastJson => ({
        at: iso(now - h.minutesAgo * 60_000),
        channel: 'call',
        party_id: PARTY,
        debts: h.debts,
        contact_point: h.point,
        direction: h.direction,
        connected: h.outcome !== 'unconnected',
        conversation: h.outcome === 'conversation',
      }),
    );

const requestArb = fc.constantFrom('cn', 'us-regf', 'uk-conc').chain((pack) =>
  nowArb.chain((now) =>
    fc.record({
      pack: fc.constant(pack),
      now: fc.constant(iso(now)),
      zones: fc.subarray(ZONES, { minLength: 1, maxLength: 2 }),
      debts: fc.subarray(DEBTS, { minLength: 1 }),
      point: fc.constantFrom(...POINTS),
      history: fc.array(pastArb(now), { maxLength: 40 }),
      consentDaysAgo: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 4 }),
      holdDays: fc.option(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 10 })), { freq: 4 }),
    }),
  ),
);

interface Generated {
  pack: string;
  now: string;
  zones: string[];
  debts: string[];
  point: string;
  history: PastJson[];
  consentDaysAgo: number | null;
  holdDays: [number, number] | null;
}

function toRequest(g: Generated): RequestJson {
  const now = Date.parse(g.now);
  const day = (n: number) => iso(now + n * 86_400_000).slice(0, 10);
  return {
    pack: g.pack,
    now: g.now,
    attempt: {
      channel: 'call',
      party: { id: PARTY, role: 'borrower', timezones: g.zones },
      debts: g.debts,
      contact_point: g.point,
      discloses_debt: true,
    },
    parties: [{ id: PARTY, role: 'borrower' }],
    history: g.history,
    requests:
      g.consentDaysAgo === null
        ? []
        : [{ type: 'consent_to_call', at: iso(now - g.consentDaysAgo * 86_400_000), party_id: PARTY }],
    holds:
      g.holdDays === null
        ? []
        : [{ type: 'hardship', from: day(g.holdDays[0]), until: day(g.holdDays[0] + g.holdDays[1]) }],
  };
}
describe('next_allowed_at', () => {
  it('is allowed by every rule, is the earliest such instant, and each blocking rule allows its own instant', () => {
    let blockedWithInstant = 0;
    fc.assert(
      fc.property(requestArb, (g) => {
        const request = toRequest(g);
        const decision = judge(request);
        if (decision.allowed) {
          expect(decision.next_allowed_at).toBe(request.now);
          return;
        }
        for (const rule of decision.rules.filter((r) => r.verdict === 'block' && r.next_allowed_at !== null)) {
          const later = judge({ ...request, now: rule.next_allowed_at as string });
          expect(later.rules.find((r) => r.id === rule.id)?.verdict, rule.id).not.toBe('block');
        }
        if (decision.next_allowed_at === null) return;
        blockedWithInstant++;
        const at = judge({ ...request, now: decision.next_allowed_at });
        expect(at.allowed, JSON.stringify(at.rules.filter((r) => r.verdict === 'block'))).toBe(true);
        const before = judge({ ...request, now: iso(Date.parse(decision.next_allowed_at) - 1000) });
        expect(before.allowed).toBe(false);
      }),
      { numRuns: 400 },
    );
    // The generator reaches the interesting case often enough to mean something.
    expect(blockedWithInstant).toBeGreaterThan(50);
  });
});
