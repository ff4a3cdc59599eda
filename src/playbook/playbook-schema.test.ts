import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { isAppError } from '../domain/errors.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { checkPlaybookText, parsePlaybook } from './parse-playbook.js';

type Texts = Record<string, string>;
/** The parts of the YAML the tests edit, as plain data. */
interface Doc {
  call: { title: Texts; tasks: { capture: { kind: string }[] }[] };
  excuses: { category: string; response: Texts; arrangements: string[] }[];
  abusive_debtor: { warnings: Texts[] };
  visits: { pairing: { min_staff: number }; types: unknown[] };
  methods: { id: string; name: Texts; arrangements: string[]; when: { if: unknown; because: Texts }[] }[];
}

/** The default playbook changed by `edit`, as YAML again, and what the parser says of it. */
function problemsAfter(edit: (doc: Doc) => void): { path: string; message: string }[] {
  const doc = parse(DEFAULT_PLAYBOOK_YAML) as Doc;
  edit(doc);
  const parsed = parsePlaybook(stringify(doc));
  if (parsed.ok) return [];
  return parsed.errors;
}

function problemAt(edit: (doc: Doc) => void, path: string): string {
  const problems = problemsAfter(edit);
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}: ${JSON.stringify(problems)}`);
  return found.message;
}

const firstRule = (doc: Doc, method: number) => doc.methods[method]!.when[0]!;

describe('the playbook schema', () => {
  it('names a missing excuse category and a repeated one', () => {
    expect(problemAt((d) => d.excuses.pop(), 'excuses')).toBe('missing excuse category: half_lost_contact');
    expect(
      problemAt((d) => {
        d.excuses[1]!.category = 'third_party_owes_me';
      }, 'excuses[1].category'),
    ).toBe('excuse category "third_party_owes_me" appears twice');
    expect(
      problemAt((d) => {
        d.excuses[0]!.category = 'lost_my_wallet';
      }, 'excuses[0].category'),
    ).toMatch(/third_party_owes_me/);
  });

  it('wants every text in both languages, non-empty, and no third language', () => {
    expect(
      problemAt((d) => {
        delete d.excuses[2]!.response.en;
      }, 'excuses[2].response.en'),
    ).toMatch(/required/);
    expect(
      problemAt((d) => {
        d.methods[4]!.name['zh-CN'] = '  ';
      }, 'methods[4].name.zh-CN'),
    ).toBe('the text is empty');
    expect(
      problemAt((d) => {
        d.call.title.fr = 'Appel';
      }, 'call.title.fr'),
    ).toBe('unknown key "fr"');
  });

  it('keeps the four core tasks in order, the promise with a date and a time, the excuse captured', () => {
    expect(
      problemAt((d) => {
        d.call.tasks.reverse();
      }, 'call.tasks'),
    ).toMatch(/exactly the four core tasks, in this order: ask_for_payment_today, learn_why_late/);
    expect(
      problemAt((d) => {
        d.call.tasks[3]!.capture = d.call.tasks[3]!.capture.filter((c: { kind: string }) => c.kind !== 'time');
      }, 'call.tasks[3].capture'),
    ).toMatch(/an exact date and a time of day/);
    expect(
      problemAt((d) => {
        d.call.tasks[1]!.capture = d.call.tasks[1]!.capture.filter((c: { kind: string }) => c.kind !== 'excuse');
      }, 'call.tasks[1].capture'),
    ).toMatch(/captures the excuse/);
  });

  it('holds the three warnings and visits in pairs', () => {
    expect(
      problemAt((d) => {
        d.abusive_debtor.warnings.push(d.abusive_debtor.warnings[0]!);
      }, 'abusive_debtor.warnings'),
    ).toMatch(/exactly 3 warnings/);
    expect(
      problemAt((d) => {
        d.visits.pairing.min_staff = 1;
      }, 'visits.pairing.min_staff'),
    ).toMatch(/in pairs/);
    expect(problemAt((d) => d.visits.types.pop(), 'visits.types')).toBe('missing visit type: breach');
  });

  it('wants all thirty methods, each once', () => {
    expect(problemAt((d) => d.methods.pop(), 'methods')).toBe('missing recovery method: lawsuit');
    expect(
      problemAt((d) => {
        d.methods[1]!.id = 'proactive_visit';
      }, 'methods[1].id'),
    ).toBe('recovery method "proactive_visit" appears twice');
  });

  it('checks method conditions fact by fact, by kind and code list', () => {
    expect(
      problemAt((d) => {
        firstRule(d, 22).if = { outstanding: { gte: 100 } };
      }, 'methods[22].when[0].if.outstanding'),
    ).toMatch(/"outstanding" is not a playbook fact/);
    expect(
      problemAt((d) => {
        firstRule(d, 22).if = { has_guarantor: { gte: 1 } };
      }, 'methods[22].when[0].if.has_guarantor.gte'),
    ).toBe('gte does not apply to has_guarantor (boolean); it takes eq, ne');
    expect(
      problemAt((d) => {
        firstRule(d, 22).if = { watch: 'bankrupt' };
      }, 'methods[22].when[0].if.watch'),
    ).toMatch(/watch takes one of address_change/);
    expect(
      problemAt((d) => {
        firstRule(d, 22).if = { dpd: { between: [90, 30] } };
      }, 'methods[22].when[0].if.dpd.between'),
    ).toBe('the low end 90 is above the high end 30');
    expect(
      problemAt((d) => {
        firstRule(d, 22).if = { dpd: { is_null: true } };
      }, 'methods[22].when[0].if.dpd.is_null'),
    ).toMatch(/is_null does not apply to dpd/);
    expect(
      problemAt((d) => {
        firstRule(d, 28).if = { notarized_instrument: null };
      }, 'methods[28].when[0].if.notarized_instrument'),
    ).toMatch(/not recorded by Dunwell/);
    expect(
      problemAt((d) => {
        firstRule(d, 0).if = {};
      }, 'methods[0].when[0].if'),
    ).toMatch(/empty condition/);
    expect(
      problemAt((d) => {
        firstRule(d, 0).if = { any: [] };
      }, 'methods[0].when[0].if.any'),
    ).toMatch(/non-empty list/);
    expect(
      problemAt((d) => {
        firstRule(d, 0).if = { cost_share: { gte: -0.1 } };
      }, 'methods[0].when[0].if.cost_share.gte'),
    ).toMatch(/a ratio of 0 or more/);
  });

  it('wants a reason to name only facts', () => {
    expect(
      problemAt((d) => {
        firstRule(d, 0).because.en = 'late by {days_late}';
      }, 'methods[0].when[0].because.en'),
    ).toBe('{days_late} is not a playbook fact');
  });

  it('refuses an arrangement type that does not exist, or one listed twice', () => {
    expect(
      problemAt((d) => {
        d.methods[19]!.arrangements = ['plan', 'plan'];
      }, 'methods[19].arrangements'),
    ).toBe('an arrangement type is listed twice');
    expect(
      problemAt((d) => {
        d.excuses[0]!.arrangements = ['loan_swap'];
      }, 'excuses[0].arrangements[0]'),
    ).toMatch(/settlement/);
  });

  it('turns a broken file into one error naming the line, and a bad one into the problems by path', () => {
    const broken = () => checkPlaybookText('name: x\ncall: [\n', 'playbook.yaml');
    expect(broken).toThrow(/playbook.yaml is not YAML: line \d+, column \d+/);
    try {
      broken();
    } catch (error) {
      expect(isAppError(error, 'UNREADABLE_INPUT')).toBe(true);
    }
    const invalid = () => checkPlaybookText('name: x\n', 'playbook.yaml');
    expect(invalid).toThrow(/playbook.yaml is not a valid playbook: call: required/);
    try {
      invalid();
    } catch (error) {
      expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
    }
    expect(() => checkPlaybookText('- a\n- b\n', 'f')).toThrow(/a playbook is a YAML mapping/);
  });
});
