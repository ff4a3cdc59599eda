/** Every letter the templates can make passes the language guard, in both languages, for every kind. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../compliance/lint-text.js';
import { composeLetter, letterText } from '../domain/letter/compose-letter.js';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../domain/letter/letter-codes.js';
import { sampleFacts } from '../domain/letter/letter-facts-fixture.js';

describe('letter templates and the language guard', () => {
  for (const kind of LETTER_KINDS) {
    for (const language of LETTER_LANGUAGES) {
      it(`${kind} in ${language} has nothing the guard finds`, () => {
        const text = letterText(composeLetter(sampleFacts(kind, language)));
        expect(lintText({ text, language })).toEqual({ ok: true, findings: [] });
      });
    }
  }

  for (const language of LETTER_LANGUAGES) {
    it(`a final demand in ${language} is a false legal threat on a time-barred debt`, () => {
      const text = letterText(composeLetter(sampleFacts('final_demand', language)));
      const result = lintText({ text, language, timeBarred: true });
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.category)).toContain('false_legal_threat');
    });
  }
});
