/**
 * The language guard's measured floors on the evaluation sets (examples/language-guard-eval): a change to
 * the lexicon or the matcher that loses precision or recall below what the guard reached fails here, and
 * `npm run eval:language-guard` lists what it lost. The floors are what the guard truly reaches: the sets it
 * was tuned on (zh, en, then the fresh batches) near everything, the held-out batch — text nobody tuned it
 * on — what it reached when first measured, which is far less.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCategory } from '../domain/compliance/lexicon.js';
import { isAppError } from '../domain/errors.js';
import { combineScores, type EvalSet, parseEvalSet, readEvalSets, scoreEvalSet } from './language-guard-eval.js';

const FOLDER = 'examples/language-guard-eval';

/** Precision and recall each set must keep; every set has one. */
const FLOORS: Readonly<Record<string, { precision: number; recall: number; least: number }>> = {
  zh: { precision: 0.98, recall: 0.98, least: 220 },
  en: { precision: 0.98, recall: 0.98, least: 220 },
  'zh-fresh': { precision: 0.95, recall: 0.95, least: 40 },
  'en-fresh': { precision: 0.95, recall: 0.95, least: 40 },
  'zh-holdout': { precision: 0.95, recall: 0.4, least: 40 },
  'en-holdout': { precision: 0.9, recall: 0.4, least: 40 },
};

/** The categories the sets measure: the seven issue 8 names for the guard. */
const MEASURED: readonly LanguageCategory[] = [
  'insult',
  'threat',
  'intimidation',
  'impersonation',
  'false_legal_threat',
  'third_party_disclosure',
  'pressure',
];

const sets = readEvalSets(FOLDER);

describe('the language guard evaluation sets', () => {
  it('are the sets with floors, each large enough, about half lawful, every category among the unlawful', () => {
    expect(sets.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const set of sets) {
      const floor = FLOORS[set.name];
      const lawful = set.texts.filter((t) => t.expect === 'lawful').length;
      expect(set.texts.length, set.name).toBeGreaterThanOrEqual(floor?.least ?? Number.POSITIVE_INFINITY);
      expect(lawful / set.texts.length, set.name).toBeGreaterThanOrEqual(0.4);
      expect(lawful / set.texts.length, set.name).toBeLessThanOrEqual(0.6);
      expect([...new Set(set.texts.map((t) => t.expect))].sort(), set.name).toEqual(['lawful', ...MEASURED].sort());
      expect(set.name.startsWith(set.language), set.name).toBe(true);
      for (const t of set.texts) expect(t.id.startsWith(`${set.language}-`), t.id).toBe(true);
    }
  });

  it('test both flags both ways: lawful and unlawful texts to third parties and about time-barred debts', () => {
    for (const language of ['zh', 'en']) {
      const texts = sets.filter((s) => s.language === language).flatMap((s) => s.texts);
      for (const flag of ['to_third_party', 'time_barred'] as const) {
        expect(texts.filter((t) => t[flag] && t.expect === 'lawful').length, `${language} ${flag}`).toBeGreaterThan(5);
        expect(texts.filter((t) => t[flag] && t.expect !== 'lawful').length, `${language} ${flag}`).toBeGreaterThan(5);
      }
    }
  });

  it('never repeat a text, within a set or across sets', () => {
    const texts = sets.flatMap((s) => s.texts.map((t) => t.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe.each(sets.map((s) => [s.name, s] as const))('the language guard on %s', (name, set) => {
  it('keeps precision and recall at or above the floors it reached', () => {
    const score = scoreEvalSet(set);
    const floor = FLOORS[name];
    const detail = { misses: score.misses.map((m) => m.id), falseAlarms: score.falseAlarms.map((f) => f.id) };
    expect({ precision: score.precision >= (floor?.precision ?? 1), ...detail }).toEqual({
      precision: true,
      ...detail,
    });
    expect({ recall: score.recall >= (floor?.recall ?? 1), ...detail }).toEqual({ recall: true, ...detail });
  });
});

describe('scoring a set', () => {
  const set = (texts: string): EvalSet => parseEvalSet(`version: 1\nlanguage: en\ntexts:\n${texts}`, 'en-test');
  const small = set(
    [
      '  - {id: en-1, kind: sms, expect: lawful, text: "Please call us."}',
      '  - {id: en-2, kind: sms, expect: lawful, text: "You deadbeat, please call us."}',
      '  - {id: en-3, kind: call, expect: insult, text: "You idiot."}',
      '  - {id: en-4, kind: call, expect: threat, text: "You idiot."}',
      '  - {id: en-5, kind: call, expect: threat, text: "Hello there."}',
      '  - {id: en-6, kind: call, expect: third_party_disclosure, to_third_party: true, text: "He owes us."}',
      '  - {id: en-7, kind: call, expect: third_party_disclosure, text: "He owes us."}',
    ].join('\n'),
  );

  it('counts strictly: a true positive only under the expected category, a false positive for any finding', () => {
    const s = scoreEvalSet(small);
    expect([s.total, s.lawful, s.unlawful]).toEqual([7, 2, 5]);
    expect([s.truePositives, s.falsePositives, s.falseNegatives, s.trueNegatives, s.otherCategory]).toEqual([
      2, 1, 3, 1, 1,
    ]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 5);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5));
    expect(s.byCategory).toEqual([
      { category: 'insult', total: 1, caught: 1, recall: 1 },
      { category: 'threat', total: 2, caught: 0, recall: 0 },
      { category: 'third_party_disclosure', total: 2, caught: 1, recall: 0.5 },
    ]);
    expect(s.misses.map((m) => [m.id, m.found])).toEqual([
      ['en-4', ['insult']],
      ['en-5', []],
      ['en-7', []],
    ]);
    expect(s.falseAlarms.map((f) => [f.id, f.findings.map((x) => x.category)])).toEqual([['en-2', ['insult']]]);
  });

  it('adds scores of one language together', () => {
    const one = scoreEvalSet(small);
    const both = combineScores('en, all', 'en', [one, one]);
    expect([both.total, both.truePositives, both.falsePositives, both.misses.length]).toEqual([14, 4, 2, 6]);
    expect([both.precision, both.recall]).toEqual([one.precision, one.recall]);
    expect(both.byCategory.find((c) => c.category === 'threat')).toEqual({
      category: 'threat',
      total: 4,
      caught: 0,
      recall: 0,
    });
  });

  it('refuses a malformed set, naming the place', () => {
    const refusal = (texts: string) => {
      try {
        set(texts);
      } catch (error) {
        if (isAppError(error)) return `${error.code} ${error.message}`;
        throw error;
      }
      return 'accepted';
    };
    expect(refusal('  - {id: en-1, kind: sms, expect: rudeness, text: "x"}')).toMatch(
      /^INVALID_INPUT the evaluation set en-test is not a valid language guard evaluation set: texts\[0\]\.expect: /,
    );
    expect(
      refusal(
        '  - {id: en-1, kind: sms, expect: lawful, text: "x"}\n  - {id: en-1, kind: sms, expect: lawful, text: "y"}',
      ),
    ).toBe(
      'INVALID_INPUT the evaluation set en-test is not a valid language guard evaluation set: texts[1].id: "en-1" is also texts[0]',
    );
    expect(refusal('  - {id: en-1, kind: fax, expect: lawful, text: "x"}')).toMatch(/texts\[0\]\.kind: /);
  });
});
