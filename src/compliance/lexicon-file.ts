/**
 * The language guard's lexicon file (examples/compliance-lexicon.yaml; src/domain/compliance/lexicon.ts
 * says what a rule means), read as every document people write is read (src/document): YAML 1.2, its
 * shape checked by zod, then what spans the file — ids unique, every phrase with words in it, a `*` only
 * at the end of a Latin word, a scope naming categories or rules that exist, a homophone one character
 * written one way — each problem with its path.
 */
import { z } from 'zod';
import { checkedDocument, type SchemaCheck } from '../document/parse-yaml-document.js';
import { schemaProblems } from '../document/schema-problems.js';
import {
  GUARD_CONDITIONS,
  LANGUAGE_CATEGORIES,
  type Lexicon,
  lexiconProblems,
  SCOPE_REACHES,
  TEXT_LANGUAGES,
} from '../domain/compliance/lexicon.js';

const phrase = z.string().trim().min(1).max(200);
const reason = z.string().trim().min(1).max(500);

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'an id is lower-case letters, digits and underscores, starting with a letter');

const rule = z.strictObject({
  id,
  category: z.enum(LANGUAGE_CATEGORIES),
  reason: z.strictObject({ 'zh-CN': reason, en: reason }),
  when: z.enum(GUARD_CONDITIONS).optional(),
  language: z.enum(TEXT_LANGUAGES).optional(),
  phrases: z.array(phrase).default([]),
  sequences: z
    .array(
      z.strictObject({
        gap: z.number().int().min(0).max(30),
        groups: z.array(z.array(phrase).min(1)).min(2, 'a sequence has at least two groups'),
        within: z.enum(['sentence', 'clause']).optional(),
      }),
    )
    .default([]),
  except: z.array(phrase).default([]),
});

const scope = z.strictObject({
  id,
  applies_to: z.array(id).min(1),
  cues: z.array(phrase).min(1),
  window: z.number().int().min(0).max(30),
  reach: z.enum(SCOPE_REACHES).default('clause'),
  breakers: z.array(phrase).default([]),
  except: z.array(phrase).default([]),
});

const file = z.strictObject({
  version: z.literal(1),
  rules: z.array(rule).min(1),
  scopes: z.array(scope).default([]),
  quotation: z
    .strictObject({ before: z.array(phrase).default([]), after: z.array(phrase).default([]) })
    .default({ before: [], after: [] }),
  homophones: z.record(z.string(), z.array(phrase).min(1)).default({}),
});

export const checkLexicon: SchemaCheck<Lexicon> = (value) => {
  const parsed = file.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const problems = lexiconProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: parsed.data };
};

/**
 * The lexicon in `text`, checked; `what` names it in messages. UNREADABLE_INPUT for a text that is not
 * YAML, INVALID_INPUT listing the first problems by path.
 */
export function parseLexicon(text: string, what: string): Lexicon {
  return checkedDocument(text, what, 'language guard lexicon', checkLexicon);
}
