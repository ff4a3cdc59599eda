import { describe, expect, it } from 'vitest';
import { oneArgument, optionalArgument, requiredOption } from './parse-options.js';
import { printResult } from './print-result.js';

const usage = (message: string) => expect.objectContaining({ code: 'USAGE', message });

describe('the argument and option checks every command shares', () => {
  it('takes exactly one argument, naming it when missing and refusing more', () => {
    expect(oneArgument(['A-1'], 'the account_id')).toBe('A-1');
    expect(() => oneArgument([], 'the account_id')).toThrow(usage('give the account_id'));
    expect(() => oneArgument([''], 'a template id')).toThrow(usage('give a template id'));
    expect(() => oneArgument(['A-1', 'A-2', 'x'], 'the account_id')).toThrow(usage('unexpected argument: A-2 x'));
  });

  it('takes at most one optional argument', () => {
    expect(optionalArgument([])).toBeUndefined();
    expect(optionalArgument(['A-1'])).toBe('A-1');
    expect(() => optionalArgument(['A-1', 'A-2'])).toThrow(usage('unexpected argument: A-2'));
  });

  it('refuses a required option left out or blank, saying what it is for when told', () => {
    expect(requiredOption('by', 'li.na')).toBe('li.na');
    expect(() => requiredOption('by', undefined)).toThrow(usage('--by is required'));
    expect(() => requiredOption('by USER', '  ', 'who is acting')).toThrow(
      usage('--by USER is required: who is acting'),
    );
  });
});

describe('printResult', () => {
  const printed = (json: boolean | undefined, text: () => string | readonly string[]) => {
    const lines: string[] = [];
    printResult({ out: (line) => lines.push(line) }, json, { a: 1 }, text);
    return lines;
  };

  it('prints one JSON line with --json and never makes the text', () => {
    expect(
      printed(true, () => {
        throw new Error('text made');
      }),
    ).toEqual(['{"a":1}']);
  });

  it('prints the text otherwise: one line, or each line of a list', () => {
    expect(printed(undefined, () => 'one line')).toEqual(['one line']);
    expect(printed(false, () => ['first', 'second'])).toEqual(['first', 'second']);
  });
});
