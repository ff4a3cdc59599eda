/**
 * The rules added in pack version 2, at the gate, on realistic requests: a contact point marked
 * do-not-contact, Regulation F's validation notice (days counted on the consumer's wall clock, in every
 * plausible zone), a time-barred debt under each pack, and the language guard reading a message's text in
 * the modes the attempt calls for.
 */
import { describe, expect, it } from 'vitest';
import { cnCall, DEBTOR, judge, outcome, type RequestJson, usCall } from '../../test/support/contact-requests.js';

const US_NOW = '2026-12-01T10:00:00-05:00';

describe('do_not_contact', () => {
  it('blocks a contact point marked do-not-contact in every pack, until a person clears the mark', () => {
    for (const request of [
      cnCall('2026-12-01T10:00:00+08:00', { do_not_contact: true }),
      usCall(US_NOW, { do_not_contact: true }),
      { ...cnCall('2026-12-01T10:00:00Z', { do_not_contact: true }), pack: 'uk-conc' },
    ]) {
      const decision = judge(request);
      const id = `${request.pack}.do_not_contact`;
      expect(outcome(decision, id)).toMatchObject({ verdict: 'block', next_allowed_at: null });
      expect(decision.next_allowed_at).toBeNull();
      expect(outcome(judge({ ...request, attempt: { ...request.attempt, do_not_contact: false } }), id).verdict).toBe(
        'pass',
      );
    }
  });
});

describe('us-regf.validation_notice (1006.34: in the initial communication or within 5 days after it)', () => {
  const withFirst = (now: string, first: string | null, over: Partial<RequestJson> = {}, attempt = {}) => ({
    ...usCall(now, attempt),
    first_contact_at: first,
    ...over,
  });

  it('counts five local calendar days after the day of the initial communication, in New York', () => {
    // First call Monday 23 November at 20:30 New York (01:30 UTC on the 24th): days 1–5 end Saturday the 28th.
    const first = '2026-11-23T20:30:00-05:00';
    const lastDay = judge(withFirst('2026-11-28T20:59:00-05:00', first));
    expect(outcome(lastDay, 'us-regf.validation_notice').verdict).toBe('warn');
    expect(outcome(lastDay, 'us-regf.validation_notice').reason.en).toContain('due before 2026-11-29T05:00:00.000Z');
    const dayAfter = judge(withFirst('2026-11-29T08:00:00-05:00', first));
    expect(outcome(dayAfter, 'us-regf.validation_notice')).toMatchObject({ verdict: 'block', next_allowed_at: null });
    expect(dayAfter.allowed).toBe(false);
  });

  it('takes the earliest deadline when the consumer may be in two zones', () => {
    const first = '2026-11-23T20:30:00-05:00';
    const zones = {
      party: { id: 'p-jane-doe', role: 'borrower', timezones: ['America/New_York', 'America/Los_Angeles'] },
    };
    // 02:00 on the 29th in New York is still the 28th in Los Angeles, but New York's deadline has passed.
    const decision = judge(withFirst('2026-11-29T02:00:00-05:00', first, {}, zones));
    expect(outcome(decision, 'us-regf.validation_notice').verdict).toBe('block');
    // On Los Angeles' clock alone the fifth day is not over until 03:00 New York time.
    const westOnly = { party: { id: 'p-jane-doe', role: 'borrower', timezones: ['America/Los_Angeles'] } };
    expect(
      outcome(judge(withFirst('2026-11-29T02:00:00-05:00', first, {}, westOnly)), 'us-regf.validation_notice').verdict,
    ).toBe('warn');
  });

  it('lets the notice itself through, and everything once it was sent; passes a first contact and third parties', () => {
    const first = '2026-11-01T10:00:00-05:00';
    expect(
      outcome(judge(withFirst(US_NOW, first, {}, { validation_notice: true })), 'us-regf.validation_notice').verdict,
    ).toBe('pass');
    const sent = judge(withFirst(US_NOW, first, { validation_notice_sent_at: '2026-11-03T12:00:00Z' }));
    expect(outcome(sent, 'us-regf.validation_notice').verdict).toBe('pass');
    // A notice sent after the instant judged does not count yet.
    const later = judge(withFirst(US_NOW, first, { validation_notice_sent_at: '2026-12-02T12:00:00Z' }));
    expect(outcome(later, 'us-regf.validation_notice').verdict).toBe('block');
    const initial = judge(withFirst(US_NOW, null));
    expect(outcome(initial, 'us-regf.validation_notice').verdict).toBe('pass');
    expect(outcome(initial, 'us-regf.validation_notice').reason.en).toContain('this is the initial communication');
    const relative = judge({
      ...withFirst(
        US_NOW,
        first,
        {},
        { party: { id: 'p-bob', role: 'relative', timezones: ['America/New_York'] }, discloses_debt: false },
      ),
      parties: [{ id: 'p-jane-doe', role: 'borrower' }],
    });
    expect(outcome(relative, 'us-regf.validation_notice').verdict).toBe('pass');
  });

  it('is a rule of us-regf only', () => {
    expect(judge(cnCall('2026-12-01T10:00:00+08:00')).rules.map((r) => r.kind)).not.toContain('validation_notice');
  });
});

describe('time_barred', () => {
  const suit = 'Please pay the balance this week, or we will take you to court. Reply STOP to opt out.';

  it('blocks a message threatening suit on a time-barred debt (us-regf 1006.26(b)), but not on a debt in time', () => {
    const barred = judge({ ...usCall(US_NOW, { channel: 'sms', text: suit }), time_barred: true });
    expect(outcome(barred, 'us-regf.time_barred')).toMatchObject({ verdict: 'block', next_allowed_at: null });
    expect(outcome(barred, 'us-regf.time_barred').reason.en).toContain('"take you to court"');
    const inTime = judge(usCall(US_NOW, { channel: 'sms', text: suit }));
    expect(outcome(inTime, 'us-regf.time_barred').verdict).toBe('pass');
    expect(outcome(inTime, 'us-regf.language').verdict).toBe('pass');
  });

  it('warns a call on a time-barred debt and lets a lawful message through', () => {
    expect(outcome(judge({ ...usCall(US_NOW), time_barred: true }), 'us-regf.time_barred').verdict).toBe('warn');
    const polite = judge({
      ...cnCall('2026-12-01T10:00:00+08:00', {
        channel: 'sms',
        text: '张伟您好，您的借款尚有欠款，如有困难可致电 400-000-0000 商量还款安排。',
      }),
      time_barred: true,
    });
    expect(outcome(polite, 'cn.time_barred').verdict).toBe('pass');
    expect(polite.allowed).toBe(true);
  });

  it('uk-conc stops demands once the customer says the debt is statute-barred; cn and us-regf do not on that alone', () => {
    const claim = { type: 'statute_barred_claimed', at: '2026-11-20T10:00:00Z', party_id: DEBTOR };
    const uk = { ...cnCall('2026-12-01T10:00:00Z'), pack: 'uk-conc', requests: [claim] };
    uk.attempt = { ...uk.attempt, party: { id: DEBTOR, role: 'borrower', timezones: ['Europe/London'] } };
    expect(outcome(judge(uk), 'uk-conc.time_barred')).toMatchObject({ verdict: 'block', next_allowed_at: null });
    // Before the claim was made, the same contact was not stopped by it.
    expect(outcome(judge({ ...uk, now: '2026-11-19T10:00:00Z' }), 'uk-conc.time_barred').verdict).toBe('pass');
    const cn = { ...cnCall('2026-12-01T10:00:00+08:00'), requests: [claim] };
    expect(outcome(judge(cn), 'cn.time_barred').verdict).toBe('pass');
  });
});

describe('language', () => {
  it('blocks a message whose words the guard refuses, quoting them in both languages; a call passes', () => {
    const threat = judge(
      cnCall('2026-12-01T10:00:00+08:00', { channel: 'sms', text: '再不还钱，我们就去你单位闹，让你全家不得安宁。' }),
    );
    const rule = outcome(threat, 'cn.language');
    expect(rule).toMatchObject({ verdict: 'block', next_allowed_at: null });
    expect(rule.reason['zh-CN']).toMatch(/全家不得安宁|去你单位闹/);
    expect(rule.reason.en).toMatch(/unlawful wording/);
    expect(outcome(judge(cnCall('2026-12-01T10:00:00+08:00')), 'cn.language').verdict).toBe('pass');
  });

  it('reads a message to a third party in third-party mode: mentioning the debt discloses it', () => {
    const text = '您好，请转告张伟尽快处理他在我司的欠款。';
    const toRelative = {
      ...cnCall('2026-12-01T10:00:00+08:00', {
        channel: 'sms',
        text,
        discloses_debt: false,
        party: { id: 'p-zhang-min', role: 'relative', timezones: ['Asia/Shanghai'] },
      }),
      parties: [{ id: DEBTOR, role: 'borrower' }],
    };
    expect(outcome(judge(toRelative), 'cn.language').verdict).toBe('block');
    expect(outcome(judge(cnCall('2026-12-01T10:00:00+08:00', { channel: 'sms', text })), 'cn.language').verdict).toBe(
      'pass',
    );
  });
});

describe('the request of compliance check with the new fields', () => {
  it('accepts them optional, with defaults, and names a wrong one by its path', () => {
    const plain = judge(cnCall('2026-12-01T10:00:00+08:00'));
    expect(plain.allowed).toBe(true);
    expect(() => judge({ ...usCall(US_NOW), first_contact_at: '2026-11-20 10:00' })).toThrow(/first_contact_at/);
    expect(() => judge({ ...usCall(US_NOW), time_barred: 'yes' as unknown as boolean })).toThrow(/time_barred/);
  });
});
