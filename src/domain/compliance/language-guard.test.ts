import { describe, expect, it } from 'vitest';
import { guardText, languageGuard } from './language-guard.js';
import { textUnits } from './language-guard-units.js';
import { type Lexicon, type LexiconRule, lexiconProblems } from './lexicon.js';

const reason = { 'zh-CN': '理由', en: 'reason' };
const rule = (over: Partial<LexiconRule>): LexiconRule => ({
  id: 'r',
  category: 'threat',
  reason,
  phrases: [],
  sequences: [],
  except: [],
  ...over,
});
const lexicon = (...rules: LexiconRule[]): Lexicon => ({ version: 1, rules });
const plain = { toThirdParty: false, timeBarred: false };

function found(rules: LexiconRule[], text: string, flags = plain) {
  return guardText(languageGuard(lexicon(...rules)), text, flags, 'en').map((f) => f.text);
}

describe('the language guard', () => {
  it('matches English whole words only: sue is not in issue, kill not in skill', () => {
    const r = [rule({ phrases: ['sue', 'kill'] })];
    expect(found(r, 'There is an issue with the skill test; Sue will call.')).toEqual(['Sue']);
    expect(found(r, 'We will SUE and kill.')).toEqual(['SUE', 'kill']);
    expect(found(r, 'pursue, sued, killer')).toEqual([]);
  });

  it('takes any ending after a *, never a beginning', () => {
    const r = [rule({ phrases: ['idiot*'] })];
    expect(found(r, 'idiots and idiotic idiot')).toEqual(['idiots', 'idiotic', 'idiot']);
    expect(found(r, 'anidiot')).toEqual([]);
  });

  it('reads full-width letters and case as plain lower case', () => {
    expect(found([rule({ phrases: ['we will sue'] })], 'ＷＥ  Will ｓｕｅ')).toEqual(['ＷＥ  Will ｓｕｅ']);
  });

  it('reads contractions written out, with either apostrophe', () => {
    const r = [rule({ phrases: ['we will sue', 'you can not hide'] })];
    expect(found(r, 'We’ll sue. You can’t hide')).toEqual(['We’ll sue', 'You can’t hide']);
  });

  it('finds a Chinese phrase pulled apart by spaces or symbols, quoting it as written', () => {
    const r = [rule({ phrases: ['法院'] })];
    expect(found(r, '我们是法 院的')).toEqual(['法 院']);
    expect(found(r, '法-院，法*院，法．院')).toEqual(['法-院', '法*院', '法．院']);
  });

  it('never joins a phrase across a comma or a sentence end', () => {
    const r = [rule({ phrases: ['告你', 'we will sue'] })];
    expect(found(r, '特此通告。你的账户已更新；特此公告，你知悉即可')).toEqual([]);
    expect(found(r, 'That is what we will. Sue is our agent')).toEqual([]);
    expect(found(r, 'we will\nsue')).toEqual(['we will\nsue']);
  });

  it('finds a sequence in order, within its gap, inside one sentence', () => {
    const r = [
      rule({
        sequences: [
          {
            gap: 2,
            groups: [
              ['立即', '马上'],
              ['全部', '一次性'],
            ],
          },
        ],
      }),
    ];
    expect(found(r, '请立即将全部欠款还清')).toEqual(['立即将全部']);
    expect(found(r, '请马上把钱一次性还清')).toEqual(['马上把钱一次性']);
    expect(found(r, '全部欠款请立即还')).toEqual([]);
    expect(found(r, '请立即联系我们商量全部')).toEqual([]);
    expect(found(r, '请立即。全部')).toEqual([]);
  });

  it('takes a match back when lawful wording around it contains it', () => {
    const r = [rule({ phrases: ['起诉', 'sue'], except: ['不会起诉', 'will not sue'] })];
    expect(found(r, '我们不会起诉您，但会起诉担保人')).toEqual(['起诉']);
    expect(found(r, 'We won’t sue.')).toEqual([]);
  });

  it('applies a rule with a condition only under it', () => {
    const r = [rule({ phrases: ['debt'], when: 'to_third_party' }), rule({ phrases: ['sue'], when: 'time_barred' })];
    expect(found(r, 'the debt; we may sue')).toEqual([]);
    expect(found(r, 'the debt; we may sue', { toThirdParty: true, timeBarred: false })).toEqual(['debt']);
    expect(found(r, 'the debt; we may sue', { toThirdParty: false, timeBarred: true })).toEqual(['sue']);
  });

  it('finds a stretch once per category, the longest, and gives the reason in the language asked', () => {
    const lex = lexicon(
      rule({ id: 'a', phrases: ['杀了你', '杀了你全家'] }),
      rule({ id: 'b', category: 'insult', reason: { 'zh-CN': '侮辱', en: 'insult' }, phrases: ['你全家'] }),
    );
    const findings = guardText(languageGuard(lex), '我杀了你全家', plain, 'zh-CN');
    expect(findings.map((f) => [f.text, f.category, f.reason, f.start, f.end])).toEqual([
      ['杀了你全家', 'threat', '理由', 1, 6],
      ['你全家', 'insult', '侮辱', 3, 6],
    ]);
  });

  it('says what is wrong with a lexicon', () => {
    const problems = lexiconProblems(
      lexicon(
        rule({ id: 'x', phrases: ['...'] }),
        rule({ id: 'x' }),
        rule({ id: 'y', phrases: ['*idiot', '法*'] }),
        rule({ id: 'z', phrases: ['a, b'] }),
      ),
    );
    expect(problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'rules.0.phrases.0: "..." has no words to match',
      'rules.1.id: the id "x" is given twice',
      'rules.1: give phrases or sequences: this rule matches nothing',
      'rules.2.phrases.0: "*idiot": a * goes right after a Latin word, to take any ending',
      'rules.2.phrases.1: "法*": a * goes right after a Latin word, to take any ending',
      'rules.3.phrases.0: "a, b" spans a comma or a sentence end; a phrase is matched within one clause',
    ]);
  });
});

describe('text units', () => {
  it('are words, numbers and single Chinese characters with their place in the text', () => {
    expect(textUnits('Ｈｉ 24小时, ok').map((u) => [u.text, u.start, u.end, u.clause])).toEqual([
      ['hi', 0, 2, 0],
      ['24', 3, 5, 0],
      ['小', 5, 6, 0],
      ['时', 6, 7, 0],
      ['ok', 9, 11, 1],
    ]);
  });

  it('end a sentence at a full stop followed by a space, not inside a number', () => {
    expect(textUnits('Pay 3.5 now. Then').map((u) => u.sentence)).toEqual([0, 0, 0, 0, 1]);
  });
});
