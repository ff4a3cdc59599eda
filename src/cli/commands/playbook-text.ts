/**
 * The playbook and its suggestions as a person reads them in a terminal, in the language asked: headings
 * of our own in both languages, the playbook's texts as written.
 */
import type { LocalizedPlaybook } from '../../domain/playbook/localize-playbook.js';
import type { PlaybookLanguage } from '../../domain/playbook/playbook-codes.js';
import type { PlaybookVersionView } from '../../playbook/load-playbook.js';
import type { SuggestionsView } from '../../playbook/suggest-playbook-methods.js';

const HEADINGS = {
  default: { 'zh-CN': '默认手册', en: 'the default playbook' },
  version: { 'zh-CN': '手册版本', en: 'playbook version' },
  by: { 'zh-CN': '保存人', en: 'stored by' },
  capture: { 'zh-CN': '记录', en: 'capture' },
  consequences: {
    'zh-CN': '可以陈述的后果（均为依法的事实）',
    en: 'Consequences a collector may state (lawful facts)',
  },
  rules: { 'zh-CN': '通话规则', en: 'Rules of every call' },
  excuses: { 'zh-CN': '常见理由与应对', en: 'Excuses and how to answer them' },
  sounds_like: { 'zh-CN': '常见说法', en: 'sounds like' },
  response: { 'zh-CN': '应对', en: 'response' },
  follow_up: { 'zh-CN': '后续', en: 'follow-up' },
  arrangements: { 'zh-CN': '可能的还款安排', en: 'may lead to' },
  abuse: { 'zh-CN': '对方辱骂时：三次提醒', en: 'Abusive debtors: three warnings' },
  after: { 'zh-CN': '之后', en: 'then' },
  visits: { 'zh-CN': '外访', en: 'Field visits' },
  purpose: { 'zh-CN': '目的', en: 'purpose' },
  when: { 'zh-CN': '适用', en: 'when' },
  methods: { 'zh-CN': '三十种清收方法', en: 'The thirty recovery methods' },
  needs: { 'zh-CN': '需要', en: 'needs' },
  limits: { 'zh-CN': '合法边界', en: 'lawful limits' },
  applies: { 'zh-CN': '适用的方法', en: 'Methods that apply' },
  to_check: { 'zh-CN': '需要核实后才能确定的方法', en: 'Methods to check' },
  none: { 'zh-CN': '无', en: 'none' },
  last_excuse: { 'zh-CN': '最近一次的理由', en: 'Last excuse' },
  no_facts: {
    'zh-CN': '该账户尚未逾期，批处理还没有它的数据：暂无适用的方法。',
    en: 'The account is not past due and the cycle has no facts for it: nothing applies yet.',
  },
} as const;

type Heading = keyof typeof HEADINGS;

function versionLine(v: PlaybookVersionView, lang: PlaybookLanguage): string {
  const h = (k: Heading) => HEADINGS[k][lang];
  const sha = v.sha256.slice(0, 12);
  if (v.version === null) return `${h('default')} (sha256 ${sha})`;
  return `${h('version')} ${v.version}, ${h('by')} ${v.created_by} ${v.created_at ?? ''} (sha256 ${sha})`;
}

export function playbookText(view: PlaybookVersionView & { playbook: LocalizedPlaybook }): string[] {
  const p = view.playbook;
  const lang = p.language;
  const h = (k: Heading) => HEADINGS[k][lang];
  const out: string[] = [`${p.name} — ${versionLine(view, lang)}`, '', `== ${p.call.title} ==`];
  p.call.tasks.forEach((task, i) => {
    out.push(`${i + 1}. ${task.title}`, `   ${task.guidance}`);
    for (const c of task.capture) out.push(`   [ ] ${h('capture')}: ${c.label} (${c.kind})`);
  });
  out.push('', `-- ${h('consequences')} --`, ...p.call.consequences.map((c) => `  - ${c.text}`));
  out.push('', `-- ${h('rules')} --`, ...p.call.rules.map((r) => `  - ${r}`));
  out.push('', `== ${h('excuses')} ==`);
  for (const e of p.excuses) {
    out.push(
      `${e.label} [${e.category}]`,
      `   ${h('sounds_like')}: ${e.sounds_like}`,
      `   ${h('response')}: ${e.response}`,
      `   ${h('follow_up')} (${e.follow_up.action}): ${e.follow_up.text}`,
    );
    if (e.arrangements.length > 0) out.push(`   ${h('arrangements')}: ${e.arrangements.join(', ')}`);
  }
  out.push('', `== ${h('abuse')} ==`, p.abusive_debtor.summary);
  p.abusive_debtor.warnings.forEach((w, i) => {
    out.push(`  ${i + 1}. ${w}`);
  });
  out.push(`  ${h('after')}: ${p.abusive_debtor.after_warnings}`);
  out.push('', `== ${h('visits')} ==`, p.visits.pairing.text, ...p.visits.rules.map((r) => `  - ${r}`));
  for (const t of p.visits.types) {
    out.push(`${t.name} [${t.id}]`, `   ${h('purpose')}: ${t.purpose}`, `   ${h('when')}: ${t.when}`);
    for (const c of t.checklist) out.push(`   [ ] ${c.text}`);
  }
  out.push('', `== ${h('methods')} ==`);
  for (const m of p.methods) {
    out.push(
      `${String(m.number).padStart(2)}. ${m.name} [${m.id}]`,
      `    ${h('when')}: ${m.applies_when}`,
      `    ${h('needs')}: ${m.needs}`,
      `    ${h('limits')}: ${m.lawful_limits}`,
    );
    if (m.arrangements.length > 0) out.push(`    ${h('arrangements')}: ${m.arrangements.join(', ')}`);
  }
  return out;
}

export function suggestionsText(s: SuggestionsView): string[] {
  const lang = s.language;
  const h = (k: Heading) => HEADINGS[k][lang];
  const f = s.facts;
  const head =
    f === null
      ? s.account.account_id
      : lang === 'zh-CN'
        ? `${s.account.account_id} — 截至 ${s.account.as_of}，逾期${f.dpd}天（${f.bucket}，${f.stage}）`
        : `${s.account.account_id} — as of ${s.account.as_of}, ${f.dpd} days past due (${f.bucket}, ${f.stage})`;
  const out: string[] = [head, versionLine(s.playbook, lang)];
  if (f === null) return [...out, h('no_facts')];
  if (s.excuse) {
    const e = s.excuse;
    out.push(
      '',
      `${h('last_excuse')} (${e.given_on ?? ''}): ${e.label} [${e.category}]`,
      `   ${h('response')}: ${e.response}`,
      `   ${h('follow_up')} (${e.follow_up.action}): ${e.follow_up.text}`,
    );
    if (e.arrangements.length > 0) out.push(`   ${h('arrangements')}: ${e.arrangements.join(', ')}`);
  }
  out.push('', `== ${h('applies')} ==`);
  if (s.methods.length === 0) out.push(`  ${h('none')}`);
  for (const m of s.methods) {
    out.push(`${String(m.number).padStart(2)}. ${m.name} [${m.id}]`);
    for (const b of m.because) out.push(`    - ${b}`);
    out.push(`    ${h('needs')}: ${m.needs}`);
  }
  if (s.to_check.length > 0) {
    out.push('', `== ${h('to_check')} ==`);
    for (const m of s.to_check) {
      out.push(`${String(m.number).padStart(2)}. ${m.name} [${m.id}]`);
      for (const b of m.because) out.push(`    - ${b}`);
      for (const u of m.unknown) out.push(`    ? ${u.check}`);
    }
  }
  return out;
}
