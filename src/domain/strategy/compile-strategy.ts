/**
 * A strategy document into a `CompiledStrategy`, once per version: every condition becomes a closure,
 * every timing a function, windows and tiers are resolved, money is converted to minor units. `decide`
 * then reads an account's facts directly and never looks at the document again.
 *
 * What `decide` does, in order: grade (first grading rule that matches, else the default), tier (first
 * tiering rule, else the default; rules may use the grade), segment (first whose `when` matches), the
 * variant inside it (stable hash, see variant-split.ts), then every action of the treatment that is due
 * today, in document order. An action is left out when:
 * - its timing does not hold today, or its own `when` does not;
 * - its tier does not allow its channel (the tier is the action's override, else the segment's, else the
 *   account's: the schema refuses the static cases, this catches an account whose tier forbids it);
 * - it targets obligors before `obligors_after_days_without_rpc` days without a right-party contact, or on
 *   an account with no guarantor or co-borrower;
 * - it targets third parties before `third_parties_after_days_without_rpc` days without one.
 */
import { AppError } from '../errors.js';
import type { UserRole } from '../team/team-codes.js';
import type { AccountFacts } from './account-facts.js';
import { compileCondition, type Derived, moneyToMinor, type Predicate } from './compile-condition.js';
import type { CompiledStrategy, Decision, DecisionDay, PlannedAction } from './decision.js';
import {
  ACTIONS,
  type Action,
  type ActionSpec,
  type Channel,
  type Grade,
  TIERS,
  type Tier,
  type Tone,
} from './strategy-codes.js';
import type { ActionStep, StrategyDocument, StrategySegment } from './strategy-document.js';
import { compileTiming, type DayInfo, dayInfo, type TimingTest } from './timing.js';
import { pickVariant } from './variant-split.js';

/** How an action reads in a reason. */
const ACTION_WORDS: Readonly<Record<Action, string>> = {
  sms: 'SMS',
  email: 'email',
  wechat: 'WeChat message',
  letter: 'letter',
  call: 'call',
  visit: 'visit',
  guarantor_call: 'call to guarantor / co-borrower',
  third_party_locate: 'locate call to a contact',
  team_lead_call: 'team lead call',
  legal_review: 'legal review',
  collateral_review: 'collateral review',
};

interface CompiledStep {
  action: Action;
  spec: ActionSpec;
  timing: TimingTest;
  when: Predicate;
  window: { from: string; to: string };
  windowText: string;
  tone: Tone | null;
  template: string | null;
  tier: Tier | null;
  minutes: number;
}

interface CompiledSegment {
  id: string;
  when: Predicate;
  tier: Tier | null;
  weights: readonly number[];
  /** The variants' ids in document order; empty when the segment is not split. */
  variantIds: readonly string[];
  treatments: readonly (readonly CompiledStep[])[];
}

function compileStep(doc: StrategyDocument, step: ActionStep, path: string): CompiledStep {
  const spec: ActionSpec | undefined = ACTIONS[step.action];
  if (spec === undefined) throw new AppError('INVALID_INPUT', `${path}.action: "${step.action}" is not an action`);
  let window: { from: string; to: string };
  let windowText: string;
  if (typeof step.window === 'string') {
    const named = doc.windows[step.window];
    if (!named) throw new AppError('INVALID_INPUT', `${path}.window: no window is named "${step.window}"`);
    window = { from: named.from, to: named.to };
    windowText = `${step.window} ${named.from}–${named.to}${named.purpose ? ` (${named.purpose})` : ''}`;
  } else {
    window = { from: step.window.from, to: step.window.to };
    windowText = `${step.window.from}–${step.window.to}${step.window.purpose ? ` (${step.window.purpose})` : ''}`;
  }
  return {
    action: step.action,
    spec,
    timing: compileTiming(step.on),
    when: compileCondition(step.when, doc.currency, `${path}.when`),
    window,
    windowText,
    tone: step.tone ?? null,
    template: step.template ?? null,
    tier: step.tier ?? null,
    minutes: step.minutes ?? spec.minutes,
  };
}

function compileSegment(doc: StrategyDocument, segment: StrategySegment, index: number): CompiledSegment {
  const path = `segments[${index}]`;
  const when = compileCondition(segment.when, doc.currency, `${path}.when`);
  const tier = segment.tier ?? null;
  if (segment.variants && segment.variants.length > 0) {
    return {
      id: segment.id,
      when,
      tier,
      weights: segment.variants.map((v) => v.weight),
      variantIds: segment.variants.map((v) => v.id),
      treatments: segment.variants.map((v, vi) =>
        v.treatment.map((s, si) => compileStep(doc, s, `${path}.variants[${vi}].treatment[${si}]`)),
      ),
    };
  }
  return {
    id: segment.id,
    when,
    tier,
    weights: [1],
    variantIds: [],
    treatments: [(segment.treatment ?? []).map((s, si) => compileStep(doc, s, `${path}.treatment[${si}]`))],
  };
}

export function compileStrategy(document: StrategyDocument): CompiledStrategy {
  const doc = document;
  const currency = doc.currency;
  const gradeRules = doc.grading.rules.map((r, i) => ({
    grade: r.grade,
    when: compileCondition(r.when, currency, `grading.rules[${i}].when`),
  }));
  const tieringRules = doc.tiering.rules.map((r, i) => ({
    tier: r.tier,
    when: compileCondition(r.when, currency, `tiering.rules[${i}].when`),
  }));
  const segments = doc.segments.map((s, i) => compileSegment(doc, s, i));
  const obligorsAfter = doc.contact_order.obligors_after_days_without_rpc;
  const thirdPartiesAfter = doc.contact_order.third_parties_after_days_without_rpc;
  const tierSpec = (t: Tier) => ({ channels: new Set<Channel>(doc.tiers[t].channels), tone: doc.tiers[t].tone });
  const tierSpecs: Record<Tier, { channels: ReadonlySet<Channel>; tone: Tone }> = {
    primary: tierSpec('primary'),
    intermediate: tierSpec('intermediate'),
    senior: tierSpec('senior'),
  };
  const strategyPaydays = doc.paydays ? [...doc.paydays] : null;

  const esc = doc.escalation ?? {};
  const teamLead = esc.team_lead_when
    ? compileCondition(esc.team_lead_when, currency, 'escalation.team_lead_when')
    : () => false;
  const concerted = esc.concerted_when
    ? compileCondition(esc.concerted_when, currency, 'escalation.concerted_when')
    : () => false;
  const keyAccount =
    esc.key_account_amount === undefined || esc.key_account_amount === null
      ? null
      : moneyToMinor(esc.key_account_amount, currency, 'escalation.key_account_amount');

  const gradeOf = (facts: AccountFacts, derived: Derived): Grade => {
    for (const rule of gradeRules) if (rule.when(facts, derived)) return rule.grade;
    return doc.grading.default;
  };
  const tierOf = (facts: AccountFacts, derived: Derived): Tier => {
    for (const rule of tieringRules) if (rule.when(facts, derived)) return rule.tier;
    return doc.tiering.default;
  };

  // The day's calendar facts are the same for every account of a run: computed once per (day, paydays).
  let last: { asOf: string; paydays: readonly number[]; info: DayInfo } | null = null;
  const infoFor = (day: DecisionDay): DayInfo => {
    if (last === null || last.asOf !== day.asOf || last.paydays !== day.paydays)
      last = { asOf: day.asOf, paydays: day.paydays, info: dayInfo(day.asOf, strategyPaydays ?? day.paydays) };
    return last.info;
  };

  const plan = (
    steps: readonly CompiledStep[],
    segmentTier: Tier | null,
    facts: AccountFacts,
    derived: Derived,
    accountTier: Tier,
    info: DayInfo,
  ): PlannedAction[] => {
    const out: PlannedAction[] = [];
    for (const step of steps) {
      const timing = step.timing(facts.dpd, facts.days_since_watch, info);
      if (timing === null) continue;
      const tier = step.tier ?? segmentTier ?? accountTier;
      if (!tierSpecs[tier].channels.has(step.spec.channel)) continue;
      const target = step.spec.target;
      const parts = [`${facts.bucket} day ${facts.dpd}`, ...timing];
      if (target === 'obligor') {
        if (facts.days_without_rpc < obligorsAfter) continue;
        if (!facts.has_guarantor && !facts.has_co_borrower) continue;
        parts.push(`no right-party contact for ${facts.days_without_rpc} days`);
      } else if (target === 'third_party') {
        if (facts.days_without_rpc < thirdPartiesAfter) continue;
        parts.push(`no right-party contact for ${facts.days_without_rpc} days`);
      }
      if (!step.when(facts, derived)) continue;
      parts.push(`${ACTION_WORDS[step.action]} · ${step.windowText}`);
      if (target === 'third_party') parts.push('ask only where to reach the borrower; never mention the debt');
      out.push({
        action: step.action,
        channel: step.spec.channel,
        manual: step.spec.manual,
        target,
        window: step.window,
        tone: step.tone ?? tierSpecs[tier].tone,
        template: step.template,
        tier,
        minutes: step.minutes,
        reason: parts.join(' · '),
      });
    }
    return out;
  };

  const decide = (facts: AccountFacts, day: DecisionDay): Decision => {
    const grade = gradeOf(facts, {});
    const tier = tierOf(facts, { grade });
    const derived: Derived = { grade, tier };
    for (const segment of segments) {
      if (!segment.when(facts, derived)) continue;
      const index =
        segment.weights.length === 1 ? 0 : pickVariant(facts.account_id, doc.name, segment.id, segment.weights);
      const steps = segment.treatments[index] ?? [];
      return {
        grade,
        tier,
        segment: segment.id,
        variant: segment.variantIds[index] ?? null,
        actions: plan(steps, segment.tier, facts, derived, tier, infoFor(day)),
      };
    }
    return { grade, tier, segment: null, variant: null, actions: [] };
  };

  return {
    name: doc.name,
    currency,
    tieBreaks: [...doc.tie_breaks],
    escalation: {
      rotateAfterDays: esc.rotate_after_days ?? null,
      teamLead: (facts) => teamLead(facts, facts),
      concerted: (facts) => concerted(facts, facts),
      concertedCollectors: esc.concerted_collectors ?? 2,
      keyAccountMinor: keyAccount,
    },
    paydays: strategyPaydays,
    grade: (facts) => gradeOf(facts, {}),
    // Tiering rules that test `grade` read it from the facts.
    tier: (facts) => tierOf(facts, {}),
    decide,
    workedBy: Object.fromEntries(TIERS.map((t) => [t, [...doc.tiers[t].worked_by]])) as Record<Tier, UserRole[]>,
    segments: segments.map((s) => ({ id: s.id, variants: [...s.variantIds] })),
  };
}
