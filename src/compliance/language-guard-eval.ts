/**
 * How well the language guard does on a labelled set of texts written for measuring it and never for
 * tuning it (examples/language-guard-eval/*.yaml): each text lawful or unlawful under one category, with
 * the flags it is sent under. A text is linted exactly as `compliance lint` lints it.
 *
 * The count is strict. An unlawful text is a true positive only when the guard reports its own category
 * (a threat reported only as an insult is a miss, counted apart as "flagged under another category"); a
 * lawful text is a false positive when the guard reports anything at all. Precision is TP / (TP + FP),
 * recall TP / unlawful.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkedDocument, type SchemaCheck } from '../document/parse-yaml-document.js';
import { schemaProblems } from '../document/schema-problems.js';
import { LANGUAGE_CATEGORIES, type LanguageCategory } from '../domain/compliance/lexicon.js';
import { type LintFinding, lintText } from './lint-text.js';

/** Where a text of the set would be written. */
export const EVAL_TEXT_KINDS = ['sms', 'wechat', 'email', 'call', 'script', 'note', 'letter', 'app'] as const;

export interface EvalText {
  id: string;
  kind: (typeof EVAL_TEXT_KINDS)[number];
  expect: 'lawful' | LanguageCategory;
  to_third_party: boolean;
  time_barred: boolean;
  why?: string | undefined;
  text: string;
}

export interface EvalSet {
  /** The file's name without `.yaml`: zh, en, zh-fresh… */
  name: string;
  language: 'zh' | 'en';
  texts: EvalText[];
}

const evalText = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'an id is the language, a dash, then letters, digits or dashes'),
  kind: z.enum(EVAL_TEXT_KINDS),
  expect: z.enum(['lawful', ...LANGUAGE_CATEGORIES]),
  to_third_party: z.boolean().default(false),
  time_barred: z.boolean().default(false),
  why: z.string().trim().min(1).optional(),
  text: z.string().trim().min(1),
});

const evalFile = z.strictObject({
  version: z.literal(1),
  language: z.enum(['zh', 'en']),
  texts: z.array(evalText).min(1),
});

const checkEvalFile: SchemaCheck<Omit<EvalSet, 'name'>> = (value) => {
  const parsed = evalFile.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const seen = new Map<string, number>();
  const problems = parsed.data.texts.flatMap((t, i) => {
    const first = seen.get(t.id);
    seen.set(t.id, first ?? i);
    return first === undefined ? [] : [{ path: ['texts', i, 'id'], message: `"${t.id}" is also texts[${first}]` }];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: parsed.data };
};

/** An evaluation file's text, checked; `name` is what the set is called in reports. */
export function parseEvalSet(text: string, name: string): EvalSet {
  return {
    name,
    ...checkedDocument(text, `the evaluation set ${name}`, 'language guard evaluation set', checkEvalFile),
  };
}

/** Every `*.yaml` set in `folder`, by name. */
export function readEvalSets(folder: string): EvalSet[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseEvalSet(readFileSync(join(folder, f), 'utf8'), f.slice(0, -'.yaml'.length)));
}

export interface CategoryRecall {
  category: LanguageCategory;
  total: number;
  caught: number;
  recall: number;
}

export interface EvalMiss {
  id: string;
  text: string;
  expect: LanguageCategory;
  /** The categories the guard did report, if any. */
  found: LanguageCategory[];
}

export interface EvalFalseAlarm {
  id: string;
  text: string;
  findings: LintFinding[];
}

export interface EvalScore {
  name: string;
  language: 'zh' | 'en';
  total: number;
  lawful: number;
  unlawful: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Unlawful texts the guard flagged, but only under a category other than the expected one (among the false negatives). */
  otherCategory: number;
  precision: number;
  recall: number;
  f1: number;
  byCategory: CategoryRecall[];
  misses: EvalMiss[];
  falseAlarms: EvalFalseAlarm[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Several scores of one language as one: the counts added, the misses and false alarms listed together. */
export function combineScores(name: string, language: 'zh' | 'en', scores: readonly EvalScore[]): EvalScore {
  const sum = (f: (s: EvalScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const truePositives = sum((s) => s.truePositives);
  const falsePositives = sum((s) => s.falsePositives);
  const unlawful = sum((s) => s.unlawful);
  return withRates({
    name,
    language,
    total: sum((s) => s.total),
    lawful: sum((s) => s.lawful),
    unlawful,
    truePositives,
    falsePositives,
    falseNegatives: sum((s) => s.falseNegatives),
    trueNegatives: sum((s) => s.trueNegatives),
    otherCategory: sum((s) => s.otherCategory),
    byCategory: LANGUAGE_CATEGORIES.flatMap((category) => {
      const of = scores.flatMap((s) => s.byCategory.filter((c) => c.category === category));
      if (of.length === 0) return [];
      const total = of.reduce((n, c) => n + c.total, 0);
      const caught = of.reduce((n, c) => n + c.caught, 0);
      return [{ category, total, caught, recall: ratio(caught, total) }];
    }),
    misses: scores.flatMap((s) => s.misses),
    falseAlarms: scores.flatMap((s) => s.falseAlarms),
  });
}

function withRates(score: Omit<EvalScore, 'precision' | 'recall' | 'f1'>): EvalScore {
  const precision = ratio(score.truePositives, score.truePositives + score.falsePositives);
  const recall = ratio(score.truePositives, score.unlawful);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}

export function scoreEvalSet(set: EvalSet): EvalScore {
  const misses: EvalMiss[] = [];
  const falseAlarms: EvalFalseAlarm[] = [];
  const byCategory = new Map<LanguageCategory, { total: number; caught: number }>();
  let truePositives = 0;
  let trueNegatives = 0;
  let otherCategory = 0;
  for (const t of set.texts) {
    const { findings } = lintText({ text: t.text, toThirdParty: t.to_third_party, timeBarred: t.time_barred });
    if (t.expect === 'lawful') {
      if (findings.length === 0) trueNegatives += 1;
      else falseAlarms.push({ id: t.id, text: t.text, findings });
      continue;
    }
    const tally = byCategory.get(t.expect) ?? { total: 0, caught: 0 };
    byCategory.set(t.expect, tally);
    tally.total += 1;
    if (findings.some((f) => f.category === t.expect)) {
      truePositives += 1;
      tally.caught += 1;
    } else {
      if (findings.length > 0) otherCategory += 1;
      misses.push({ id: t.id, text: t.text, expect: t.expect, found: [...new Set(findings.map((f) => f.category))] });
    }
  }
  const unlawful = set.texts.filter((t) => t.expect !== 'lawful').length;
  return withRates({
    name: set.name,
    language: set.language,
    total: set.texts.length,
    lawful: set.texts.length - unlawful,
    unlawful,
    truePositives,
    falsePositives: falseAlarms.length,
    falseNegatives: misses.length,
    trueNegatives,
    otherCategory,
    byCategory: LANGUAGE_CATEGORIES.flatMap((category) => {
      const tally = byCategory.get(category);
      return tally === undefined ? [] : [{ category, ...tally, recall: ratio(tally.caught, tally.total) }];
    }),
    misses,
    falseAlarms,
  });
}
