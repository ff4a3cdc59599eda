import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEMO_STRATEGY_YAML } from '../demo/demo-strategy.js';
import { formatPath } from '../document/parse-yaml-document.js';
import { parseStrategy } from './parse-strategy.js';

type Json = Record<string, unknown>;

/** The demo strategy as plain data, changed by `edit`, written back as YAML and parsed. */
function problems(edit: (doc: Json & { segments: Json[] }) => void) {
  const doc = parse(DEMO_STRATEGY_YAML);
  edit(doc);
  const result = parseStrategy(stringify(doc));
  if (result.ok) return [];
  return result.errors;
}

const paths = (edit: Parameters<typeof problems>[0]) => problems(edit).map((p) => p.path);

describe('parseStrategy: YAML syntax', () => {
  it('gives the line and column of a syntax error (1-based) and no schema errors', () => {
    const text = 'name: x\ncurrency: CNY\nsegments:\n  - id: a\n   name_en: [unclosed\n';
    const result = parseStrategy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.syntax).not.toBeNull();
    expect(result.syntax?.line).toBe(5);
    expect(result.syntax?.column).toBeGreaterThanOrEqual(1);
    expect(result.errors).toEqual([]);
  });

  it('reports a duplicate key as a syntax error at its line', () => {
    const result = parseStrategy('name: a\nname: b\n');
    expect(result.ok ? null : result.syntax).toMatchObject({ line: 2, column: 1 });
  });

  it('reads YAML 1.2: `on` is a key and 09:00 a text', () => {
    const doc = parse(DEMO_STRATEGY_YAML);
    doc.windows.morning.from = '09:00';
    const text = stringify(doc).replace(/"09:00"/g, '09:00');
    expect(text).toMatch(/from: 09:00/);
    expect(parseStrategy(text).ok).toBe(true);
  });

  it('refuses a document that is not a mapping', () => {
    expect(parseStrategy('- a\n- b\n')).toMatchObject({ ok: false, syntax: null, errors: [{ path: '' }] });
    expect(parseStrategy('')).toMatchObject({ ok: false, syntax: null });
  });
});

describe('parseStrategy: schema errors name the path', () => {
  it('accepts the demo strategy', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names unknown keys at every level', () => {
    expect(
      paths((d) => {
        d.colour = 'red';
        (d.segments[2] as Json).owner = 'x';
        ((d.segments[2] as Json).treatment as Json[])[0] = {
          ...((d.segments[2] as Json).treatment as Json[])[0],
          channel: 'sms',
        };
        (((d.segments[2] as Json).treatment as Json[])[0]?.on as Json).daily = true;
      }),
    ).toEqual(
      expect.arrayContaining([
        'colour',
        'segments[2].owner',
        'segments[2].treatment[0].channel',
        'segments[2].treatment[0].on.daily',
      ]),
    );
  });

  it('names missing and mistyped fields', () => {
    const found = problems((d) => {
      delete d.name;
      d.currency = 'RMB';
      ((d.segments[2] as Json).treatment as Json[])[0] = { action: 'fax', on: { dpd: [1] }, window: 'morning' };
    });
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'required (string)' },
        expect.objectContaining({ path: 'currency', message: expect.stringMatching(/ISO 4217/) }),
        expect.objectContaining({ path: 'segments[2].treatment[0].action' }),
      ]),
    );
  });

  it('checks timing', () => {
    const at = (on: Json) =>
      paths((d) => {
        ((d.segments[2] as Json).treatment as Json[])[0] = { action: 'sms', on, window: 'messages' };
      });
    expect(at({ dpd: [1, -3] })).toEqual(['segments[2].treatment[0].on.dpd[1]']);
    expect(at({ dpd: [] })).toEqual(['segments[2].treatment[0].on.dpd']);
    expect(at({})).toEqual(['segments[2].treatment[0].on']);
    expect(at({ dpd: [1], dpd_from: 3 })).toEqual(['segments[2].treatment[0].on.dpd']);
    expect(at({ every: 3 })).toEqual(['segments[2].treatment[0].on.every']);
    expect(at({ dpd_from: 30, dpd_to: 10 })).toEqual(['segments[2].treatment[0].on.dpd_to']);
    expect(at({ weekdays: ['monday'] })).toEqual(['segments[2].treatment[0].on.weekdays[0]']);
    expect(at({ paydays: 'yes' })).toEqual(['segments[2].treatment[0].on.paydays']);
  });

  it('checks windows: HH:MM, from before to, names that exist', () => {
    expect(
      paths((d) => {
        (d.windows as Json).morning = { from: '9:00', to: '12:00' };
      }),
    ).toEqual(['windows.morning.from']);
    expect(
      paths((d) => {
        (d.windows as Json).morning = { from: '12:00', to: '09:00' };
      }),
    ).toEqual(['windows.morning.to']);
    const unknown = problems((d) => {
      (((d.segments[2] as Json).treatment as Json[])[0] as Json).window = 'noon';
    });
    expect(unknown).toEqual([
      {
        path: 'segments[2].treatment[0].window',
        message: expect.stringMatching(/no window is named "noon"; windows are morning/),
      },
    ]);
    expect(
      paths((d) => {
        (((d.segments[2] as Json).treatment as Json[])[0] as Json).window = { from: '10:00', to: '25:00' };
      }),
    ).toEqual(['segments[2].treatment[0].window.to']);
  });

  it('checks conditions against the kind of each fact', () => {
    const when = (condition: unknown) =>
      problems((d) => {
        (d.segments[2] as Json).when = condition;
      });
    const one = (condition: unknown) => when(condition).map((p) => `${p.path}: ${p.message}`);
    expect(one({ dpd: 'ten' })).toEqual(['segments[2].when.dpd: dpd takes a number; got "ten"']);
    expect(one({ colour: 'red' })[0]).toMatch(/^segments\[2\]\.when\.colour: "colour" is not a fact/);
    // A name every object inherits is no fact either (it once reached the operator check and threw).
    expect(one({ constructor: { eq: 1 } })[0]).toMatch(
      /^segments\[2\]\.when\.constructor: "constructor" is not a fact/,
    );
    expect(one({ grade: 'excellent' })).toEqual([
      'segments[2].when.grade: grade takes one of good, medium, poor; got "excellent"',
    ]);
    expect(one({ customer_type: ['retiree', 'pensioner'] })[0]).toMatch(/^segments\[2\]\.when\.customer_type\[1\]: /);
    expect(one({ stage: 'middle' })[0]).toMatch(/^segments\[2\]\.when\.stage: stage takes one of current, early/);
    expect(one({ product: 'mortgage' })[0]).toMatch(/^segments\[2\]\.when\.product: /);
    expect(one({ watch: { includes: 'divorce' } })[0]).toMatch(/^segments\[2\]\.when\.watch\.includes: /);
    expect(one({ pay_ratio_90: { gte: 80 } })[0]).toMatch(/ratio from 0 to 1/);
    expect(one({ pay_ratio_90: [0.1, 0.2] })[0]).toMatch(/^segments\[2\]\.when\.pay_ratio_90: a list means "one of"/);
    expect(one({ outstanding: { gte: '5000.123' } })[0]).toMatch(
      /^segments\[2\]\.when\.outstanding\.gte: .*more than 2 decimal places for CNY/,
    );
    expect(one({ outstanding: { gte: 'lots' } })[0]).toMatch(/^segments\[2\]\.when\.outstanding\.gte: /);
    expect(one({ outstanding: { in: [1, 2] } })[0]).toMatch(/in does not apply to outstanding \(money\)/);
    expect(one({ has_collateral: 'yes' })[0]).toMatch(/has_collateral takes true or false/);
    expect(one({ dpd: { includes: 3 } })[0]).toMatch(/^segments\[2\]\.when\.dpd\.includes: includes does not apply/);
    expect(one({ dpd: { about: 3 } })[0]).toMatch(/"about" is not an operator/);
    expect(one({ dpd: { is_null: true } })[0]).toMatch(/is_null does not apply to dpd/);
    expect(one({ days_since_payment: { is_null: 'yes' } })[0]).toMatch(/is_null takes true or false/);
    expect(one({ dpd: null })[0]).toMatch(/dpd is never missing/);
    expect(one({ dpd: { between: [60, 31] } })[0]).toMatch(/^segments\[2\]\.when\.dpd\.between: the low end 60/);
    expect(one({ dpd: { between: [1] } })[0]).toMatch(/between takes two values/);
    expect(one({ dpd: { in: [] } })[0]).toMatch(/^segments\[2\]\.when\.dpd\.in: in takes a non-empty list/);
    expect(one({ any: [] })[0]).toMatch(/^segments\[2\]\.when\.any: `any` takes a non-empty list/);
    expect(one({ all: [{ dpd: 1 }, { not: { region: 5 } }] })[0]).toMatch(
      /^segments\[2\]\.when\.all\[1\]\.not\.region: /,
    );
    expect(one({})[0]).toMatch(/empty condition/);
    expect(one('dpd > 30')[0]).toMatch(/^segments\[2\]\.when: a condition is a mapping/);
    expect(one({ dpd: { gte: 1, lte: 30 }, grade: 'good', days_since_payment: { is_null: true } })).toEqual([]);
  });

  it('keeps grading from testing grade or tier, and tiering from testing tier', () => {
    expect(
      problems((d) => {
        ((d.grading as Json).rules as Json[])[0] = { grade: 'poor', when: { grade: 'poor' } };
        ((d.tiering as Json).rules as Json[])[0] = { tier: 'senior', when: { tier: 'senior', grade: 'poor' } };
      }).map((p) => p.path),
    ).toEqual(['grading.rules[0].when.grade', 'tiering.rules[0].when.tier']);
  });

  it('checks segments: ids unique, treatment or variants, weights positive integers, no empty treatment', () => {
    expect(
      paths((d) => {
        (d.segments[3] as Json).id = (d.segments[2] as Json).id;
      }),
    ).toEqual(['segments[3].id']);
    expect(
      paths((d) => {
        (d.segments[2] as Json).treatment = [];
      }),
    ).toEqual(['segments[2].treatment']);
    expect(
      paths((d) => {
        delete (d.segments[2] as Json).treatment;
      }),
    ).toEqual(['segments[2]']);
    const variants = (d: { segments: Json[] }) => (d.segments[3] as Json).variants as Json[];
    expect(
      paths((d) => {
        (variants(d)[1] as Json).weight = 0.5;
        (variants(d)[0] as Json).weight = -1;
      }),
    ).toEqual(['segments[3].variants[0].weight', 'segments[3].variants[1].weight']);
    expect(
      paths((d) => {
        (variants(d)[1] as Json).id = (variants(d)[0] as Json).id;
      }),
    ).toEqual(['segments[3].variants[1].id']);
    expect(
      paths((d) => {
        (d.segments[3] as Json).variants = [variants(d)[0]];
      }),
    ).toEqual(['segments[3].variants']);
    expect(
      paths((d) => {
        (d.segments[3] as Json).treatment = (variants(d)[0] as Json).treatment;
      }),
    ).toEqual(['segments[3]']);
    expect(
      paths((d) => {
        d.segments = [];
      }),
    ).toEqual(['segments']);
    expect(
      paths((d) => {
        (d.segments[0] as Json).id = 'Has Spaces';
      }),
    ).toEqual(['segments[0].id']);
  });

  it('refuses an action on a channel its tier does not allow', () => {
    const found = problems((d) => {
      (((d.segments[2] as Json).treatment as Json[])[0] as Json).tier = 'primary';
      (((d.segments[2] as Json).treatment as Json[])[0] as Json).action = 'visit';
    });
    expect(found).toEqual([
      {
        path: 'segments[2].treatment[0].action',
        message: 'visit uses channel visit, which the primary tier does not allow (tiers.primary.channels)',
      },
    ]);
    // The segment's tier counts when the action has none.
    expect(
      paths((d) => {
        ((d.tiers as Json).senior as Json).channels = ['phone'];
      }),
    ).toContain('segments[0].treatment[0].action');
    // Without a fixed tier, some tier must allow the channel.
    expect(
      paths((d) => {
        for (const t of ['primary', 'intermediate', 'senior']) ((d.tiers as Json)[t] as Json).channels = ['phone'];
        d.segments = [d.segments[2] as Json];
      }),
    ).toContain('segments[0].treatment[0].action');
  });

  it('checks tiers, contact order, paydays, escalation and tie-breaks', () => {
    expect(
      paths((d) => {
        delete (d.tiers as Json).senior;
        ((d.tiers as Json).primary as Json).tone = 'angry';
        ((d.tiers as Json).primary as Json).worked_by = ['intern'];
      }),
    ).toEqual(['tiers.primary.tone', 'tiers.primary.worked_by[0]', 'tiers.senior']);
    expect(
      paths((d) => {
        d.contact_order = { obligors_after_days_without_rpc: 10, third_parties_after_days_without_rpc: 5 };
      }),
    ).toEqual(['contact_order.third_parties_after_days_without_rpc']);
    expect(
      paths((d) => {
        d.paydays = [5, 32];
      }),
    ).toEqual(['paydays[1]']);
    expect(
      paths((d) => {
        d.paydays = [5, 5];
      }),
    ).toEqual(['paydays']);
    expect(
      paths((d) => {
        d.escalation = { concerted_collectors: 1, key_account_amount: '1.234', team_lead_when: { dpd: 'x' } };
      }),
    ).toEqual(['escalation.team_lead_when.dpd', 'escalation.concerted_collectors', 'escalation.key_account_amount']);
    expect(
      paths((d) => {
        d.tie_breaks = ['easy_first', 'biggest_first', 'easy_first'];
      }),
    ).toEqual(['tie_breaks[1]']);
  });

  it('reports every problem at once', () => {
    expect(
      paths((d) => {
        d.currency = 'XXXX';
        (d.segments[2] as Json).when = { dpd: 'x' };
        (d.segments[5] as Json).extra = 1;
      }),
    ).toHaveLength(3);
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['segments', 2, 'treatment', 0, 'on', 'dpd'])).toBe('segments[2].treatment[0].on.dpd');
    expect(formatPath([])).toBe('');
  });
});
