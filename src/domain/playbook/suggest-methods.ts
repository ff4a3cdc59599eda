/**
 * Which of the playbook's recovery methods apply to an account, and why: a method applies when any of its
 * rules holds on the account's facts, and each rule that holds gives its reason, with the facts it names
 * filled in ("2 promises broken"). A method whose rules cannot hold or fail without a fact Dunwell does not
 * record comes back "to check", with what to look up. The catalogue entry of the last excuse the debtor gave
 * comes back with them: its response and follow-up are what the next contact should do.
 *
 * Pure: the facts are loaded by src/playbook/suggest-playbook-methods.ts; the playbook is the stored one.
 */
import { evaluateCondition } from './evaluate-condition.js';
import { methodNumber, PLAYBOOK_LANGUAGES, type RecoveryMethod } from './playbook-codes.js';
import type { ExcuseEntry, PlaybookDocument, Text } from './playbook-document.js';
import { PLAYBOOK_FACT_FIELDS, type PlaybookFactName, type PlaybookFacts } from './playbook-facts.js';

export interface MethodSuggestion {
  id: RecoveryMethod;
  number: number;
  /** The reasons of the rules that hold, with their facts filled in. */
  because: Text[];
}

export interface MethodToCheck {
  id: RecoveryMethod;
  number: number;
  /** The unrecorded facts to look up. */
  unknown: PlaybookFactName[];
  /** The reasons of the rules that would hold if those facts did. */
  because: Text[];
}

export interface Suggestions {
  methods: MethodSuggestion[];
  to_check: MethodToCheck[];
  /** The catalogue entry of the last excuse recorded; null when none was. */
  excuse: ExcuseEntry | null;
}

const NONE: Text = { 'zh-CN': '无', en: 'none' };
const YES: Text = { 'zh-CN': '是', en: 'yes' };
const NO: Text = { 'zh-CN': '否', en: 'no' };

/** One fact as a reason shows it: a ratio as a whole percentage, a list joined, nothing as "none". */
export function formatFact(name: PlaybookFactName, facts: PlaybookFacts, lang: keyof Text): string {
  const value: unknown = facts[name];
  if (value === null || value === undefined) return NONE[lang];
  switch (PLAYBOOK_FACT_FIELDS[name]) {
    case 'ratio':
      return `${Math.round((value as number) * 100)}%`;
    case 'boolean':
      return (value ? YES : NO)[lang];
    case 'list': {
      const list = value as readonly string[];
      return list.length === 0 ? NONE[lang] : list.join(', ');
    }
    default:
      return String(value);
  }
}

/** The reason with every `{fact}` replaced by the fact's value; other braces are left as written. */
export function fillReason(text: Text, facts: PlaybookFacts): Text {
  const fill = (lang: keyof Text) =>
    text[lang].replace(/\{([a-z0-9_]+)\}/g, (whole, name: string) =>
      Object.hasOwn(PLAYBOOK_FACT_FIELDS, name) ? formatFact(name as PlaybookFactName, facts, lang) : whole,
    );
  return Object.fromEntries(PLAYBOOK_LANGUAGES.map((lang) => [lang, fill(lang)])) as unknown as Text;
}

export function suggestMethods(playbook: PlaybookDocument, facts: PlaybookFacts): Suggestions {
  const methods: MethodSuggestion[] = [];
  const toCheck: MethodToCheck[] = [];
  for (const method of playbook.methods) {
    const because: Text[] = [];
    const maybe: Text[] = [];
    const unknown = new Set<PlaybookFactName>();
    for (const rule of method.when) {
      const result = evaluateCondition(rule.if, facts);
      if (result.truth === 'true') because.push(fillReason(rule.because, facts));
      else if (result.truth === 'unknown') {
        maybe.push(fillReason(rule.because, facts));
        for (const fact of result.unknown) unknown.add(fact);
      }
    }
    const number = methodNumber(method.id);
    if (because.length > 0) methods.push({ id: method.id, number, because });
    else if (maybe.length > 0) toCheck.push({ id: method.id, number, unknown: [...unknown], because: maybe });
  }
  const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
  const excuse =
    facts.last_excuse === null ? null : (playbook.excuses.find((e) => e.category === facts.last_excuse) ?? null);
  return { methods: methods.sort(byNumber), to_check: toCheck.sort(byNumber), excuse };
}
