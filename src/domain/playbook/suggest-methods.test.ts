import { describe, expect, it } from 'vitest';
import { localize, localizePlaybook } from './localize-playbook.js';
import type { ExcuseEntry, MethodSpec, PlaybookDocument, Text } from './playbook-document.js';
import { playbookFacts } from './playbook-facts-fixture.js';
import { fillReason, formatFact, suggestMethods } from './suggest-methods.js';

const t = (s: string): Text => ({ 'zh-CN': `中:${s}`, en: s });

function method(id: MethodSpec['id'], when: MethodSpec['when']): MethodSpec {
  return {
    id,
    name: t(id),
    applies_when: t('when'),
    needs: t('needs'),
    lawful_limits: t('limits'),
    arrangements: [],
    when,
  };
}

const hiding: ExcuseEntry = {
  category: 'hiding',
  label: t('Hiding'),
  sounds_like: t('no answer'),
  response: t('keep trying own numbers'),
  follow_up: { action: 'switch_to_locating', text: t('locate') },
  arrangements: [],
};

function playbook(methods: MethodSpec[]): PlaybookDocument {
  return { methods, excuses: [hiding] } as unknown as PlaybookDocument;
}

describe('suggesting methods', () => {
  it('proposes a method when any rule holds, with every holding rule’s reason filled in', () => {
    const doc = playbook([
      method('lead_steps_in', [
        { if: { promises_broken: { gte: 2 } }, because: t('{promises_broken} broken') },
        { if: { arrangements_breached: { gte: 1 } }, because: t('{arrangements_breached} breached') },
        { if: { dpd: { gte: 400 } }, because: t('very late') },
      ]),
    ]);
    const s = suggestMethods(doc, playbookFacts({ promises_broken: 3, arrangements_breached: 1 }));
    expect(s.methods).toEqual([
      { id: 'lead_steps_in', number: 12, because: [t('3 broken'), { 'zh-CN': '中:1 breached', en: '1 breached' }] },
    ]);
    expect(s.to_check).toEqual([]);
    expect(suggestMethods(doc, playbookFacts()).methods).toEqual([]);
  });

  it('lists "to check" a method that only an unrecorded fact could make apply, never as applying', () => {
    const doc = playbook([
      method('notarized_enforcement', [
        { if: { notarized_instrument: true, dpd: { gte: 61 } }, because: t('{dpd} days') },
      ]),
    ]);
    const late = suggestMethods(doc, playbookFacts({ dpd: 70 }));
    expect(late.methods).toEqual([]);
    expect(late.to_check).toEqual([
      { id: 'notarized_enforcement', number: 29, unknown: ['notarized_instrument'], because: [t('70 days')] },
    ]);
    // Known to be false on the recorded facts: nothing to look up.
    expect(suggestMethods(doc, playbookFacts({ dpd: 10 })).to_check).toEqual([]);
    // Recorded true: it applies.
    expect(suggestMethods(doc, playbookFacts({ dpd: 70, notarized_instrument: true })).methods).toHaveLength(1);
  });

  it('does not list to check a method that already applies by another rule', () => {
    const doc = playbook([
      method('insurance_proceeds', [
        { if: { insured: true }, because: t('insured') },
        { if: { deceased: true }, because: t('deceased') },
      ]),
    ]);
    const s = suggestMethods(doc, playbookFacts({ deceased: true }));
    expect(s.methods.map((m) => m.id)).toEqual(['insurance_proceeds']);
    expect(s.to_check).toEqual([]);
  });

  it('orders suggestions by the methodology’s numbers, whatever the document’s order', () => {
    const always = [{ if: { dpd: { gte: 1 } }, because: t('late') }];
    const doc = playbook([method('lawsuit', always), method('proactive_visit', always), method('mediation', always)]);
    expect(suggestMethods(doc, playbookFacts()).methods.map((m) => m.number)).toEqual([1, 8, 30]);
  });

  it('returns the catalogue entry of the last excuse, or none', () => {
    const doc = playbook([]);
    expect(suggestMethods(doc, playbookFacts({ last_excuse: 'hiding' })).excuse).toBe(hiding);
    expect(suggestMethods(doc, playbookFacts()).excuse).toBeNull();
    expect(suggestMethods(doc, playbookFacts({ last_excuse: 'sue_me' })).excuse).toBeNull();
  });
});

describe('reasons', () => {
  it('show ratios as whole percentages, lists joined, yes/no and nothing in each language', () => {
    const facts = playbookFacts({ cost_share: 0.256, watch: ['death', 'litigation'], collateral_cover: null });
    expect(formatFact('cost_share', facts, 'en')).toBe('26%');
    expect(formatFact('watch', facts, 'en')).toBe('death, litigation');
    expect(formatFact('third_parties', facts, 'zh-CN')).toBe('无');
    expect(formatFact('collateral_cover', facts, 'en')).toBe('none');
    expect(formatFact('has_guarantor', facts, 'zh-CN')).toBe('否');
    expect(formatFact('deceased', playbookFacts({ deceased: true }), 'en')).toBe('yes');
    expect(formatFact('dpd', facts, 'en')).toBe('5');
  });

  it('fill every named fact and leave other braces alone', () => {
    const filled = fillReason({ 'zh-CN': '逾期{dpd}天{x}', en: '{dpd} days, {stage} {not_a_fact}' }, playbookFacts());
    expect(filled).toEqual({ 'zh-CN': '逾期5天{x}', en: '5 days, early {not_a_fact}' });
  });
});

describe('localizing', () => {
  it('turns every bilingual text into one language and leaves codes and conditions alone', () => {
    const m = method('guarantor_pursuit', [{ if: { has_guarantor: true }, because: t('g') }]);
    expect(localize(m, 'zh-CN')).toEqual({
      id: 'guarantor_pursuit',
      name: '中:guarantor_pursuit',
      applies_when: '中:when',
      needs: '中:needs',
      lawful_limits: '中:limits',
      arrangements: [],
      when: [{ if: { has_guarantor: true }, because: '中:g' }],
    });
    // A mapping that merely has an `en` key among others is not a text.
    expect(localize({ en: 'x', other: 'y' }, 'en')).toEqual({ en: 'x', other: 'y' });
  });

  it('numbers the methods and sorts them in the methodology’s order', () => {
    const doc = { ...playbook([method('lawsuit', []), method('empathy_first', [])]), name: 'n' };
    const shown = localizePlaybook(doc, 'en');
    expect(shown.language).toBe('en');
    expect(shown.methods.map((m) => [m.number, m.id])).toEqual([
      [2, 'empathy_first'],
      [30, 'lawsuit'],
    ]);
  });
});
