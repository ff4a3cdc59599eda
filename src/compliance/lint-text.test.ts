import { describe, expect, it } from 'vitest';
import { messageVariables } from '../domain/template/message-variables.js';
import { defaultTemplates } from '../outbox/default-templates.js';
import { renderTemplate } from '../outbox/render-template.js';
import { lintText } from './lint-text.js';

/** Every shipped template, rendered as it would be sent, in its language. */
function renderedTemplates() {
  return defaultTemplates().map((t) => {
    const values = messageVariables({
      channel: t.channel,
      language: t.language,
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
    const label = `${t.templateId} ${t.channel} ${t.language}`;
    const subject = t.subject === null ? '' : `${renderTemplate(t.subject, values, label)}\n`;
    return { id: t.templateId, label, text: subject + renderTemplate(t.body, values, label) };
  });
}

describe('lint text', () => {
  it('passes every shipped template, in both languages', () => {
    const texts = renderedTemplates();
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect(lintText({ text: t.text }).findings, t.label).toEqual([]);
  });

  it('passes the generic lines even to a third party, and no line naming the debt', () => {
    for (const t of renderedTemplates()) {
      const findings = lintText({ text: t.text, toThirdParty: true }).findings;
      if (t.id.startsWith('generic_')) expect(findings, t.label).toEqual([]);
      else if (t.id !== 'festival_greeting') expect(findings.length, t.label).toBeGreaterThan(0);
    }
  });

  it('refuses the letters that mention a suit once the debt is time-barred', () => {
    for (const t of renderedTemplates().filter((x) => /^m[23]_/.test(x.id) && x.label.includes('post'))) {
      const categories = lintText({ text: t.text, timeBarred: true }).findings.map((f) => f.category);
      if (/court|法院|诉讼|法律途径/.test(t.text)) expect(categories, t.label).toContain('false_legal_threat');
    }
    expect(lintText({ text: '如协商不成，我司将依法向人民法院提起诉讼。', timeBarred: true })).toEqual({
      ok: false,
      findings: [
        {
          text: '起诉',
          category: 'false_legal_threat',
          reason: '该债务已过诉讼时效，以起诉或其他法律程序相威胁属于虚假的法律威胁。',
        },
      ],
    });
  });

  it('gives reasons in the language asked, else in the text’s', () => {
    const zh = lintText({ text: '你这个老赖' });
    expect(zh.findings[0]?.reason).toMatch(/侮辱/);
    expect(lintText({ text: '你这个老赖', language: 'en' }).findings[0]?.reason).toMatch(/insult/);
    expect(lintText({ text: 'you deadbeat' }).findings[0]).toEqual({
      text: 'deadbeat',
      category: 'insult',
      reason: 'Words that insult or demean the person; never allowed in collection.',
    });
    expect(lintText({ text: 'Please call us.' })).toEqual({ ok: true, findings: [] });
  });
});
