import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './evaluate-condition.js';
import type { Condition } from './playbook-document.js';
import { playbookFacts } from './playbook-facts-fixture.js';

const truth = (condition: Condition, over = {}) => evaluateCondition(condition, playbookFacts(over)).truth;

describe('a playbook condition', () => {
  it('compares numbers with each operator, and every operator on a fact must hold', () => {
    expect(truth({ dpd: 5 })).toBe('true');
    expect(truth({ dpd: 6 })).toBe('false');
    expect(truth({ dpd: { gte: 5, lte: 5 } })).toBe('true');
    expect(truth({ dpd: { gt: 5 } })).toBe('false');
    expect(truth({ dpd: { lt: 5 } })).toBe('false');
    expect(truth({ dpd: { gte: 1, lt: 5 } })).toBe('false');
    expect(truth({ dpd: { between: [5, 9] } })).toBe('true');
    expect(truth({ dpd: { between: [6, 9] } })).toBe('false');
    expect(truth({ dpd: { ne: 4 } })).toBe('true');
    expect(truth({ dpd: [1, 5] })).toBe('true');
    expect(truth({ dpd: { not_in: [1, 5] } })).toBe('false');
  });

  it('reads a scalar on a list fact as "holds it" and a list as "holds one of"', () => {
    const over = { watch: ['litigation', 'death'] };
    expect(truth({ watch: 'death' }, over)).toBe('true');
    expect(truth({ watch: 'insolvency' }, over)).toBe('false');
    expect(truth({ watch: ['insolvency', 'litigation'] }, over)).toBe('true');
    expect(truth({ watch: { includes_any: ['insolvency'] } }, over)).toBe('false');
    expect(truth({ watch: { includes: 'litigation' } }, over)).toBe('true');
    expect(truth({ watch: 'death' })).toBe('false');
  });

  it('matches a missing value only with is_null, eq null, ne and not_in', () => {
    expect(truth({ last_excuse: { is_null: true } })).toBe('true');
    expect(truth({ last_excuse: null })).toBe('true');
    expect(truth({ last_excuse: 'hiding' })).toBe('false');
    expect(truth({ last_excuse: { ne: 'hiding' } })).toBe('true');
    expect(truth({ last_excuse: { not_in: ['hiding'] } })).toBe('true');
    expect(truth({ days_with_collector: { gte: 0 } }, { days_with_collector: null })).toBe('false');
    expect(truth({ last_excuse: { is_null: false } }, { last_excuse: 'hiding' })).toBe('true');
  });

  it('combines facts, all, any and not', () => {
    expect(truth({ dpd: 5, stage: 'early' })).toBe('true');
    expect(truth({ dpd: 5, stage: 'mid' })).toBe('false');
    expect(truth({ any: [{ dpd: 9 }, { stage: 'early' }] })).toBe('true');
    expect(truth({ any: [{ dpd: 9 }, { stage: 'mid' }] })).toBe('false');
    expect(truth({ all: [{ dpd: 5 }, { stage: 'mid' }] })).toBe('false');
    expect(truth({ not: { stage: 'mid' } })).toBe('true');
    expect(truth({ not: { stage: 'early' } })).toBe('false');
  });

  it('is unknown on a fact Dunwell does not record, and says which', () => {
    const result = evaluateCondition({ notarized_instrument: true, dpd: { gte: 1 } }, playbookFacts());
    expect(result).toEqual({ truth: 'unknown', unknown: ['notarized_instrument'] });
    expect(truth({ notarized_instrument: true }, { notarized_instrument: true })).toBe('true');
    expect(truth({ notarized_instrument: true }, { notarized_instrument: false })).toBe('false');
  });

  it('lets a known false or true decide over an unknown part (Kleene)', () => {
    expect(truth({ notarized_instrument: true, dpd: { gte: 90 } })).toBe('false');
    expect(truth({ any: [{ notarized_instrument: true }, { dpd: 5 }] })).toBe('true');
    expect(truth({ any: [{ notarized_instrument: true }, { dpd: 9 }] })).toBe('unknown');
    expect(truth({ not: { insured: true } })).toBe('unknown');
    const both = evaluateCondition({ all: [{ insured: true }, { notarized_instrument: true }] }, playbookFacts());
    expect(both.unknown).toEqual(['insured', 'notarized_instrument']);
  });

  it('refuses a name that is no fact', () => {
    expect(() => truth({ outstanding: { gte: 1 } })).toThrow(/"outstanding" is not a playbook fact/);
  });
});
