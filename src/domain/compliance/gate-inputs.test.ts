/**
 * What the store side feeds the gate, decided once in the domain: the zones a party may be in, how each
 * activity outcome reads (reached the number, talked), the channel words, and overrides.
 */
import { describe, expect, it } from 'vitest';
import { OUTCOMES, RIGHT_PARTY_OUTCOMES } from '../activity/activity-codes.js';
import { CHANNELS } from '../strategy/strategy-codes.js';
import { GATE_CHANNEL_OF, gateChannelOf, OUTCOME_REACH, outcomeReach } from './activity-contact.js';
import { decideWithOverrides, overridesInForce } from './apply-overrides.js';
import type { CompliancePack } from './compliance-pack.js';
import type { ContactRequest } from './contact-request.js';
import { plausibleZones } from './plausible-zones.js';

describe('plausibleZones', () => {
  it('is the party’s zone, else the portfolio’s', () => {
    expect(plausibleZones({ partyZone: 'Europe/London', region: 'London', portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Europe/London',
    ]);
    expect(plausibleZones({ partyZone: null, region: null, portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Asia/Shanghai',
    ]);
    expect(plausibleZones({ partyZone: ' ', region: null, portfolioZone: 'America/New_York' })).toEqual([
      'America/New_York',
    ]);
  });

  it('gives both clocks of Xinjiang: Xinjiang time on file, or Beijing time for a party in Xinjiang', () => {
    expect(plausibleZones({ partyZone: 'Asia/Urumqi', region: null, portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Asia/Urumqi',
      'Asia/Shanghai',
    ]);
    expect(plausibleZones({ partyZone: 'Asia/Shanghai', region: '新疆', portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Asia/Shanghai',
      'Asia/Urumqi',
    ]);
    expect(plausibleZones({ partyZone: null, region: 'Xinjiang', portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Asia/Shanghai',
      'Asia/Urumqi',
    ]);
    // A party in Xinjiang known to live on another clock keeps only it.
    expect(plausibleZones({ partyZone: 'Europe/London', region: '新疆', portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Europe/London',
    ]);
    expect(plausibleZones({ partyZone: 'Asia/Shanghai', region: '上海', portfolioZone: 'Asia/Shanghai' })).toEqual([
      'Asia/Shanghai',
    ]);
  });
});

describe('activity outcomes and channels at the gate', () => {
  it('reads every outcome: right-party outcomes and third_party talked; busy, unreachable, wrong number did not connect', () => {
    for (const outcome of OUTCOMES) expect(outcome in OUTCOME_REACH).toBe(true);
    for (const outcome of RIGHT_PARTY_OUTCOMES)
      expect(outcomeReach(outcome)).toEqual({ connected: true, conversation: true });
    expect(outcomeReach('third_party')).toEqual({ connected: true, conversation: true });
    for (const outcome of ['busy', 'unreachable', 'wrong_number', 'failed', 'not_found']) {
      expect(outcomeReach(outcome)).toEqual({ connected: false, conversation: false });
    }
    for (const outcome of ['no_answer', 'voicemail', 'delivered']) {
      expect(outcomeReach(outcome)).toEqual({ connected: true, conversation: false });
    }
    expect(outcomeReach('note')).toBeNull();
    expect(outcomeReach('teleported')).toBeNull();
  });

  it('maps the strategy’s channels once: phone is a call, post a letter, a review no contact', () => {
    for (const channel of CHANNELS) expect(channel in GATE_CHANNEL_OF).toBe(true);
    expect(gateChannelOf('phone')).toBe('call');
    expect(gateChannelOf('post')).toBe('letter');
    expect(gateChannelOf('visit')).toBe('visit');
    expect(gateChannelOf('review')).toBeNull();
    expect(gateChannelOf('note')).toBeNull();
    expect(gateChannelOf('fax')).toBeNull();
  });
});

describe('overrides', () => {
  // The gate reads a pack's id and rules; the legal parts are not needed here.
  const pack = {
    pack: 'cn',
    version: 2,
    title: { 'zh-CN': '测试', en: 'test' },
    rules: [
      {
        id: 'cn.contact_window',
        kind: 'contact_window',
        citation: 'c',
        reason: { 'zh-CN': '时段', en: 'window' },
        params: { start: '08:00', end: '22:00', start_included: true, end_included: false, channels: ['call'] },
      },
      { id: 'cn.cease', kind: 'cease', citation: 'c', reason: { 'zh-CN': '停止', en: 'cease' }, params: {} },
    ],
  } as unknown as CompliancePack;
  const request = (now: string, cease = false): ContactRequest => ({
    pack: 'cn',
    now,
    attempt: {
      channel: 'call',
      party: { id: 'p', role: 'borrower', timezones: ['Asia/Shanghai'] },
      debts: ['d'],
      contact_point: null,
      discloses_debt: true,
      text: null,
      staff: ['u'],
      do_not_contact: false,
      validation_notice: false,
    },
    parties: [],
    history: [],
    requests: cease ? [{ type: 'cease', at: '2026-11-01T00:00:00.000Z', party_id: 'p', channel: null }] : [],
    holds: [],
    time_barred: false,
    first_contact_at: null,
    validation_notice_sent_at: null,
  });
  const window = {
    overrideId: 'ovr-1',
    ruleId: 'cn.contact_window',
    reason: 'asked to be called late',
    grantedBy: 'max',
    grantedAt: '2026-12-01T00:00:00.000Z',
    expiresAt: '2026-12-01T16:00:00.000Z',
  };

  it('turns its rule’s block into a pass naming it, while in force', () => {
    const late = decideWithOverrides(pack, request('2026-12-01T22:30:00+08:00'), [window]);
    expect(late.overrideId).toBe('ovr-1');
    expect(late.decision.allowed).toBe(true);
    expect(late.decision.rules[0]).toMatchObject({ verdict: 'pass', override_id: 'ovr-1', next_allowed_at: null });
    expect(late.decision.rules[0]?.reason.en).toContain('Set aside by max with override ovr-1');
    // Expired at 00:00 Shanghai (16:00 UTC): the rule blocks again.
    const after = decideWithOverrides(pack, request('2026-12-02T00:30:00+08:00'), [window]);
    expect(after).toMatchObject({ overrideId: null, decision: { allowed: false } });
    // Not granted yet.
    expect(overridesInForce([window], Date.parse('2026-11-30T23:00:00Z'))).toEqual([]);
  });

  it('leaves the other rules as they are, and is not used when its rule passes anyway', () => {
    const both = decideWithOverrides(pack, request('2026-12-01T22:30:00+08:00', true), [window]);
    expect(both.overrideId).toBe('ovr-1');
    expect(both.decision.allowed).toBe(false);
    expect(both.decision.next_allowed_at).toBeNull();
    expect(both.decision.rules.map((r) => r.verdict)).toEqual(['pass', 'block']);
    const day = decideWithOverrides(pack, request('2026-12-01T10:00:00+08:00'), [window]);
    expect(day.overrideId).toBeNull();
    expect(day.decision.rules[0]?.override_id).toBeUndefined();
  });
});
