import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LANGUAGES, HOLD_TYPES, PACK_IDS } from '../domain/compliance/compliance-codes.js';
import { compliancePack, PACK_TEXTS, parseCompliancePack } from './compliance-packs.js';

describe('the shipped rule packs', () => {
  for (const id of PACK_IDS) {
    it(`${id} is the text of examples/compliance-packs/${id}.yaml, byte for byte, and valid`, () => {
      expect(PACK_TEXTS[id]).toBe(readFileSync(`examples/compliance-packs/${id}.yaml`, 'utf8'));
      expect(parseCompliancePack(PACK_TEXTS[id])).toMatchObject({ ok: true });
      expect(compliancePack(id).pack).toBe(id);
    });

    it(`${id}: every rule has a citation and its reason in both languages, Chinese in zh-CN`, () => {
      const pack = compliancePack(id);
      for (const rule of pack.rules) {
        expect(rule.citation.length, rule.id).toBeGreaterThan(3);
        for (const lang of COMPLIANCE_LANGUAGES) expect(rule.reason[lang].trim(), `${rule.id} ${lang}`).not.toBe('');
        expect(rule.reason['zh-CN'], rule.id).toMatch(/[\u4e00-\u9fff]/);
        expect(rule.reason.en, rule.id).not.toMatch(/[\u4e00-\u9fff]/);
      }
      const holds = pack.rules.flatMap((r) => (r.kind === 'hold' ? [r.params.hold] : []));
      expect([...holds].sort()).toEqual([...HOLD_TYPES].sort());
    });
  }

  it('encode the numbers of the rules: cn 08:00–22:00, 6 attempts, 3 conversations; us 08:00–21:00, 7 in 7, 7-day cooldown', () => {
    const rule = (id: string) => [...PACK_IDS].flatMap((p) => compliancePack(p).rules).find((r) => r.id === id);
    expect(rule('cn.contact_window')).toMatchObject({
      params: { start: '08:00', end: '22:00', start_included: true, end_included: false },
    });
    expect(rule('cn.daily_attempts')).toMatchObject({ params: { max: 6 } });
    expect(rule('cn.daily_conversations')).toMatchObject({ params: { max: 3 } });
    expect(rule('us-regf.contact_window')).toMatchObject({
      params: { start: '08:00', end: '21:00', end_included: false },
    });
    expect(rule('us-regf.call_frequency')).toMatchObject({
      params: { max_calls: 7, days: 7, count_unconnected: false, count_inbound: false, consent_exempt_days: 7 },
    });
    expect(rule('us-regf.conversation_cooldown')).toMatchObject({
      params: { days: 7, inbound_conversations_count: true, consent_exempt_days: 7 },
    });
    expect(rule('us-regf.third_party_once')).toBeDefined();
    expect(rule('cn.third_party_once')).toBeUndefined();
    expect(rule('uk-conc.daily_attempts')).toBeUndefined();
    expect(compliancePack('cn').retention.years).toBe(2);
    expect(compliancePack('us-regf').retention.years).toBe(3);
    expect(compliancePack('uk-conc').limitation.periods).toEqual({ england_wales: 6, scotland: 5 });
  });
});

describe('a rule pack that is wrong', () => {
  const broken = (from: string, to: string) => parseCompliancePack(PACK_TEXTS.cn.replace(from, to));

  it('names the path of a bad parameter', () => {
    expect(broken('      max: 6\n', '      max: -6\n')).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[1].params.max' }],
    });
    expect(broken("      start: '08:00'", "      start: '8am'")).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[0].params.start' }],
    });
  });

  it('refuses a window that closes before it opens, a missing hold and an unknown key', () => {
    const window = broken("      end: '22:00'", "      end: '07:00'");
    expect(window).toMatchObject({ ok: false, errors: [{ path: 'rules[0].params.end' }] });
    const noDeceased = broken('      hold: deceased', '      hold: dispute');
    expect(noDeceased.ok).toBe(false);
    if (!noDeceased.ok) expect(noDeceased.errors.map((e) => e.message).join()).toMatch(/deceased/);
    expect(broken('      max: 6\n', '      max: 6\n      per: week\n')).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[1].params.per', message: 'unknown key "per"' }],
    });
  });

  it('refuses a reason missing a language and an id not of the pack', () => {
    const noEnglish = broken(
      '      en: At most 6 unanswered call attempts a day to the same contact point (number).\n',
      '',
    );
    expect(noEnglish).toMatchObject({ ok: false, errors: [{ path: 'rules[1].reason.en' }] });
    expect(broken('id: cn.daily_attempts', 'id: us-regf.daily_attempts')).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[1].id' }],
    });
  });
});
