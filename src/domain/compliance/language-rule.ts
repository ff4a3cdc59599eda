/**
 * The language guard at the gate: a message's text is read for insults, threats, intimidation, false
 * claims of authority, false legal threats and pressure; addressed to a third party it is read in
 * third-party mode (any mention of the debt discloses it), and about a time-barred debt in time-barred
 * mode (a threat to sue is a false legal threat). A finding blocks until a person changes the text (null).
 * A call or a visit carries no text, and the rule passes: what is said there is the collector's.
 */
import type { Bilingual } from './compliance-codes.js';
import type { LanguageRule } from './compliance-pack.js';
import { block, type Finding, type GateContext, pass, toThirdParty, warn } from './gate-context.js';
import { guardText, type LanguageFinding, type LanguageGuard } from './language-guard.js';
import { CATEGORY_LABELS } from './lexicon.js';

/** A finding with its reason in both languages. */
export interface GateTextFinding {
  text: string;
  finding: LanguageFinding;
  reason: Bilingual;
  /** The lexicon rule applies only to a time-barred debt. */
  timeBarredOnly: boolean;
}

/** What the guard finds in the attempt's text, in the modes the attempt calls for. */
export function textFindings(guard: LanguageGuard, ctx: GateContext, text: string): GateTextFinding[] {
  const rules = new Map(guard.rules.map((c) => [c.rule.id, c.rule]));
  const flags = { toThirdParty: toThirdParty(ctx), timeBarred: ctx.request.time_barred };
  return guardText(guard, text, flags, 'en').map((finding) => {
    const rule = rules.get(finding.rule);
    return {
      text: finding.text,
      finding,
      reason: { 'zh-CN': rule?.reason['zh-CN'] ?? finding.reason, en: finding.reason },
      timeBarredOnly: rule?.when === 'time_barred',
    };
  });
}

/** The findings as a sentence in each language: “words” (category: reason); … */
export function listFindings(found: readonly GateTextFinding[]): Bilingual {
  const one = (f: GateTextFinding, lang: 'zh-CN' | 'en') =>
    `“${f.text}”（${CATEGORY_LABELS[f.finding.category][lang]}：${f.reason[lang]}）`;
  return {
    'zh-CN': found.map((f) => one(f, 'zh-CN')).join('；'),
    en: found.map((f) => `"${f.text}" (${CATEGORY_LABELS[f.finding.category].en}: ${f.reason.en})`).join('; '),
  };
}

export function checkLanguage(_rule: LanguageRule, ctx: GateContext): Finding {
  const { text } = ctx.request.attempt;
  if (text === null || text.trim() === '') {
    return pass('本次联系没有书面文字，本条不适用。', 'The attempt carries no text: this rule does not apply.');
  }
  if (ctx.guard === null) {
    return warn(
      '未提供用语词库，文字未经检查；发送前须检查用语。',
      'No lexicon was given, so the text was not checked; check its wording before it goes.',
    );
  }
  const found = textFindings(ctx.guard, ctx, text);
  if (found.length === 0) return pass('文字未发现违规用语。', 'The text has no unlawful wording.');
  const list = listFindings(found);
  return block(
    `文字含有违规用语，不得发送，须修改：${list['zh-CN']}。`,
    `The text has unlawful wording and must not go out until it is changed: ${list.en}.`,
    null,
  );
}
