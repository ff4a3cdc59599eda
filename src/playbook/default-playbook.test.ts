import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCUSE_CATEGORIES } from '../domain/activity/activity-codes.js';
import { ARRANGEMENT_TYPES } from '../domain/arrangement/arrangement-codes.js';
import {
  CALL_TASKS,
  MIN_VISIT_STAFF,
  PLAYBOOK_LANGUAGES,
  RECOVERY_METHODS,
  VISIT_TYPES,
} from '../domain/playbook/playbook-codes.js';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { parsePlaybook } from './parse-playbook.js';

function defaultPlaybook(): PlaybookDocument {
  const parsed = parsePlaybook(DEFAULT_PLAYBOOK_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.document;
}

/** Every bilingual text in the document, with its path. */
function texts(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || 'zh-CN' in record) return [[path, record]];
  return Object.entries(record).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe('the default playbook', () => {
  it('is the text of examples/playbook.yaml, byte for byte', () => {
    expect(DEFAULT_PLAYBOOK_YAML).toBe(readFileSync('examples/playbook.yaml', 'utf8'));
  });

  it('is valid', () => {
    expect(parsePlaybook(DEFAULT_PLAYBOOK_YAML)).toMatchObject({ ok: true });
  });

  it('catalogues exactly the excuse categories activities record, each once', () => {
    const categories = defaultPlaybook().excuses.map((e) => e.category);
    expect([...categories].sort()).toEqual([...EXCUSE_CATEGORIES].sort());
    expect(categories).toHaveLength(EXCUSE_CATEGORIES.length);
  });

  it('has every text in both languages, none empty, and Chinese in the zh-CN texts', () => {
    const all = texts(defaultPlaybook());
    expect(all.length).toBeGreaterThan(250);
    for (const [path, text] of all) {
      expect(Object.keys(text).sort(), path).toEqual([...PLAYBOOK_LANGUAGES].sort());
      for (const lang of PLAYBOOK_LANGUAGES) {
        expect(typeof text[lang] === 'string' && (text[lang] as string).trim().length > 0, `${path}.${lang}`).toBe(
          true,
        );
      }
      expect(text['zh-CN'], `${path} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, `${path} en`).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has the thirty recovery methods with unique ids, each with a rule, names in both languages', () => {
    const methods = defaultPlaybook().methods;
    expect(methods).toHaveLength(30);
    expect(new Set(methods.map((m) => m.id)).size).toBe(30);
    expect(methods.map((m) => m.id)).toEqual([...RECOVERY_METHODS]);
    for (const m of methods) {
      expect(m.when.length, m.id).toBeGreaterThan(0);
      for (const type of m.arrangements) expect(ARRANGEMENT_TYPES).toContain(type);
    }
    const excuses = defaultPlaybook().excuses;
    for (const e of excuses) for (const type of e.arrangements) expect(ARRANGEMENT_TYPES).toContain(type);
  });

  it('has the four core call tasks, three warnings and the three visit types made in pairs', () => {
    const doc = defaultPlaybook();
    expect(doc.call.tasks.map((t) => t.id)).toEqual([...CALL_TASKS]);
    const promise = doc.call.tasks[3];
    expect(promise?.capture.map((c) => c.kind)).toEqual(expect.arrayContaining(['amount', 'date', 'time']));
    expect(doc.abusive_debtor.warnings).toHaveLength(3);
    expect(doc.visits.types.map((t) => t.id)).toEqual([...VISIT_TYPES]);
    expect(doc.visits.pairing.min_staff).toBeGreaterThanOrEqual(MIN_VISIT_STAFF);
  });

  it('states consequences as facts: no threat of exposure to third parties anywhere', () => {
    // The methodology's unlawful moves (telling relatives or employers, public shaming) must not survive
    // as advice: where the text mentions them it is to forbid them.
    const english = texts(defaultPlaybook())
      .map(([, t]) => String(t.en))
      .join('\n');
    expect(english).not.toMatch(/\b(shame|humiliate them|tell (his|her|their) employer)\b/i);
    expect(english).toMatch(/never tell anyone who does not owe the debt/i);
  });
});
