/**
 * Strategy evaluation throughput: the compiled engine (src/domain/strategy/compile-strategy.ts) against
 * json-rules-engine 7.3.1 on the same 10-rule strategy (3 grading rules, 7 segments), on the same synthetic
 * facts. json-rules-engine runs on a sample (it is slow enough that 20k accounts give a steady figure); the
 * two must agree on every sampled account's grade and segment, or the figures mean nothing and this throws.
 *
 * The compiled side does more than json-rules-engine: its `decide` also tiers the account and plans the
 * day's actions, so the ratio understates the gap on the rules alone.
 *
 *   node dist/bench/strategy-engine.js [--accounts N]      (default 1,000,000)
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { SEGMENTS } from '../src/domain/party/party-codes.js';
import type { AccountFacts } from '../src/domain/strategy/account-facts.js';
import { compileStrategy } from '../src/domain/strategy/compile-strategy.js';
import type { DecisionDay } from '../src/domain/strategy/decision.js';
import { WATCH_EVENT_TYPES, type WatchEventType } from '../src/domain/strategy/strategy-codes.js';
import type { StrategyDocument, TierSpec } from '../src/domain/strategy/strategy-document.js';
import { seededRandom } from './seeded-random.js';

const JRE_SAMPLE = 20_000;
const DAY: DecisionDay = { asOf: '2026-11-10', paydays: [5, 10, 15, 28, 30] };

const tier = (tone: TierSpec['tone']): TierSpec => ({
  label_zh: '级',
  label_en: 'tier',
  tone,
  channels: ['sms', 'email', 'wechat', 'phone', 'post', 'visit', 'review'],
  pressure: 'lawful',
  worked_by: ['collector'],
});

/** The 10 rules: grading (3) and segments (7), first match wins in each list. */
export const BENCH_STRATEGY: StrategyDocument = {
  name: 'bench-10-rules',
  description: '',
  currency: 'CNY',
  windows: { morning: { from: '09:00', to: '12:00' } },
  grading: {
    rules: [
      { grade: 'poor', when: { any: [{ promises_broken: { gte: 2 } }, { arrangements_breached: { gte: 1 } }] } },
      { grade: 'good', when: { pay_ratio_90: { gte: 0.8 }, promises_broken: 0 } },
      { grade: 'medium', when: { max_dpd_12m: { lte: 60 } } },
    ],
    default: 'poor',
  },
  tiering: { rules: [{ tier: 'senior', when: { dpd: { gte: 91 } } }], default: 'primary' },
  tiers: { primary: tier('friendly'), intermediate: tier('firm'), senior: tier('formal') },
  contact_order: { obligors_after_days_without_rpc: 7, third_parties_after_days_without_rpc: 14 },
  tie_breaks: [],
  segments: [
    ['watch-critical', { watch: { includes_any: ['death', 'insolvency'] } }],
    ['early-good', { dpd: { between: [1, 30] }, grade: 'good' }],
    ['early', { dpd: { between: [1, 30] } }],
    ['mid-business', { dpd: { between: [31, 90] }, customer_type: ['small_business', 'company'] }],
    ['mid-large', { dpd: { between: [31, 90] }, outstanding: { gte: 50000 } }],
    ['mid', { dpd: { between: [31, 90] } }],
    ['late', { dpd: { gte: 91 } }],
  ].map(([id, when]) => ({
    id: id as string,
    name_zh: id as string,
    name_en: id as string,
    when: when as StrategyDocument['segments'][number]['when'],
    treatment: [{ action: 'call', on: { dpd_from: 1, every: 3 }, window: 'morning' }],
  })),
};

const range = (fact: string, lo: number, hi: number): NestedCondition[] => [
  { fact, operator: 'greaterThanInclusive', value: lo },
  { fact, operator: 'lessThanInclusive', value: hi },
];

/** The same rules in json-rules-engine's form; priority gives the first-match order. */
const JRE_GRADING: RuleProperties[] = [
  {
    priority: 3,
    event: { type: 'poor' },
    conditions: {
      any: [
        { fact: 'promises_broken', operator: 'greaterThanInclusive', value: 2 },
        { fact: 'arrangements_breached', operator: 'greaterThanInclusive', value: 1 },
      ],
    },
  },
  {
    priority: 2,
    event: { type: 'good' },
    conditions: {
      all: [
        { fact: 'pay_ratio_90', operator: 'greaterThanInclusive', value: 0.8 },
        { fact: 'promises_broken', operator: 'equal', value: 0 },
      ],
    },
  },
  {
    priority: 1,
    event: { type: 'medium' },
    conditions: { all: [{ fact: 'max_dpd_12m', operator: 'lessThanInclusive', value: 60 }] },
  },
];

const JRE_SEGMENTS: RuleProperties[] = (
  [
    [
      'watch-critical',
      {
        any: [
          { fact: 'watch', operator: 'contains', value: 'death' },
          { fact: 'watch', operator: 'contains', value: 'insolvency' },
        ],
      },
    ],
    ['early-good', { all: [...range('dpd', 1, 30), { fact: 'grade', operator: 'equal', value: 'good' }] }],
    ['early', { all: range('dpd', 1, 30) }],
    [
      'mid-business',
      {
        all: [...range('dpd', 31, 90), { fact: 'customer_type', operator: 'in', value: ['small_business', 'company'] }],
      },
    ],
    [
      'mid-large',
      {
        all: [
          ...range('dpd', 31, 90),
          { fact: 'currency', operator: 'equal', value: 'CNY' },
          { fact: 'outstanding', operator: 'greaterThanInclusive', value: 5_000_000 },
        ],
      },
    ],
    ['mid', { all: range('dpd', 31, 90) }],
    ['late', { all: [{ fact: 'dpd', operator: 'greaterThanInclusive', value: 91 }] }],
  ] as [string, TopLevelCondition][]
).map(([type, conditions], i, all) => ({ priority: all.length - i, event: { type }, conditions }));

/** Synthetic facts with a realistic spread: most accounts early, some late, a few watched. */
export function syntheticFacts(count: number, seed = 7): AccountFacts[] {
  const random = seededRandom(seed);
  const out: AccountFacts[] = [];
  for (let i = 0; i < count; i++) {
    const dpd = random.chance(0.15) ? 0 : random.chance(0.6) ? random.int(1, 30) : random.int(31, 400);
    const watch: WatchEventType[] = random.chance(0.03) ? [random.pick(WATCH_EVENT_TYPES)] : [];
    out.push({
      id: i + 1,
      account_id: `L-${i}`,
      portfolio: 'consumer-loans',
      product: 'installment_loan',
      currency: random.chance(0.9) ? 'CNY' : 'USD',
      dpd,
      bucket: dpd === 0 ? 'M0' : `M${Math.min(7, Math.ceil(dpd / 30))}`,
      stage: dpd === 0 ? 'current' : dpd <= 30 ? 'early' : dpd <= 90 ? 'mid' : dpd <= 180 ? 'late' : 'terminal',
      outstanding: random.int(50_000, 20_000_000),
      past_due: random.int(0, 2_000_000),
      principal_outstanding: random.int(50_000, 18_000_000),
      days_since_payment: random.chance(0.1) ? null : random.int(0, 400),
      pay_ratio_30: random.next(),
      pay_ratio_90: random.next(),
      max_dpd_12m: Math.max(dpd, random.int(0, 120)),
      rpc_30: random.int(0, 3),
      attempts_30: random.int(0, 20),
      days_without_rpc: random.int(0, 60),
      promises_kept: random.int(0, 3),
      promises_broken: random.int(0, 3),
      arrangements_breached: random.chance(0.05) ? 1 : 0,
      has_collateral: random.chance(0.1),
      collateral_value: 0,
      has_guarantor: random.chance(0.3),
      has_co_borrower: random.chance(0.1),
      customer_type: random.pick(SEGMENTS),
      language: 'zh-CN',
      region: 'Shanghai',
      watch,
      days_since_watch: watch.length > 0 ? random.int(0, 89) : null,
      limitation_days_left: null,
    });
  }
  return out;
}

export async function benchStrategyEngine(accounts: number): Promise<{
  compiledPerSecond: number;
  jsonRulesEnginePerSecond: number;
  ratio: number;
  rules: number;
}> {
  const facts = syntheticFacts(accounts);
  const compiled = compileStrategy(BENCH_STRATEGY);

  // Warm up, then time the whole set.
  for (let i = 0; i < Math.min(facts.length, 10_000); i++) compiled.decide(facts[i] as AccountFacts, DAY);
  let planned = 0;
  const started = process.hrtime.bigint();
  for (const f of facts) planned += compiled.decide(f, DAY).actions.length;
  const compiledSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (planned < 0) throw new Error('unreachable: keeps the loop from being optimised away');

  const options = { allowUndefinedFacts: true };
  const grading = new Engine(JRE_GRADING, options);
  const segmenting = new Engine(JRE_SEGMENTS, options);
  const sample = facts.slice(0, Math.min(JRE_SAMPLE, facts.length));
  const jreStarted = process.hrtime.bigint();
  const answers: { grade: string; segment: string | null }[] = [];
  for (const f of sample) {
    // Events come out in priority order: the first one is the first matching rule.
    const graded = await grading.run({ ...f, watch: [...f.watch] });
    const grade = graded.events[0]?.type ?? BENCH_STRATEGY.grading.default;
    const segmented = await segmenting.run({ ...f, watch: [...f.watch], grade });
    answers.push({ grade, segment: segmented.events[0]?.type ?? null });
  }
  const jreSeconds = Number(process.hrtime.bigint() - jreStarted) / 1e9;

  sample.forEach((f, i) => {
    const ours = compiled.decide(f, DAY);
    const theirs = answers[i];
    if (ours.grade !== theirs?.grade || ours.segment !== theirs.segment)
      throw new Error(
        `the engines disagree on ${f.account_id}: compiled ${ours.grade}/${ours.segment}, json-rules-engine ${theirs?.grade}/${theirs?.segment}`,
      );
  });

  const compiledPerSecond = Math.round(facts.length / compiledSeconds);
  const jsonRulesEnginePerSecond = Math.round(sample.length / jreSeconds);
  return {
    compiledPerSecond,
    jsonRulesEnginePerSecond,
    ratio: Math.round((compiledPerSecond / jsonRulesEnginePerSecond) * 10) / 10,
    rules: BENCH_STRATEGY.grading.rules.length + BENCH_STRATEGY.segments.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { accounts: { type: 'string', default: '1000000' } } });
  const accounts = Number(values.accounts);
  if (!Number.isSafeInteger(accounts) || accounts < 1) throw new Error('--accounts takes a positive whole number');
  const r = await benchStrategyEngine(accounts);
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(
    `Strategy engine, ${r.rules} rules, ${n(accounts)} accounts (json-rules-engine on ${n(Math.min(accounts, JRE_SAMPLE))}):`,
  );
  console.log(`  compiled           ${n(r.compiledPerSecond)} accounts/s (grade, tier, segment and today's actions)`);
  console.log(`  json-rules-engine  ${n(r.jsonRulesEnginePerSecond)} accounts/s (grade and segment)`);
  console.log(`  ratio              ${r.ratio}×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
