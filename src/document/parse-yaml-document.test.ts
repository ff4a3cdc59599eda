import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedDocument, readYaml, type SchemaCheck } from './parse-yaml-document.js';
import { schemaProblems } from './schema-problems.js';

const schema = z.strictObject({
  name: z.string(),
  window: z.union([z.string(), z.strictObject({ from: z.string(), to: z.string() })]),
});
const problems = (value: unknown, unionMessage?: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : schemaProblems(parsed.error.issues, unionMessage);
};
const check: SchemaCheck<z.infer<typeof schema>> = (value) => {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, document: parsed.data }
    : { ok: false, problems: schemaProblems(parsed.error.issues) };
};

describe('readYaml', () => {
  it('reads YAML 1.2 (09:00 stays a text) and JSON', () => {
    expect(readYaml('from: 09:00\non: yes\n')).toEqual({ ok: true, value: { from: '09:00', on: 'yes' } });
    expect(readYaml('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('refuses a key given twice and an alias bomb as syntax, with the line', () => {
    expect(readYaml('a: 1\na: 2\n')).toMatchObject({ ok: false, syntax: { line: 2, column: 1 } });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    bomb.push('c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]');
    expect(readYaml(bomb.join('\n'))).toMatchObject({ ok: false, syntax: { line: 1, column: 1 } });
  });
});

describe('schemaProblems', () => {
  it('says an unknown key at its own path and a missing value as required', () => {
    expect(problems({ name: 'x', window: 'morning', colour: 'red' })).toEqual([
      { path: ['colour'], message: 'unknown key "colour"' },
    ]);
    expect(problems({ window: 'morning' })).toEqual([{ path: ['name'], message: 'required (string)' }]);
  });

  it('of a union, reports the branch that fits the value, else the message given (zod’s when none is)', () => {
    expect(problems({ name: 'x', window: { from: '09:00' } })).toEqual([
      { path: ['window', 'to'], message: 'required (string)' },
    ]);
    expect(problems({ name: 'x', window: 3 }, 'a name or a mapping')).toEqual([
      { path: ['window'], message: 'a name or a mapping' },
    ]);
    expect(problems({ name: 'x', window: 3 })).toEqual([{ path: ['window'], message: 'Invalid input' }]);
  });
});

describe('checkedDocument', () => {
  it('gives the document, or refuses naming the text: unreadable YAML with its place, schema problems by path', () => {
    expect(checkedDocument('name: x\nwindow: morning\n', 'the file', 'plan', check)).toEqual({
      name: 'x',
      window: 'morning',
    });
    expect(() => checkedDocument('name: [x\n', 'the file', 'plan', check)).toThrow(
      expect.objectContaining({
        code: 'UNREADABLE_INPUT',
        message: expect.stringMatching(/^the file is not YAML: line \d+, column \d+: /),
      }),
    );
    expect(() => checkedDocument('name: x\nwindow: { from: a }\nb: 1\n', 'version 3', 'plan', check)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'version 3 is not a valid plan: window.to: required (string); b: unknown key "b"',
      }),
    );
  });
});
