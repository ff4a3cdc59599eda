import { describe, expect, it } from 'vitest';
import { isAppError } from '../domain/errors.js';
import { renderTemplate, scanTemplate } from './render-template.js';
import { parseTemplateFile } from './template-file.js';

describe('scanTemplate', () => {
  it('lists the variables of texts and #if/#unless blocks', () => {
    expect(
      scanTemplate('Hi {{debtor_name}}{{#if payment_link}} {{payment_link}}{{else}}{{callback_line}}{{/if}}'),
    ).toEqual({
      variables: ['debtor_name', 'payment_link', 'callback_line'],
      problems: [],
    });
  });
  it('refuses helpers, partials, other blocks, nested and data paths', () => {
    for (const source of [
      '{{json body}}',
      '{{> footer}}',
      '{{#each x}}{{/each}}',
      '{{../a}}',
      '{{@root.a}}',
      '{{this}}',
      '{{lookup a b}}',
    ]) {
      expect(scanTemplate(source).problems, source).toHaveLength(1);
    }
    expect(scanTemplate('{{#if}').problems[0]).toMatch(/does not parse/);
  });
  it('lets request templates call json and urlencode on one variable', () => {
    expect(scanTemplate('{"to":{{json to}},"k":"{{urlencode secrets.key}}"}', ['json', 'urlencode'])).toEqual({
      variables: ['to', 'secrets.key'],
      problems: [],
    });
    expect(scanTemplate('{{json a b}}', ['json']).problems).toHaveLength(1);
  });
});

describe('renderTemplate', () => {
  it('renders without HTML escaping', () => {
    expect(renderTemplate('{{a}} & {{b}}', { a: '<x>', b: 'O’Brien & "Co"' }, 't')).toBe('<x> & O’Brien & "Co"');
  });
  it('refuses to leave a hole: a missing variable is an error naming it', () => {
    let caught: unknown;
    try {
      renderTemplate('到期日：{{due_date}}', {}, 'm1_reminder (sms, zh-CN)');
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'INVALID_INPUT')).toBe(true);
    expect((caught as Error).message).toBe(
      'm1_reminder (sms, zh-CN): {{due_date}} has no value here, so the text cannot be rendered',
    );
  });
  it('treats an optional variable inside #if as optional', () => {
    expect(renderTemplate('A{{#if payment_link}} {{payment_link}}{{/if}}.', {}, 't')).toBe('A.');
  });
  it('escapes values in request bodies with json', () => {
    // A closing brace right after }} would read as }}}: a request body leaves a space before it.
    const body = renderTemplate('{"text":{{json body}} }', { body: '他说："还款"\n' }, 't');
    expect(JSON.parse(body)).toEqual({ text: '他说："还款"\n' });
  });
});

describe('parseTemplateFile', () => {
  const one = (extra: string) => `templates:\n  - id: t1\n${extra}`;
  it('reads a template, canonicalising the language tag', () => {
    const [t] = parseTemplateFile(
      one('    channel: sms\n    tone: firm\n    text:\n      zh-cn: { body: "请回电{{callback_line}}" }\n'),
      'f',
    );
    expect(t).toEqual({
      templateId: 't1',
      channel: 'sms',
      language: 'zh-CN',
      tier: null,
      tone: 'firm',
      subject: null,
      body: '请回电{{callback_line}}',
    });
  });
  it('lists every problem at once, with where it is', () => {
    const bad = [
      'templates:',
      '  - id: Bad-Id',
      '    channel: fax',
      '    text: { en: { body: x } }',
      '  - id: e1',
      '    channel: email',
      '    text:',
      '      en: { body: "{{amount}}" }',
      '      xx-not-a-tag-at-all-really: { body: y }',
      '  - id: generic_x',
      '    channel: sms',
      '    text: { en: { subject: s, body: "{{dpd}}" } }',
    ].join('\n');
    expect(() => parseTemplateFile(bad, 'bad.yaml')).toThrow(/templates\[0\]\.id/);
    let message = '';
    try {
      parseTemplateFile(bad.replace('Bad-Id', 'ok').replace('fax', 'sms'), 'bad.yaml');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('bad.yaml: 5 problems');
    expect(message).toContain('templates[1] e1 (email, en): email needs a subject');
    expect(message).toContain('{{amount}} is not a template variable');
    expect(message).toContain('"xx-not-a-tag-at-all-really" is not a BCP 47 language tag');
    expect(message).toContain('sms has no subject');
    expect(message).toContain('{{dpd}} identifies the debtor');
  });
  it('refuses YAML it cannot read, with the line', () => {
    expect(() => parseTemplateFile('templates: [\n', 'x.yaml')).toThrow(/^x\.yaml:\d+:\d+/);
  });
});
