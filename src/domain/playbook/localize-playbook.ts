/**
 * The playbook (or any part of it) in one language: every bilingual text becomes the text in that
 * language; codes, ids and conditions stay as they are. This is what the desk shows a collector.
 */
import { methodNumber, PLAYBOOK_LANGUAGES, type PlaybookLanguage } from './playbook-codes.js';
import type { PlaybookDocument, Text } from './playbook-document.js';

export type Localized<T> = T extends Text
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** A bilingual text: exactly the playbook languages as keys, each a string. */
export function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === PLAYBOOK_LANGUAGES.length &&
    PLAYBOOK_LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string')
  );
}

export function localize<T>(value: T, lang: PlaybookLanguage): Localized<T> {
  return pick(value, lang) as Localized<T>;
}

function pick(value: unknown, lang: PlaybookLanguage): unknown {
  if (isText(value)) return value[lang];
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pick(v, lang)]));
  }
  return value;
}

/** The playbook in one language, its methods in the methodology's order with their numbers. */
export function localizePlaybook(playbook: PlaybookDocument, lang: PlaybookLanguage) {
  const methods = [...playbook.methods]
    .sort((a, b) => methodNumber(a.id) - methodNumber(b.id))
    .map((m) => ({ number: methodNumber(m.id), ...localize(m, lang) }));
  return { ...localize(playbook, lang), language: lang, methods };
}

export type LocalizedPlaybook = ReturnType<typeof localizePlaybook>;
