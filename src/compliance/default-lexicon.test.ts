import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../domain/errors.js';
import { DEFAULT_LEXICON_YAML, defaultLanguageGuard } from './default-lexicon.js';
import { parseLexicon } from './lexicon-file.js';

describe('the shipped lexicon', () => {
  it('is the text of examples/compliance-lexicon.yaml, byte for byte', () => {
    expect(DEFAULT_LEXICON_YAML).toBe(readFileSync('examples/compliance-lexicon.yaml', 'utf8'));
  });

  it('parses, with rules in every category and reasons in both languages', () => {
    const categories = new Set(defaultLanguageGuard().rules.map((r) => r.rule.category));
    expect([...categories].sort()).toEqual(
      [
        'false_legal_threat',
        'impersonation',
        'insult',
        'intimidation',
        'pressure',
        'third_party_disclosure',
        'threat',
      ].sort(),
    );
    for (const { rule } of defaultLanguageGuard().rules) {
      expect(rule.reason['zh-CN'], rule.id).toMatch(/\p{Script=Han}/u);
      expect(rule.reason.en, rule.id).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('a lexicon file', () => {
  const refusal = (text: string) => {
    try {
      parseLexicon(text, 'the file');
    } catch (error) {
      if (isAppError(error)) return `${error.code} ${error.message}`;
      throw error;
    }
    return 'accepted';
  };
  const reason = "reason: {zh-CN: '理由', en: 'reason'}";

  it('is refused with the path of each problem', () => {
    expect(refusal(`version: 1\nrules:\n  - {id: a, category: rudeness, ${reason}, phrases: [x]}\n`)).toMatch(
      /^INVALID_INPUT the file is not a valid language guard lexicon: rules\[0\]\.category: /,
    );
    expect(refusal(`version: 1\nrules:\n  - {id: a, category: insult, ${reason}, phrases: [x], colour: red}\n`)).toBe(
      'INVALID_INPUT the file is not a valid language guard lexicon: rules[0].colour: unknown key "colour"',
    );
    expect(refusal(`version: 1\nrules:\n  - {id: a, category: insult, reason: {en: 'reason'}, phrases: [x]}\n`)).toBe(
      'INVALID_INPUT the file is not a valid language guard lexicon: rules[0].reason.zh-CN: required (string)',
    );
    expect(
      refusal(`version: 1\nrules:\n  - {id: a, category: insult, ${reason}, sequences: [{gap: 2, groups: [[a]]}]}\n`),
    ).toBe(
      'INVALID_INPUT the file is not a valid language guard lexicon: rules[0].sequences[0].groups: a sequence has at least two groups',
    );
    expect(refusal(`version: 1\nrules:\n  - {id: a, category: insult, ${reason}, phrases: ['*x']}\n`)).toBe(
      'INVALID_INPUT the file is not a valid language guard lexicon: rules[0].phrases[0]: "*x": a * goes right after a Latin word, to take any ending',
    );
    expect(refusal('version: 1\nrules: [\n')).toMatch(/^UNREADABLE_INPUT the file is not YAML: line \d+, column \d+/);
  });

  it('is read with its defaults: no sequences, no exceptions', () => {
    const lexicon = parseLexicon(`version: 1\nrules:\n  - {id: a, category: insult, ${reason}, phrases: [x]}\n`, 'f');
    expect(lexicon.rules[0]).toEqual({
      id: 'a',
      category: 'insult',
      reason: { 'zh-CN': '理由', en: 'reason' },
      phrases: ['x'],
      sequences: [],
      except: [],
    });
  });
});
