/** The `uk-conc` pack at the gate: a customer in London. CONC sets no numeric cap on contact. */
import { describe, expect, it } from 'vitest';
import { cnCall, judge, outcome, pastCall, type RequestJson } from '../../test/support/contact-requests.js';

const CUSTOMER = 'p-sam-jones';
function ukCall(now: string, attempt: Record<string, unknown> = {}): RequestJson {
  const base = cnCall(now, {
    party: { id: CUSTOMER, role: 'borrower', timezones: ['Europe/London'] },
    debts: ['CC-UK-9001'],
    contact_point: '+44 20 7946 0000',
    ...attempt,
  });
  return { ...base, pack: 'uk-conc', parties: [{ id: CUSTOMER, role: 'borrower' }] };
}

describe('the uk-conc pack at the gate', () => {
  it('has no daily cap: a tenth call today is allowed (judged by a person, not a count)', () => {
    const request = ukCall('2026-12-01T18:00:00Z');
    request.history = Array.from({ length: 9 }, (_, i) => pastCall(request, `2026-12-01T0${i}:30:00Z`));
    expect(judge(request).allowed).toBe(true);
  });

  it('does not call at unreasonable times: 21:00 in London is outside, 08:00 in summer time is 07:00 UTC', () => {
    expect(judge(ukCall('2026-12-01T21:00:00Z')).next_allowed_at).toBe('2026-12-02T08:00:00.000Z');
    expect(judge(ukCall('2026-07-01T06:30:00Z')).next_allowed_at).toBe('2026-07-01T07:00:00.000Z');
  });

  it('a breathing space stops outreach to its last day; hardship calls for forbearance', () => {
    const request = ukCall('2026-12-01T10:00:00Z');
    request.holds = [{ type: 'breathing_space', from: '2026-11-01', until: '2026-12-30' }];
    const decision = judge(request);
    expect(outcome(decision, 'uk-conc.hold.breathing_space').citation).toContain('SI 2020/1311');
    expect(decision.next_allowed_at).toBe('2026-12-31T08:00:00.000Z');
    request.holds = [{ type: 'hardship', from: '2026-11-01', until: null }];
    expect(outcome(judge(request), 'uk-conc.hold.hardship').reason['zh-CN']).toContain('宽容');
  });

  it('respects a stated preference to stop a channel', () => {
    const request = ukCall('2026-12-01T10:00:00Z', { channel: 'email' });
    request.requests = [{ type: 'stop_channel', at: '2026-11-01T10:00:00Z', party_id: CUSTOMER, channel: 'email' }];
    expect(outcome(judge(request), 'uk-conc.stop_channel')).toMatchObject({ verdict: 'block', next_allowed_at: null });
  });
});
