import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFor } from '../domain/strategy/account-facts-fixture.js';
import { compileStrategy } from '../domain/strategy/compile-strategy.js';
import type { DecisionDay } from '../domain/strategy/decision.js';
import { parseStrategy } from '../strategy/parse-strategy.js';
import { DEMO_STRATEGY_YAML } from './demo-strategy.js';

function demo() {
  const parsed = parseStrategy(DEMO_STRATEGY_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return compileStrategy(parsed.document);
}

const bucketOf = (dpd: number) => (dpd === 0 ? 'M0' : dpd > 180 ? 'M7+' : `M${Math.ceil(dpd / 30)}`);
const stageOf = (dpd: number) =>
  dpd === 0 ? 'current' : dpd <= 30 ? 'early' : dpd <= 90 ? 'mid' : dpd <= 180 ? 'late' : 'terminal';
const at = (dpd: number, more = {}) => factsFor({ dpd, bucket: bucketOf(dpd), stage: stageOf(dpd), ...more });
const DAY: DecisionDay = { asOf: '2026-11-12', paydays: [5, 10, 15, 28, 30] };

describe('the demo strategy', () => {
  it('is the text of examples/strategy.yaml and of the README example, byte for byte', () => {
    expect(DEMO_STRATEGY_YAML).toBe(readFileSync('examples/strategy.yaml', 'utf8'));
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('```yaml\n# Dunwell demo strategy');
    expect(start).toBeGreaterThan(0);
    const body = readme.slice(start + '```yaml\n'.length, readme.indexOf('```\n', start + 8));
    expect(body).toBe(DEMO_STRATEGY_YAML);
  });

  it('is valid and gives every days-past-due from 0 to 720 a segment', () => {
    const s = demo();
    for (let dpd = 0; dpd <= 720; dpd++) expect(s.decide(at(dpd), DAY).segment, `dpd ${dpd}`).not.toBeNull();
  });

  it('works a medium M1 payer by the champion or the challenger, both about 70/30', () => {
    const s = demo();
    const counts = { champion: 0, 'early-call': 0 };
    for (let i = 0; i < 5000; i++) {
      const d = s.decide(at(1, { account_id: `L-${i}`, promises_broken: 0, pay_ratio_90: 0.5 }), DAY);
      expect(d.segment).toBe('early');
      counts[d.variant as keyof typeof counts]++;
      const actions = d.actions.map((a) => a.action);
      expect(actions).toEqual(d.variant === 'champion' ? ['sms'] : ['call']);
    }
    expect(counts.champion / 5000).toBeGreaterThan(0.67);
    expect(counts.champion / 5000).toBeLessThan(0.73);
  });

  it('reminds a good M1 payer friendly, by message, at the primary tier', () => {
    const d = demo().decide(at(4, { promises_broken: 0, pay_ratio_90: 0.95, max_dpd_12m: 4 }), DAY);
    expect(d).toMatchObject({ grade: 'good', tier: 'primary', segment: 'early-good' });
    expect(d.actions).toEqual([
      expect.objectContaining({ action: 'sms', tone: 'friendly', manual: false, template: 'm1_friendly_reminder' }),
    ]);
  });

  it('calls an M2 consumer in the morning, on the payday eve in the afternoon, and the guarantor after a week', () => {
    // Day 34 on 14 November: every 3 days from 31 and the eve of the 15th.
    const d = demo().decide(at(34, { days_without_rpc: 8, customer_type: 'white_collar' }), {
      asOf: '2026-11-14',
      paydays: [15],
    });
    expect(d.segment).toBe('mid');
    expect(d.actions.map((a) => `${a.action} ${a.window.from}`)).toEqual(['sms 09:30', 'call 09:00', 'call 14:00']);
    const later = demo().decide(at(38, { days_without_rpc: 8 }), DAY);
    expect(later.actions.map((a) => a.action)).toContain('guarantor_call');
    const noGuarantor = demo().decide(at(38, { days_without_rpc: 8, has_guarantor: false }), DAY);
    expect(noGuarantor.actions.map((a) => a.action)).not.toContain('guarantor_call');
  });

  it('visits a late account with collateral, reviews the collateral and writes formally', () => {
    const d = demo().decide(at(95, { has_collateral: true, promises_broken: 2 }), DAY);
    expect(d).toMatchObject({ segment: 'late-secured', tier: 'senior' });
    expect(d.actions.find((a) => a.action === 'visit')).toMatchObject({ tone: 'formal', window: { from: '09:00' } });
    const first = demo().decide(at(91, { has_collateral: true }), DAY);
    expect(first.actions.map((a) => a.action)).toEqual(['letter', 'collateral_review', 'call', 'guarantor_call']);
  });

  it('sends a terminal account to legal review every 30 days from day 181', () => {
    const s = demo();
    expect(s.decide(at(181), DAY).actions.map((a) => a.action)).toContain('legal_review');
    expect(s.decide(at(211), DAY).actions.map((a) => a.action)).toContain('legal_review');
    expect(s.decide(at(200), DAY).actions.map((a) => a.action)).not.toContain('legal_review');
  });

  it('hands a death or insolvency to legal at once, whatever the bucket', () => {
    const d = demo().decide(at(12, { watch: ['death'], days_since_watch: 0 }), DAY);
    expect(d.segment).toBe('watch-critical');
    expect(d.actions.map((a) => a.action)).toEqual(['legal_review']);
  });

  it('calls a current borrower the day after a phone change to verify the details', () => {
    const d = demo().decide(at(0, { watch: ['phone_change'], days_since_watch: 1, days_without_rpc: 0 }), DAY);
    expect(d.actions).toEqual([expect.objectContaining({ action: 'call', template: 'verify_contact_details' })]);
  });

  it('locates through contacts in M1 only after 14 days without a right-party contact', () => {
    const s = demo();
    const facts = (days: number) => at(15, { account_id: 'L-7', days_without_rpc: days });
    const d = s.decide(facts(14), DAY);
    expect(d.actions.some((a) => a.action === 'third_party_locate')).toBe(true);
    expect(s.decide(facts(13), DAY).actions.some((a) => a.action === 'third_party_locate')).toBe(false);
  });
});
