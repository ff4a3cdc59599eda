import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_STRATEGY_YAML } from '../demo/demo-strategy.js';
import type { MessageChannel } from '../domain/outbox/message-statuses.js';
import { ACTIONS } from '../domain/strategy/strategy-codes.js';
import { messageVariables } from '../domain/template/message-variables.js';
import { TEMPLATE_VARIABLE_NAMES, TEMPLATE_VARIABLES } from '../domain/template/template-variables.js';
import { parseStrategy } from '../strategy/parse-strategy.js';
import { DEFAULT_TEMPLATES_YAML, defaultTemplates } from './default-templates.js';
import { renderTemplate, scanTemplate } from './render-template.js';

/** Every (template, channel) the demo strategy sends automatically. */
function demoMessages(): Set<string> {
  const parsed = parseStrategy(DEMO_STRATEGY_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  const out = new Set<string>();
  for (const segment of parsed.document.segments) {
    const steps = [...(segment.treatment ?? []), ...(segment.variants ?? []).flatMap((v) => v.treatment)];
    for (const step of steps) {
      const spec = ACTIONS[step.action];
      if (!spec.manual && step.template !== undefined) out.add(`${step.template}|${spec.channel}`);
    }
  }
  return out;
}

const full = (channel: MessageChannel, language: string) =>
  messageVariables({
    channel,
    language,
    asOf: '2026-11-29',
    party: { name: '张三丰', kind: 'person' },
    account: {
      accountRef: 'LN-2026-001234',
      currency: 'CNY',
      pastDue: 123_456,
      outstanding: 1_234_567,
      dpd: 17,
      oldestUnpaidDueOn: '2026-11-12',
    },
    sender: { lenderName: '示例消费金融', callbackLine: '400-800-1234', paymentLink: 'https://pay.example.com' },
  });

describe('the default templates', () => {
  const templates = defaultTemplates();

  it('are the text of examples/templates.yaml, byte for byte', () => {
    expect(DEFAULT_TEMPLATES_YAML).toBe(readFileSync('examples/templates.yaml', 'utf8'));
  });

  it('cover every template the demo strategy sends, on its channel, in zh-CN and English', () => {
    const needed = demoMessages();
    expect(needed.size).toBeGreaterThanOrEqual(9);
    for (const key of needed) {
      const [id, channel] = key.split('|');
      const languages = templates.filter((t) => t.templateId === id && t.channel === channel).map((t) => t.language);
      expect(languages.sort(), key).toEqual(['en', 'zh-CN']);
    }
  });

  it('have goodwill messages and generic lines, every template in both languages', () => {
    const ids = new Set(templates.map((t) => t.templateId));
    for (const id of ['festival_greeting', 'thanks_for_payment', 'thanks_promise_kept', 'generic_reminder']) {
      expect(ids.has(id), id).toBe(true);
    }
    const generic = templates.filter((t) => t.templateId === 'generic_reminder').map((t) => t.channel);
    expect(new Set(generic)).toEqual(new Set(['sms', 'wechat', 'email', 'post']));
    const byKey = new Map<string, string[]>();
    for (const t of templates) {
      const key = `${t.templateId}|${t.channel}`;
      byKey.set(key, [...(byKey.get(key) ?? []), t.language]);
    }
    for (const [key, languages] of byKey) expect(languages.sort(), key).toEqual(['en', 'zh-CN']);
  });

  it('render completely with every variable, in both languages, on every channel', () => {
    for (const t of templates) {
      const values = full(t.channel, t.language);
      const label = `${t.templateId} ${t.channel} ${t.language}`;
      const body = renderTemplate(t.body, values, label);
      expect(body, label).not.toMatch(/\{\{|\}\}|undefined|null/);
      if (t.subject !== null) expect(renderTemplate(t.subject, values, label)).not.toMatch(/\{\{/);
      if (t.language === 'zh-CN') {
        // Chinese text is not broken by spaces a folded YAML line would leave between characters.
        expect(body, label).not.toMatch(/[\p{Script=Han}，。] [\p{Script=Han}]/u);
      }
    }
  });

  it('name no one in a generic line: only the variables that identify nobody', () => {
    const safe = TEMPLATE_VARIABLE_NAMES.filter((n) => !TEMPLATE_VARIABLES[n].identifying);
    for (const t of templates.filter((x) => x.templateId.startsWith('generic_'))) {
      const used = [...scanTemplate(t.body).variables, ...(t.subject ? scanTemplate(t.subject).variables : [])];
      for (const v of used) expect(safe, `${t.templateId} ${t.channel} ${t.language}`).toContain(v);
      const only = Object.fromEntries(safe.map((n) => [n, full(t.channel, t.language)[n]]));
      expect(() => renderTemplate(t.body, only, t.templateId)).not.toThrow();
    }
  });

  it('show the name in full only on a letter, masked elsewhere', () => {
    const sms = templates.find((t) => t.templateId === 'm1_reminder' && t.language === 'zh-CN');
    const letter = templates.find((t) => t.templateId === 'm2_formal_notice' && t.language === 'zh-CN');
    expect(renderTemplate(sms?.body ?? '', full('sms', 'zh-CN'), 'sms')).toContain('张**您好');
    expect(renderTemplate(letter?.body ?? '', full('post', 'zh-CN'), 'post')).toMatch(/^张三丰：/);
  });
});
