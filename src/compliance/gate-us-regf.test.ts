/**
 * The `us-regf` pack at the gate: a consumer in New York called about one debt. The 7-in-7 limit and the
 * 7-day cooldown are counted per person and per debt in local calendar days, as 12 CFR 1006.14(b) counts.
 */
import { describe, expect, it } from 'vitest';
import { judge, outcome, pastCall, type RequestJson, usCall } from '../../test/support/contact-requests.js';

const NOW = '2026-12-01T10:00:00-05:00';
const CONSUMER = 'p-jane-doe';

/** One call at 10:00 New York time on each of the days given (YYYY-MM-DD). */
function callsOn(request: RequestJson, days: string[], over = {}) {
  return days.map((d) => pastCall(request, `${d}T10:00:00-05:00`, over));
}
const WEEK = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'];

describe('the us-regf pack at the gate', () => {
  it('allows a first call at 10:00 in New York', () => {
    const decision = judge(usCall(NOW));
    expect(decision.allowed).toBe(true);
    expect(decision.rules.every((r) => r.verdict === 'pass')).toBe(true);
  });

  describe('us-regf.call_frequency (7 calls within 7 consecutive days)', () => {
    it('blocks the eighth call and allows it when the oldest call leaves the seven days, at 08:00 local', () => {
      const request = usCall(NOW);
      request.history = callsOn(request, WEEK);
      const decision = judge(request);
      expect(outcome(decision, 'us-regf.call_frequency')).toMatchObject({
        verdict: 'block',
        next_allowed_at: '2026-12-02T05:00:00.000Z',
      });
      expect(decision.next_allowed_at).toBe('2026-12-02T13:00:00.000Z');
    });

    it('does not count unconnected calls, calls the consumer made, or calls about another debt', () => {
      for (const over of [{ connected: false }, { direction: 'inbound' as const }, { debts: ['ACC-OTHER'] }]) {
        const request = usCall(NOW);
        request.history = [...callsOn(request, WEEK.slice(1)), ...callsOn(request, WEEK.slice(0, 1), over)];
        expect(outcome(judge(request), 'us-regf.call_frequency').verdict, JSON.stringify(over)).toBe('warn');
      }
    });

    it('counts calendar days in the consumer’s zone: 23:30 on Nov 24 in New York is outside the seven days', () => {
      const request = usCall(NOW);
      request.history = [...callsOn(request, WEEK.slice(1)), pastCall(request, '2026-11-24T23:30:00-05:00')];
      expect(outcome(judge(request), 'us-regf.call_frequency').verdict).toBe('warn');
    });

    it('a call placed with the consumer’s direct consent within 7 days is neither counted nor limited', () => {
      const request = usCall(NOW);
      request.history = callsOn(request, WEEK);
      request.requests = [{ type: 'consent_to_call', at: '2026-11-30T16:00:00-05:00', party_id: CONSUMER }];
      expect(outcome(judge(request), 'us-regf.call_frequency').verdict).toBe('pass');
      // Consent on 24 November covers the calls of 25–30 November (not counted), not today's attempt.
      request.requests = [{ type: 'consent_to_call', at: '2026-11-24T16:00:00-05:00', party_id: CONSUMER }];
      expect(outcome(judge(request), 'us-regf.call_frequency').reason.en).toMatch(/At most 1 counted call/);
      request.requests = [{ type: 'consent_to_call', at: '2026-11-10T16:00:00-05:00', party_id: CONSUMER }];
      expect(outcome(judge(request), 'us-regf.call_frequency').verdict).toBe('block');
    });
  });

  describe('us-regf.conversation_cooldown (no call within 7 days after a conversation; its day is day 1)', () => {
    it('blocks through day 7 and allows at 08:00 on day 8', () => {
      const request = usCall(NOW);
      request.history = [pastCall(request, '2026-11-25T15:00:00-05:00', { conversation: true })];
      const decision = judge(request);
      expect(outcome(decision, 'us-regf.conversation_cooldown')).toMatchObject({
        verdict: 'block',
        next_allowed_at: '2026-12-02T05:00:00.000Z',
      });
      expect(decision.next_allowed_at).toBe('2026-12-02T13:00:00.000Z');
      request.history = [pastCall(request, '2026-11-24T23:59:00-05:00', { conversation: true })];
      expect(judge(request).allowed).toBe(true);
    });

    it('starts on a conversation the consumer called in for, and for each debt a conversation was about', () => {
      const request = usCall(NOW);
      request.history = [
        pastCall(request, '2026-11-30T11:00:00-05:00', {
          conversation: true,
          direction: 'inbound',
          debts: ['ACC-77-0042', 'ACC-77-0043'],
        }),
      ];
      expect(outcome(judge(request), 'us-regf.conversation_cooldown').verdict).toBe('block');
      expect(outcome(judge(usCall(NOW, { debts: ['ACC-77-0043'] })), 'us-regf.conversation_cooldown').verdict).toBe(
        'pass',
      );
      const other = { ...request, attempt: { ...request.attempt, debts: ['ACC-77-0043'] } };
      expect(outcome(judge(other), 'us-regf.conversation_cooldown').verdict).toBe('block');
    });

    it('counts days on the local calendar across the end of daylight saving time', () => {
      // Day 1 is Friday 30 October (EDT); day 8 begins at midnight on 6 November (EST, UTC−5).
      const request = usCall('2026-11-05T12:00:00-05:00');
      request.history = [pastCall(request, '2026-10-30T20:00:00-04:00', { conversation: true })];
      expect(outcome(judge(request), 'us-regf.conversation_cooldown').next_allowed_at).toBe('2026-11-06T05:00:00.000Z');
    });
  });

  describe('us-regf.contact_window (8:00 to 21:00, 21:00 itself outside)', () => {
    it('blocks 21:00 and allows 20:59', () => {
      expect(judge(usCall('2026-12-01T21:00:00-05:00')).next_allowed_at).toBe('2026-12-02T13:00:00.000Z');
      expect(judge(usCall('2026-12-01T20:59:00-05:00')).allowed).toBe(true);
    });

    it('with two plausible locations waits for 08:00 in the later one', () => {
      const decision = judge(
        usCall('2026-12-01T08:30:00-05:00', {
          party: { id: CONSUMER, role: 'borrower', timezones: ['America/New_York', 'America/Los_Angeles'] },
        }),
      );
      expect(decision.next_allowed_at).toBe('2026-12-01T16:00:00.000Z');
    });
  });

  describe('third parties, requests and messages', () => {
    const NEIGHBOUR = 'p-neighbour';
    const toNeighbour = () => {
      const request = usCall(NOW, {
        party: { id: NEIGHBOUR, role: 'other', timezones: ['America/New_York'] },
        contact_point: '+1 212 555 0199',
        discloses_debt: false,
      });
      request.parties = [
        { id: CONSUMER, role: 'borrower' },
        { id: NEIGHBOUR, role: 'other' },
      ];
      const failed = { party_id: CONSUMER, connected: false, contact_point: '+1 212 555 0142' };
      request.history = callsOn(request, ['2026-11-27', '2026-11-28', '2026-11-29'], failed);
      return request;
    };

    it('a third party is contacted once for location information, never told of the debt', () => {
      expect(judge(toNeighbour()).allowed).toBe(true);
      const again = toNeighbour();
      again.history?.push(pastCall(again, '2026-11-30T12:00:00-05:00', { conversation: true }));
      expect(outcome(judge(again), 'us-regf.third_party_once')).toMatchObject({
        verdict: 'block',
        next_allowed_at: null,
      });
      const telling = toNeighbour();
      telling.attempt.discloses_debt = true;
      expect(outcome(judge(telling), 'us-regf.third_party_disclosure').verdict).toBe('block');
    });

    it('a consumer represented by an attorney is not contacted; a cease request stops everything', () => {
      for (const type of ['represented', 'cease']) {
        const request = usCall(NOW);
        request.requests = [{ type, at: '2026-11-20T09:00:00-05:00', party_id: CONSUMER }];
        const decision = judge(request);
        expect(outcome(decision, `us-regf.${type}`).verdict).toBe('block');
        expect(decision.next_allowed_at).toBeNull();
      }
    });

    it('an email or text carries an opt-out', () => {
      const sms = (text?: string) => usCall(NOW, { channel: 'sms', ...(text === undefined ? {} : { text }) });
      expect(outcome(judge(sms('Please call us about your account.')), 'us-regf.opt_out').verdict).toBe('block');
      expect(outcome(judge(sms('Please call us. Reply STOP to opt out.')), 'us-regf.opt_out').verdict).toBe('pass');
      expect(outcome(judge(sms()), 'us-regf.opt_out').verdict).toBe('warn');
      expect(judge(sms()).allowed).toBe(true);
    });

    it('a bankruptcy stay stops collection', () => {
      const request = usCall(NOW);
      request.holds = [{ type: 'bankruptcy', from: '2026-11-15', until: null }];
      expect(outcome(judge(request), 'us-regf.hold.bankruptcy').reason.en).toMatch(/automatic stay/);
    });
  });
});
