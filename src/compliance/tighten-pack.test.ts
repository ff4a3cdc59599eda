/**
 * A portfolio's tightening of its pack: stricter parameters are taken, anything looser is refused naming
 * the rule and the parameter, and what comes out is still a valid pack.
 */
import { describe, expect, it } from 'vitest';
import { compliancePack } from './compliance-packs.js';
import { tightenedPack } from './portfolio-pack.js';

const tighten = (pack: string, params: unknown) => tightenedPack(pack, JSON.stringify(params));
const refusal = (pack: string, params: unknown): string => {
  try {
    tighten(pack, params);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};
const paramsOf = (pack: ReturnType<typeof tighten>, id: string) => pack.rules.find((r) => r.id === id)?.params;

describe('tightening a pack', () => {
  it('takes stricter parameters: a later start, an earlier end, a lower cap, a longer cooldown, more channels', () => {
    const cn = tighten('cn', {
      'cn.contact_window': {
        start: '09:00',
        end: '20:30',
        channels: ['call', 'sms', 'wechat', 'email', 'visit', 'letter'],
      },
      'cn.daily_attempts': { max: 4 },
      'cn.third_party_unreachable': { failed_attempts: 5 },
      'cn.visit_staff': { min_staff: 3 },
    });
    expect(paramsOf(cn, 'cn.contact_window')).toMatchObject({ start: '09:00', end: '20:30', start_included: true });
    expect(paramsOf(cn, 'cn.daily_attempts')).toEqual({ max: 4, channels: ['call'] });
    expect(paramsOf(cn, 'cn.visit_staff')).toEqual({ min_staff: 3 });
    const us = tighten('us-regf', {
      'us-regf.call_frequency': { max_calls: 5, days: 10, count_unconnected: true, consent_exempt_days: 0 },
      'us-regf.conversation_cooldown': { days: 8 },
      'us-regf.opt_out': { markers: ['STOP'] },
      'us-regf.validation_notice': { days: 3 },
    });
    expect(paramsOf(us, 'us-regf.call_frequency')).toMatchObject({ max_calls: 5, days: 10, count_unconnected: true });
    expect(paramsOf(us, 'us-regf.validation_notice')).toEqual({ days: 3 });
    // An empty tightening is the pack as shipped.
    expect(tightenedPack('cn', '')).toBe(compliancePack('cn'));
  });

  it('refuses a window made wider, at either end, however it is said', () => {
    expect(refusal('cn', { 'cn.contact_window': { start: '07:30' } })).toMatch(
      /cn\.contact_window\.start lets contact start at 07:30, before the pack's 08:00/,
    );
    expect(refusal('cn', { 'cn.contact_window': { end_included: true } })).toMatch(
      /cn\.contact_window\.end_included lets contact go on until 22:00, after the pack's 21:59/,
    );
    expect(refusal('us-regf', { 'us-regf.contact_window': { end: '21:30' } })).toMatch(/us-regf\.contact_window\.end/);
    // A later start made inclusive is still no earlier than the pack's.
    expect(refusal('cn', { 'cn.contact_window': { start: '08:01', start_included: true } })).toBe('accepted');
  });

  it('refuses a higher cap, a shorter period, fewer attempts or staff, a switch turned off, a channel dropped', () => {
    expect(refusal('cn', { 'cn.daily_attempts': { max: 7 } })).toMatch(
      /cn\.daily_attempts\.max 7 is higher than the pack's 6/,
    );
    expect(refusal('cn', { 'cn.daily_conversations': { count_inbound: false } })).toMatch(
      /cn\.daily_conversations\.count_inbound is on in the pack and cannot be turned off/,
    );
    expect(refusal('us-regf', { 'us-regf.conversation_cooldown': { days: 6 } })).toMatch(
      /days 6 is lower than the pack's 7/,
    );
    expect(refusal('us-regf', { 'us-regf.call_frequency': { consent_exempt_days: 8 } })).toMatch(/consent_exempt_days/);
    expect(refusal('cn', { 'cn.third_party_unreachable': { failed_attempts: 2 } })).toMatch(
      /failed_attempts 2 is lower/,
    );
    expect(refusal('cn', { 'cn.visit_staff': { min_staff: 1 } })).toMatch(/min_staff 1 is lower/);
    expect(refusal('cn', { 'cn.contact_window': { channels: ['call', 'sms'] } })).toMatch(
      /cn\.contact_window\.channels leaves out wechat, email, visit, which the pack covers/,
    );
    expect(refusal('us-regf', { 'us-regf.opt_out': { markers: ['STOP', 'reply N'] } })).toMatch(/adds reply N/);
    expect(refusal('uk-conc', { 'uk-conc.time_barred': { stop_when_claimed: false } })).toMatch(/cannot be turned off/);
    expect(refusal('cn', { 'cn.hold.dispute': { hold: 'hardship' } })).toMatch(/cn\.hold\.dispute\.hold cannot change/);
    expect(refusal('us-regf', { 'us-regf.validation_notice': { days: 6 } })).toMatch(
      /days 6 is higher than the pack's 5/,
    );
  });

  it('refuses unknown rules and parameters, wrong types and values the pack schema refuses', () => {
    expect(refusal('cn', { 'cn.call_frequency': { max_calls: 3 } })).toMatch(
      /the cn pack has no rule "cn\.call_frequency"/,
    );
    expect(refusal('cn', { 'cn.daily_attempts': { per: 'week' } })).toMatch(
      /per is not a parameter of this rule \(max, channels\)/,
    );
    expect(refusal('cn', { 'cn.cease': { days: 1 } })).toMatch(/it has none/);
    expect(refusal('cn', { 'cn.daily_attempts': { max: '4' } })).toMatch(/is a number in the pack, not string/);
    expect(refusal('cn', { 'cn.daily_attempts': { max: 0 } })).toMatch(/cn\.daily_attempts\.max: /);
    expect(refusal('cn', { 'cn.contact_window': { start: '9am' } })).toMatch(
      /cn\.contact_window\.start: a local time is HH:MM/,
    );
    expect(refusal('cn', [1, 2])).toMatch(/a JSON object keyed by rule id/);
    expect(() => tightenedPack('cn', '{not json')).toThrow(/compliance params are not JSON/);
    expect(() => tightenedPack('eu', '')).toThrow(/compliance pack "eu" is not one of cn, us-regf, uk-conc/);
  });
});
