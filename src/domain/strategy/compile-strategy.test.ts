import { describe, expect, it } from 'vitest';
import { factsFor } from './account-facts-fixture.js';
import { compileStrategy } from './compile-strategy.js';
import type { DecisionDay } from './decision.js';
import type { ActionStep, StrategyDocument, TierSpec } from './strategy-document.js';

const tier = (channels: TierSpec['channels'], tone: TierSpec['tone']): TierSpec => ({
  label_zh: '级',
  label_en: 'tier',
  tone,
  channels,
  pressure: 'lawful',
  worked_by: ['collector'],
});

function doc(overrides: Partial<StrategyDocument> = {}): StrategyDocument {
  return {
    name: 'test',
    description: '',
    currency: 'CNY',
    windows: { morning: { from: '09:00', to: '12:00', purpose: 'negotiation' }, late: { from: '19:00', to: '20:30' } },
    grading: {
      rules: [
        { grade: 'poor', when: { promises_broken: { gte: 2 } } },
        { grade: 'good', when: { pay_ratio_90: { gte: 0.8 } } },
        // Never reached for a poor payer: the first match wins.
        { grade: 'medium', when: { promises_broken: { gte: 0 } } },
      ],
      default: 'medium',
    },
    tiering: {
      rules: [
        { tier: 'senior', when: { grade: 'poor', dpd: { gte: 31 } } },
        { tier: 'intermediate', when: { dpd: { gte: 31 } } },
      ],
      default: 'primary',
    },
    tiers: {
      primary: tier(['sms', 'phone'], 'friendly'),
      intermediate: tier(['sms', 'phone', 'post'], 'firm'),
      senior: tier(['sms', 'phone', 'post', 'visit', 'review'], 'formal'),
    },
    contact_order: { obligors_after_days_without_rpc: 7, third_parties_after_days_without_rpc: 14 },
    tie_breaks: ['key_first', 'easy_first'],
    segments: [
      { id: 'mid', name_zh: '中', name_en: 'mid', when: { dpd: { between: [31, 90] } }, treatment: MID },
      { id: 'early', name_zh: '早', name_en: 'early', when: { dpd: { between: [1, 30] } }, treatment: EARLY },
    ],
    ...overrides,
  };
}

const MID: ActionStep[] = [
  { action: 'call', on: { dpd_from: 31, every: 7 }, window: 'morning', template: 'm2_negotiation' },
  { action: 'sms', on: { paydays: true }, window: { from: '10:00', to: '11:00' } },
  { action: 'guarantor_call', on: { dpd_from: 31 }, window: 'morning' },
  { action: 'third_party_locate', on: { dpd_from: 31 }, window: 'late' },
  { action: 'visit', on: { dpd_from: 31 }, window: 'morning' },
  { action: 'letter', on: { dpd: [38] }, window: 'morning', tone: 'formal', tier: 'intermediate', minutes: 3 },
];
const EARLY: ActionStep[] = [{ action: 'sms', on: { dpd: [1, 3] }, window: 'morning', template: 'm1_reminder' }];

const DAY: DecisionDay = { asOf: '2026-11-10', paydays: [10, 25] };

describe('compileStrategy', () => {
  it('says who works each tier, for the queue', () => {
    const d = doc();
    const compiled = compileStrategy({
      ...d,
      tiers: { ...d.tiers, senior: { ...d.tiers.senior, worked_by: ['team_lead', 'legal'] } },
    });
    expect(compiled.workedBy).toEqual({
      primary: ['collector'],
      intermediate: ['collector'],
      senior: ['team_lead', 'legal'],
    });
  });

  it('grades and tiers by the first matching rule', () => {
    const s = compileStrategy(doc());
    expect(s.grade(factsFor({ promises_broken: 3, pay_ratio_90: 0.9 }))).toBe('poor');
    expect(s.grade(factsFor({ promises_broken: 0, pay_ratio_90: 0.9 }))).toBe('good');
    expect(s.grade(factsFor({ promises_broken: 0, pay_ratio_90: 0.1 }))).toBe('medium');
    expect(s.tier({ ...factsFor({ dpd: 40 }), grade: 'poor' })).toBe('senior');
    expect(s.tier({ ...factsFor({ dpd: 40 }), grade: 'good' })).toBe('intermediate');
    expect(s.tier({ ...factsFor({ dpd: 4 }), grade: 'poor' })).toBe('primary');
  });

  it('puts an account in the first segment that matches, and none when nothing does', () => {
    const overlapping = doc({
      segments: [
        { id: 'first', name_zh: '一', name_en: 'one', when: { dpd: { gte: 1 } }, treatment: EARLY },
        { id: 'second', name_zh: '二', name_en: 'two', when: { dpd: 38 }, treatment: MID },
      ],
    });
    expect(compileStrategy(overlapping).decide(factsFor(), DAY).segment).toBe('first');
    const none = compileStrategy(doc()).decide(factsFor({ dpd: 0, bucket: 'M0' }), DAY);
    expect(none).toEqual({ grade: 'medium', tier: 'primary', segment: null, variant: null, actions: [] });
  });

  it('plans the actions due today with tier, tone, window, minutes and a reason a collector can use', () => {
    const s = compileStrategy(doc());
    const d = s.decide(factsFor(), DAY); // M2 day 38 on the 10th (a payday), 9 days without RPC, a guarantor
    expect(d).toMatchObject({ grade: 'medium', tier: 'intermediate', segment: 'mid', variant: null });
    expect(d.actions.map((a) => a.action)).toEqual(['call', 'sms', 'guarantor_call', 'letter']);
    const [call, sms, guarantor, letter] = d.actions;
    expect(call).toEqual({
      action: 'call',
      channel: 'phone',
      manual: true,
      target: 'borrower',
      window: { from: '09:00', to: '12:00' },
      tone: 'firm',
      template: 'm2_negotiation',
      tier: 'intermediate',
      minutes: 6,
      reason: 'M2 day 38 · every 7 days from day 31 · call · morning 09:00–12:00 (negotiation)',
    });
    expect(sms?.reason).toBe('M2 day 38 · payday (10th) · SMS · 10:00–11:00');
    expect(sms?.manual).toBe(false);
    expect(guarantor?.reason).toMatch(/no right-party contact for 9 days/);
    expect(guarantor?.target).toBe('obligor');
    expect(letter).toMatchObject({ tone: 'formal', tier: 'intermediate', minutes: 3, channel: 'post' });
  });

  it('drops an action whose channel the tier does not allow (a visit at intermediate)', () => {
    const s = compileStrategy(doc());
    expect(s.decide(factsFor(), DAY).actions.some((a) => a.action === 'visit')).toBe(false);
    const poor = s.decide(factsFor({ promises_broken: 2 }), DAY);
    expect(poor.tier).toBe('senior');
    expect(poor.actions.find((a) => a.action === 'visit')).toMatchObject({ tone: 'formal', minutes: 120 });
  });

  it('calls obligors only after the set days without a right-party contact, and only when there is one', () => {
    const s = compileStrategy(doc());
    const has = (facts: Parameters<typeof s.decide>[0]) =>
      s.decide(facts, DAY).actions.some((a) => a.action === 'guarantor_call');
    expect(has(factsFor({ days_without_rpc: 6 }))).toBe(false);
    expect(has(factsFor({ days_without_rpc: 7 }))).toBe(true);
    expect(has(factsFor({ days_without_rpc: 30, has_guarantor: false, has_co_borrower: false }))).toBe(false);
    expect(has(factsFor({ days_without_rpc: 30, has_guarantor: false, has_co_borrower: true }))).toBe(true);
  });

  it('contacts third parties only after their own delay, to locate the borrower without telling the debt', () => {
    const s = compileStrategy(doc());
    const locate = (days: number) =>
      s.decide(factsFor({ days_without_rpc: days }), DAY).actions.find((a) => a.action === 'third_party_locate');
    expect(locate(13)).toBeUndefined();
    const found = locate(14);
    expect(found?.target).toBe('third_party');
    expect(found?.reason).toMatch(/no right-party contact for 14 days/);
    expect(found?.reason).toMatch(/never mention the debt/);
  });

  it('uses the strategy paydays over the portfolio paydays', () => {
    const s = compileStrategy(doc({ paydays: [11] }));
    expect(s.paydays).toEqual([11]);
    // The 8th is the portfolio's payday but not the strategy's.
    expect(s.decide(factsFor(), { asOf: '2026-11-08', paydays: [8] }).actions.some((a) => a.action === 'sms')).toBe(
      false,
    );
    const eleventh = s.decide(factsFor(), { asOf: '2026-11-11', paydays: [10] });
    expect(eleventh.actions.find((a) => a.action === 'sms')?.reason).toMatch(/payday \(11th\)/);
  });

  it('splits a segment by variant, stably, and plans the variant treatment', () => {
    const split = doc({
      segments: [
        {
          id: 'mid',
          name_zh: '中',
          name_en: 'mid',
          variants: [
            { id: 'champion', weight: 1, treatment: [{ action: 'sms', on: { dpd_from: 1 }, window: 'morning' }] },
            { id: 'challenger', weight: 1, treatment: [{ action: 'call', on: { dpd_from: 1 }, window: 'morning' }] },
          ],
        },
      ],
    });
    const s = compileStrategy(split);
    expect(s.segments).toEqual([{ id: 'mid', variants: ['champion', 'challenger'] }]);
    const seen = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const facts = factsFor({ account_id: `L-${i}` });
      const d = s.decide(facts, DAY);
      expect(s.decide(facts, { asOf: '2026-12-01', paydays: [] }).variant).toBe(d.variant);
      expect(d.actions[0]?.action).toBe(d.variant === 'champion' ? 'sms' : 'call');
      seen.set(d.variant ?? '', (seen.get(d.variant ?? '') ?? 0) + 1);
    }
    expect(seen.get('champion')).toBeGreaterThan(900);
    expect(seen.get('challenger')).toBeGreaterThan(900);
  });

  it('compiles escalation: conditions, collectors and the key-account amount in minor units', () => {
    const s = compileStrategy(
      doc({
        escalation: {
          rotate_after_days: 21,
          team_lead_when: { promises_broken: { gte: 3 } },
          concerted_when: { outstanding: { gte: 20000 }, grade: 'poor' },
          concerted_collectors: 3,
          key_account_amount: '100000.50',
        },
      }),
    );
    expect(s.escalation.rotateAfterDays).toBe(21);
    expect(s.escalation.concertedCollectors).toBe(3);
    expect(s.escalation.keyAccountMinor).toBe(10_000_050);
    expect(s.escalation.teamLead(factsFor({ promises_broken: 3 }))).toBe(true);
    expect(s.escalation.teamLead(factsFor())).toBe(false);
    expect(s.escalation.concerted(factsFor({ grade: 'poor' }))).toBe(true);
    expect(s.escalation.concerted(factsFor({ grade: 'good' }))).toBe(false);
    const none = compileStrategy(doc()).escalation;
    expect([none.rotateAfterDays, none.keyAccountMinor, none.teamLead(factsFor())]).toEqual([null, null, false]);
    expect(compileStrategy(doc()).tieBreaks).toEqual(['key_first', 'easy_first']);
  });

  it('compiles once and evaluates many accounts without reading the document again', () => {
    const document = doc();
    const s = compileStrategy(document);
    // Wreck the document after compiling: decisions must not change.
    const before = Array.from({ length: 200 }, (_, i) => s.decide(factsFor({ dpd: i, account_id: `L-${i}` }), DAY));
    (document as { segments: unknown }).segments = [];
    (document as { grading: unknown }).grading = null;
    const after = Array.from({ length: 200 }, (_, i) => s.decide(factsFor({ dpd: i, account_id: `L-${i}` }), DAY));
    expect(after).toEqual(before);
    expect(before.filter((d) => d.segment === 'early').length).toBe(30);
  });

  it('does not modify the facts it is given', () => {
    const facts = Object.freeze(factsFor());
    expect(() => compileStrategy(doc()).decide(facts, DAY)).not.toThrow();
    expect(facts.grade).toBeUndefined();
  });

  it('refuses a window name that does not exist, naming the path', () => {
    const bad = doc({
      segments: [
        { id: 'x', name_zh: 'x', name_en: 'x', treatment: [{ action: 'sms', on: { dpd: [1] }, window: 'noon' }] },
      ],
    });
    expect(() => compileStrategy(bad)).toThrow(/segments\[0\]\.treatment\[0\]\.window: no window is named "noon"/);
  });
});
