/**
 * The `cn` pack at the gate, on realistic requests: a borrower in Shanghai called on her mobile. Each rule
 * is shown to block exactly when it should, with the instant it would next allow the attempt.
 */
import { describe, expect, it } from 'vitest';
import { cnCall, DEBT, DEBTOR, judge, MOBILE, outcome, pastCall } from '../../test/support/contact-requests.js';
import { compliancePack } from './compliance-packs.js';

const NOW = '2026-12-01T10:00:00+08:00';

describe('the cn pack at the gate', () => {
  it('allows a call at 10:00 in Shanghai, listing every rule of the pack with its citation and both languages', () => {
    const decision = judge(cnCall(NOW));
    expect(decision.allowed).toBe(true);
    expect(decision.next_allowed_at).toBe('2026-12-01T02:00:00.000Z');
    expect(decision.rules.map((r) => r.id)).toEqual(compliancePack('cn').rules.map((r) => r.id));
    for (const r of decision.rules) {
      expect(r.verdict, r.id).toBe('pass');
      expect(r.citation.length, r.id).toBeGreaterThan(3);
      expect(r.reason['zh-CN'], r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.reason.en, r.id).toMatch(/[a-z]/);
    }
  });

  describe('cn.contact_window (08:00 included, 22:00 excluded, local time)', () => {
    it('blocks 22:00 itself until 08:00 the next morning, and allows 21:59:59 and 08:00', () => {
      const late = judge(cnCall('2026-12-01T22:00:00+08:00'));
      expect(late.allowed).toBe(false);
      expect(outcome(late, 'cn.contact_window')).toMatchObject({
        verdict: 'block',
        next_allowed_at: '2026-12-02T00:00:00.000Z',
      });
      expect(outcome(late, 'cn.contact_window').reason['zh-CN']).toContain('22:00');
      expect(outcome(late, 'cn.contact_window').reason.en).toContain('outside the allowed minutes 08:00–21:59');
      expect(late.next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
      expect(judge(cnCall('2026-12-01T21:59:59+08:00')).allowed).toBe(true);
      expect(judge(cnCall('2026-12-02T08:00:00+08:00')).allowed).toBe(true);
      expect(judge(cnCall('2026-12-02T07:59:59+08:00')).next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
    });

    it('reads the hour where the party is, not in UTC or the server', () => {
      // 23:30 UTC is 07:30 in Shanghai: too early there, though mid-evening in London.
      expect(judge(cnCall('2026-12-01T23:30:00Z')).allowed).toBe(false);
      expect(judge(cnCall('2026-12-01T23:30:00Z', { channel: 'letter' })).allowed).toBe(true);
    });

    it('needs a convenient hour in every zone the party may be in', () => {
      const twoZones = cnCall('2026-12-01T08:30:00+08:00', {
        party: { id: DEBTOR, role: 'borrower', timezones: ['Asia/Shanghai', 'Asia/Urumqi'] },
      });
      const decision = judge(twoZones);
      expect(outcome(decision, 'cn.contact_window').verdict).toBe('block');
      // 08:00 in Urumqi (UTC+6) is 10:00 in Shanghai.
      expect(decision.next_allowed_at).toBe('2026-12-01T02:00:00.000Z');
      // Fourteen-hour windows in zones eight hours apart never all overlap.
      const zones = ['Asia/Shanghai', 'Europe/London', 'America/Los_Angeles'];
      const apart = judge(cnCall(NOW, { party: { id: DEBTOR, role: 'borrower', timezones: zones } }));
      expect(apart.allowed).toBe(false);
      expect(outcome(apart, 'cn.contact_window').reason.en).toMatch(/share no allowed time/);
      expect(apart.next_allowed_at).toBeNull();
    });
  });

  describe('cn.daily_attempts (6 unanswered calls a day to one number)', () => {
    const unanswered = (times: string[]) => {
      const request = cnCall('2026-12-01T15:00:00+08:00');
      request.history = times.map((at, i) => pastCall(request, at, { connected: i % 2 === 0 }));
      return request;
    };
    const today = ['00:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => `2026-12-01T${t}:00+08:00`);

    it('blocks the seventh until the next local morning, the window opening after midnight', () => {
      const decision = judge(unanswered(today));
      expect(outcome(decision, 'cn.daily_attempts')).toMatchObject({
        verdict: 'block',
        next_allowed_at: '2026-12-01T16:00:00.000Z',
      });
      expect(outcome(decision, 'cn.daily_attempts').reason['zh-CN']).toContain('6 次');
      expect(decision.next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
    });

    it('counts local calendar days: 00:10 in Shanghai is today though it is yesterday in UTC; 23:30 yesterday is not', () => {
      const five = [...today.slice(0, 5), '2026-11-30T23:30:00+08:00'];
      const decision = judge(unanswered(five));
      expect(decision.allowed).toBe(true);
      expect(outcome(decision, 'cn.daily_attempts').verdict).toBe('warn');
    });

    it('counts only unanswered attempts to the same number', () => {
      const request = unanswered(today);
      request.history = (request.history ?? []).map((h, i) =>
        i === 0
          ? { ...h, contact_point: '+86 139 0000 0000' }
          : i === 1
            ? { ...h, connected: true, conversation: true }
            : h,
      );
      expect(outcome(judge(request), 'cn.daily_attempts').verdict).toBe('pass');
    });
  });

  describe('cn.daily_conversations (3 a day with one debtor)', () => {
    it('blocks a fourth conversation, counting one the debtor started', () => {
      const request = cnCall('2026-12-01T16:00:00+08:00');
      request.history = [
        pastCall(request, '2026-12-01T09:00:00+08:00', { conversation: true }),
        pastCall(request, '2026-12-01T11:00:00+08:00', { conversation: true, direction: 'inbound' }),
        pastCall(request, '2026-12-01T14:00:00+08:00', { conversation: true, contact_point: '+86 10 6500 0000' }),
      ];
      const decision = judge(request);
      expect(outcome(decision, 'cn.daily_conversations').verdict).toBe('block');
      expect(decision.next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
      request.history = request.history.slice(0, 2);
      expect(outcome(judge(request), 'cn.daily_conversations').verdict).toBe('warn');
    });
  });

  describe('third parties', () => {
    const RELATIVE = 'p-zhang-min';
    const toRelative = (failures: number, over: Record<string, unknown> = {}) => {
      const request = cnCall(NOW, {
        party: { id: RELATIVE, role: 'relative', timezones: ['Asia/Shanghai'] },
        contact_point: '+86 137 0000 1111',
        discloses_debt: false,
        ...over,
      });
      request.parties = [
        { id: DEBTOR, role: 'borrower' },
        { id: RELATIVE, role: 'relative' },
      ];
      request.history = Array.from({ length: failures }, (_, i) => ({
        at: `2026-11-30T1${i}:00:00+08:00`,
        channel: 'call',
        party_id: DEBTOR,
        debts: [DEBT],
        contact_point: MOBILE,
        direction: 'outbound' as const,
        connected: false,
        conversation: false,
      }));
      return request;
    };

    it('may be contacted, without disclosure, once three attempts in a row to the debtor failed', () => {
      expect(judge(toRelative(3)).allowed).toBe(true);
      const early = judge(toRelative(2));
      expect(outcome(early, 'cn.third_party_unreachable')).toMatchObject({ verdict: 'block', next_allowed_at: null });
      expect(early.next_allowed_at).toBeNull();
    });

    it('are never told of the debt, and not contacted again after refusing', () => {
      expect(outcome(judge(toRelative(3, { discloses_debt: true })), 'cn.third_party_disclosure').verdict).toBe(
        'block',
      );
      const refused = toRelative(3);
      refused.requests = [{ type: 'third_party_refused', at: '2026-11-30T20:00:00+08:00', party_id: RELATIVE }];
      expect(outcome(judge(refused), 'cn.third_party_refused')).toMatchObject({ verdict: 'block' });
    });

    it('a conversation with the debtor after the failures means the debtor is reachable', () => {
      const request = toRelative(3);
      request.history?.push(pastCall(cnCall(NOW), '2026-11-30T19:00:00+08:00', { conversation: true }));
      expect(outcome(judge(request), 'cn.third_party_unreachable').verdict).toBe('block');
    });
  });

  describe('requests and holds', () => {
    it('a cease request blocks every channel until a person acts', () => {
      const request = cnCall(NOW, { channel: 'sms' });
      request.requests = [{ type: 'cease', at: '2026-11-28T09:00:00+08:00', party_id: DEBTOR }];
      const decision = judge(request);
      expect(outcome(decision, 'cn.cease').verdict).toBe('block');
      expect(decision.next_allowed_at).toBeNull();
    });

    it('a stop request blocks only its channel; representation blocks all', () => {
      const request = cnCall(NOW, { channel: 'wechat' });
      request.requests = [
        { type: 'stop_channel', at: '2026-11-28T09:00:00+08:00', party_id: DEBTOR, channel: 'wechat' },
      ];
      expect(outcome(judge(request), 'cn.stop_channel').verdict).toBe('block');
      expect(judge({ ...request, attempt: { ...request.attempt, channel: 'call' } }).allowed).toBe(true);
      request.requests = [{ type: 'represented', at: '2026-11-28T09:00:00+08:00', party_id: DEBTOR }];
      expect(outcome(judge(request), 'cn.represented').verdict).toBe('block');
    });

    it('a hold with an end allows again the morning after its last day; an open one waits for a person', () => {
      const request = cnCall(NOW);
      request.holds = [{ type: 'hardship', from: '2026-11-20', until: '2026-12-10' }];
      const decision = judge(request);
      expect(outcome(decision, 'cn.hold.hardship')).toMatchObject({
        verdict: 'block',
        next_allowed_at: '2026-12-10T16:00:00.000Z',
      });
      expect(decision.next_allowed_at).toBe('2026-12-11T00:00:00.000Z');
      request.holds = [{ type: 'deceased', from: '2026-11-20', until: null }];
      expect(judge(request).next_allowed_at).toBeNull();
      request.holds = [{ type: 'dispute', from: '2026-12-02', until: null }];
      expect(judge(request).allowed).toBe(true);
      request.holds = [{ type: 'complaint', from: '2026-11-01', until: '2026-11-30' }];
      expect(judge(request).allowed).toBe(true);
    });
  });

  it('cn.visit_staff: a visit is made in pairs', () => {
    expect(outcome(judge(cnCall(NOW, { channel: 'visit' })), 'cn.visit_staff').verdict).toBe('block');
    expect(judge(cnCall(NOW, { channel: 'visit', staff: ['u-li-na', 'u-zhou-jie'] })).allowed).toBe(true);
  });
});
