import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
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

/** A strategy whose one segment (every account) has this treatment. */
const only = (treatment: ActionStep[], more: Partial<StrategyDocument['segments'][number]> = {}) =>
  doc({ segments: [{ id: 'all', name_zh: '全', name_en: 'all', treatment, ...more }] });

/** The error compiling throws: code and message, which names where in the document the fault is. */
function refusal(compile: () => unknown): { code: string; message: string } {
  try {
    compile();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('compiled without an error');
}

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

  it('names every action in its reason, in words a collector reads', () => {
    const d = doc();
    const everything: TierSpec['channels'] = ['sms', 'email', 'wechat', 'phone', 'post', 'visit', 'review'];
    const s = compileStrategy({
      ...only(
        (
          [
            'sms',
            'email',
            'wechat',
            'letter',
            'call',
            'visit',
            'guarantor_call',
            'third_party_locate',
            'team_lead_call',
            'legal_review',
            'collateral_review',
          ] as const
        ).map((action) => ({ action, on: { dpd: [38] }, window: 'morning' })),
      ),
      tiers: { ...d.tiers, intermediate: { ...d.tiers.intermediate, channels: everything } },
    });
    const words = s
      .decide(factsFor({ days_without_rpc: 20 }), DAY)
      .actions.map((a) => a.reason.split(' · ').filter((part) => !/^M2 day|morning|mention/.test(part)));
    expect(words).toEqual([
      ['SMS'],
      ['email'],
      ['WeChat message'],
      ['letter'],
      ['call'],
      ['visit'],
      ['no right-party contact for 20 days', 'call to guarantor / co-borrower'],
      ['no right-party contact for 20 days', 'locate call to a contact'],
      ['team lead call'],
      ['legal review'],
      ['collateral review'],
    ]);
  });

  it('writes the whole reason for a third party, with a window that has no purpose', () => {
    const s = compileStrategy(doc());
    const locate = s.decide(factsFor({ days_without_rpc: 14 }), DAY).actions.find((a) => a.target === 'third_party');
    expect(locate?.reason).toBe(
      'M2 day 38 · no right-party contact for 14 days · locate call to a contact · late 19:00–20:30 · ' +
        'ask only where to reach the borrower; never mention the debt',
    );
    expect(locate?.window).toEqual({ from: '19:00', to: '20:30' });
  });

  it('keeps a window written in place, with its purpose in the reason', () => {
    const s = compileStrategy(
      only([
        { action: 'sms', on: { dpd: [38] }, window: { from: '10:00', to: '11:00', purpose: 'reminder' } },
        { action: 'call', on: { dpd: [38] }, window: { from: '08:00', to: '08:30' } },
      ]),
    );
    const [sms, call] = s.decide(factsFor(), DAY).actions;
    expect(sms?.window).toEqual({ from: '10:00', to: '11:00' });
    expect(sms?.reason).toBe('M2 day 38 · SMS · 10:00–11:00 (reminder)');
    expect(call?.window).toEqual({ from: '08:00', to: '08:30' });
    expect(call?.reason).toBe('M2 day 38 · call · 08:00–08:30');
  });

  it("leaves out an action whose own condition does not hold, reading the strategy's grade and tier", () => {
    const s = compileStrategy(
      only([
        { action: 'call', on: { dpd: [38] }, window: 'morning', when: { promises_broken: { gte: 2 } } },
        { action: 'sms', on: { dpd: [38] }, window: 'morning', when: { grade: 'poor', tier: 'senior' } },
        { action: 'letter', on: { dpd: [38] }, window: 'morning', when: { tier: 'intermediate' } },
      ]),
    );
    expect(s.decide(factsFor(), DAY).actions.map((a) => a.action)).toEqual(['letter']);
    // Two broken promises: graded poor, so tiered senior.
    expect(s.decide(factsFor({ promises_broken: 2 }), DAY).actions.map((a) => a.action)).toEqual(['call', 'sms']);
  });

  it('works an action at its own tier, else the segment tier, else the account tier', () => {
    // The account is intermediate (M2, medium): phone and post, no visit.
    const visit: ActionStep = { action: 'visit', on: { dpd: [38] }, window: 'morning' };
    const letter: ActionStep = { action: 'letter', on: { dpd: [38] }, window: 'morning' };
    const plan = (steps: ActionStep[], more = {}) =>
      compileStrategy(only(steps, more))
        .decide(factsFor(), DAY)
        .actions.map((a) => [a.action, a.tier, a.tone]);
    expect(plan([visit, letter])).toEqual([['letter', 'intermediate', 'firm']]);
    expect(plan([{ ...visit, tier: 'senior' }, letter])).toEqual([
      ['visit', 'senior', 'formal'],
      ['letter', 'intermediate', 'firm'],
    ]);
    expect(plan([visit, letter], { tier: 'senior' })).toEqual([
      ['visit', 'senior', 'formal'],
      ['letter', 'senior', 'formal'],
    ]);
    // The action's own tier wins over the segment's, both ways: it can forbid as well as allow.
    expect(plan([visit, { ...letter, tier: 'primary' }], { tier: 'senior' })).toEqual([['visit', 'senior', 'formal']]);
    expect(plan([{ ...visit, tier: 'senior' }, letter], { tier: 'primary' })).toEqual([['visit', 'senior', 'formal']]);
  });

  it('lists every segment, with no variants where there is no split', () => {
    expect(compileStrategy(doc()).segments).toEqual([
      { id: 'mid', variants: [] },
      { id: 'early', variants: [] },
    ]);
  });

  it('takes an empty split as no split, and a segment without a treatment as one with nothing to do', () => {
    const sms: ActionStep = { action: 'sms', on: { dpd: [38] }, window: 'morning' };
    const empty = compileStrategy(only([sms], { variants: [] })).decide(factsFor(), DAY);
    expect(empty).toMatchObject({ segment: 'all', variant: null });
    expect(empty.actions.map((a) => a.action)).toEqual(['sms']);
    const hold = doc({ segments: [{ id: 'hold', name_zh: '停', name_en: 'hold' }] });
    expect(compileStrategy(hold).decide(factsFor(), DAY)).toMatchObject({ segment: 'hold', actions: [] });
  });

  it('judges each day on its own calendar, whether or not the paydays are the same list', () => {
    const s = compileStrategy(only([{ action: 'sms', on: { paydays: true }, window: 'morning' }]));
    const paydays = [10];
    const sms = (asOf: string, days: readonly number[]) =>
      s.decide(factsFor(), { asOf, paydays: days }).actions.map((a) => a.reason);
    expect(sms('2026-11-10', paydays)).toEqual(['M2 day 38 · payday (10th) · SMS · morning 09:00–12:00 (negotiation)']);
    expect(sms('2026-11-12', paydays)).toEqual([]);
    expect(sms('2026-11-09', paydays)).toHaveLength(1);
    expect(sms('2026-11-12', [12])).toHaveLength(1);
    expect(sms('2026-11-12', [10])).toEqual([]);
    expect(sms('2026-11-12', paydays)).toEqual([]);
  });

  it('refuses an unknown action, naming the path', () => {
    const bad = only([{ action: 'fax' as ActionStep['action'], on: { dpd: [1] }, window: 'morning' }]);
    expect(refusal(() => compileStrategy(bad))).toEqual({
      code: 'INVALID_INPUT',
      message: 'segments[0].treatment[0].action: "fax" is not an action',
    });
    const noon = only([{ action: 'sms', on: { dpd: [1] }, window: 'noon' }]);
    expect(refusal(() => compileStrategy(noon))).toEqual({
      code: 'INVALID_INPUT',
      message: 'segments[0].treatment[0].window: no window is named "noon"',
    });
  });

  it('names the path of a bad amount wherever a condition sits', () => {
    const bad = { outstanding: { gte: '1.001' } };
    const why = ': amount 1.001 has more than 2 decimal places for CNY';
    const step: ActionStep = { action: 'sms', on: { dpd: [1] }, window: 'morning' };
    const d = doc();
    const cases: [StrategyDocument, string][] = [
      [
        doc({ grading: { rules: [d.grading.rules[0]!, { grade: 'good', when: bad }], default: 'medium' } }),
        'grading.rules[1].when',
      ],
      [doc({ tiering: { rules: [{ tier: 'senior', when: bad }], default: 'primary' } }), 'tiering.rules[0].when'],
      [only([step], { when: bad }), 'segments[0].when'],
      [only([step, { ...step, when: bad }]), 'segments[0].treatment[1].when'],
      [
        only([], {
          treatment: undefined,
          variants: [
            { id: 'a', weight: 1, treatment: [step] },
            { id: 'b', weight: 1, treatment: [step, step, { ...step, when: bad }] },
          ],
        }),
        'segments[0].variants[1].treatment[2].when',
      ],
      [doc({ escalation: { team_lead_when: bad } }), 'escalation.team_lead_when'],
      [doc({ escalation: { concerted_when: bad } }), 'escalation.concerted_when'],
    ];
    for (const [document, path] of cases)
      expect(refusal(() => compileStrategy(document))).toEqual({
        code: 'INVALID_INPUT',
        message: `${path}.outstanding.gte${why}`,
      });
    expect(refusal(() => compileStrategy(doc({ escalation: { key_account_amount: '1.001' } })))).toEqual({
      code: 'INVALID_INPUT',
      message: `escalation.key_account_amount${why}`,
    });
  });

  it('escalates nothing and has no key accounts when the strategy says nothing, or null', () => {
    const none = compileStrategy(doc({ escalation: {} })).escalation;
    expect(none.concerted(factsFor())).toBe(false);
    expect(none.teamLead(factsFor())).toBe(false);
    expect(none.concertedCollectors).toBe(2);
    expect(compileStrategy(doc({ escalation: { key_account_amount: null } })).escalation.keyAccountMinor).toBeNull();
    expect(compileStrategy(doc({ escalation: { key_account_amount: 5000 } })).escalation.keyAccountMinor).toBe(500_000);
  });
});
