import { describe, expect, it } from 'vitest';
import { type ContactPointFact, checkGate, checkMessage, type MessageToCheck } from './check-message.js';

const message: MessageToCheck = {
  channel: 'sms',
  windowFrom: '2026-11-29T09:30:00+08:00',
  windowTo: '2026-11-29T11:00:00+08:00',
  nextAttemptAt: null,
  retrying: false,
};
const inWindow = new Date('2026-11-29T02:00:00Z'); // 10:00 in Shanghai
const point = (over: Partial<ContactPointFact>): ContactPointFact => ({
  id: 1,
  type: 'mobile',
  value: '13800000001',
  verified: false,
  doNotContact: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('checkMessage', () => {
  it('sends inside the window, judged on the party’s local clock through the window’s offset', () => {
    expect(checkMessage(message, [point({})], inWindow)).toEqual({
      verdict: 'send',
      recipient: '13800000001',
      contactType: 'mobile',
    });
    expect(checkMessage(message, [point({})], new Date('2026-11-29T01:30:00Z')).verdict).toBe('send');
    expect(checkMessage(message, [point({})], new Date('2026-11-29T01:29:59Z'))).toEqual({
      verdict: 'wait',
      reason: 'before_window',
    });
    // 09:30 in New York is 14:30 UTC: the same window text with another offset is another instant.
    const ny = { ...message, windowFrom: '2026-11-29T09:30:00-05:00', windowTo: '2026-11-29T11:00:00-05:00' };
    expect(checkMessage(ny, [point({})], inWindow).verdict).toBe('wait');
    expect(checkMessage(ny, [point({})], new Date('2026-11-29T15:00:00Z')).verdict).toBe('send');
  });

  it('expires a message never tried once its window closed; a retry then has failed', () => {
    const closed = new Date('2026-11-29T03:00:00Z');
    expect(checkMessage(message, [point({})], closed)).toEqual({ verdict: 'expired' });
    expect(checkMessage({ ...message, retrying: true }, [point({})], closed)).toMatchObject({ verdict: 'failed' });
  });

  it('waits for a retry’s backoff', () => {
    const later = { ...message, retrying: true, nextAttemptAt: '2026-11-29T02:05:00.000Z' };
    expect(checkMessage(later, [point({})], inWindow)).toEqual({ verdict: 'wait', reason: 'backoff' });
    expect(checkMessage(later, [point({})], new Date('2026-11-29T02:05:00Z')).verdict).toBe('send');
  });

  it('never uses a point marked do-not-contact, and blocks when every point of the kind is', () => {
    const dnc = point({ id: 2, value: '13900000002', verified: true, doNotContact: true });
    expect(checkMessage(message, [dnc, point({})], inWindow)).toMatchObject({
      verdict: 'send',
      recipient: '13800000001',
    });
    expect(checkMessage(message, [dnc], inWindow)).toEqual({
      verdict: 'blocked',
      reason: 'do_not_contact: its only mobile is marked do-not-contact',
    });
    expect(checkMessage(message, [dnc, point({ doNotContact: true })], inWindow)).toMatchObject({
      verdict: 'blocked',
      reason: expect.stringContaining('all 2 of its mobile'),
    });
  });

  it('delivers to the contact point of the channel’s kind, verified first, then the newest', () => {
    const points = [
      point({ id: 1, value: 'old' }),
      point({ id: 2, value: 'new', updatedAt: '2026-06-01T00:00:00.000Z' }),
      point({ id: 3, type: 'email', value: 'a@example.com' }),
      point({ id: 4, type: 'address', value: '上海市徐汇区某路1号' }),
    ];
    expect(checkMessage(message, points, inWindow)).toMatchObject({ recipient: 'new' });
    expect(
      checkMessage(message, [...points, point({ id: 9, value: 'verified', verified: true })], inWindow),
    ).toMatchObject({
      recipient: 'verified',
    });
    expect(checkMessage({ ...message, channel: 'email' }, points, inWindow)).toMatchObject({
      recipient: 'a@example.com',
    });
    expect(checkMessage({ ...message, channel: 'post' }, points, inWindow)).toMatchObject({ contactType: 'address' });
    expect(checkMessage({ ...message, channel: 'wechat' }, points, inWindow)).toEqual({
      verdict: 'failed',
      reason: 'no_contact_point: the party has no wechat on file',
    });
  });
});

describe('checkGate: the contact gate as the last check of a message', () => {
  const rule = (id: string, verdict: 'pass' | 'block', next: string | null = null) => ({
    id,
    kind: 'contact_window' as const,
    verdict,
    citation: 'c',
    reason: { 'zh-CN': '原因', en: `${id} reason` },
    next_allowed_at: next,
  });
  const windowTo = '2026-11-29T11:00:00+08:00';

  it('sends what the gate allows, waits for a later instant inside the window, and blocks the rest', () => {
    expect(checkGate({ allowed: true, rules: [rule('cn.cease', 'pass')], next_allowed_at: null }, windowTo)).toBeNull();
    const later = '2026-11-29T02:30:00.000Z';
    expect(
      checkGate(
        { allowed: false, rules: [rule('cn.contact_window', 'block', later)], next_allowed_at: later },
        windowTo,
      ),
    ).toEqual({ verdict: 'wait', reason: 'compliance', until: later });
    // The window closes at 03:00 UTC: an instant at or after it is no wait.
    const closing = '2026-11-29T03:00:00.000Z';
    expect(
      checkGate(
        { allowed: false, rules: [rule('cn.daily_attempts', 'block', closing)], next_allowed_at: closing },
        windowTo,
      ),
    ).toEqual({
      verdict: 'blocked',
      reason: `compliance: cn.daily_attempts: cn.daily_attempts reason (next allowed ${closing}, after its window)`,
    });
    expect(
      checkGate(
        {
          allowed: false,
          rules: [rule('cn.cease', 'block'), rule('cn.hold.dispute', 'block'), rule('cn.language', 'pass')],
          next_allowed_at: null,
        },
        windowTo,
      ),
    ).toEqual({
      verdict: 'blocked',
      reason:
        'compliance: cn.cease: cn.cease reason | cn.hold.dispute: cn.hold.dispute reason (a person must act first)',
    });
  });
});
