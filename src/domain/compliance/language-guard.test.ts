import { describe, expect, it } from 'vitest';
import { guardText, languageGuard } from './language-guard.js';
import { textUnits } from './language-guard-units.js';
import { type Lexicon, type LexiconRule, type LexiconScope, lexiconProblems } from './lexicon.js';

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

const scope = (over: Partial<LexiconScope>): LexiconScope => ({
  id: 's',
  applies_to: ['threat'],
  cues: [],
  window: 4,
  reach: 'clause',
  breakers: [],
  except: [],
  ...over,
});

/** What a lexicon with these rules and these extras finds. */
function foundWith(extra: Partial<Lexicon>, rules: LexiconRule[], text: string, flags = plain) {
  return guardText(languageGuard({ ...lexicon(...rules), ...extra }), text, flags, 'en').map((f) => f.text);
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

describe('what takes a match back', () => {
  const tell = rule({
    sequences: [
      {
        gap: 3,
        groups: [
          ['we will', 'or we'],
          ['tell', 'contact'],
          ['your employer', 'your boss'],
        ],
      },
    ],
  });
  const negation = scope({ cues: ['not', 'never', '不会'], breakers: ['we', 'if'], except: ['not hesitate'] });

  it('takes a match back when a cue stands shortly before it in its clause, or between its groups', () => {
    const r = [tell, rule({ phrases: ['go to jail', '起诉'] })];
    const scopes = [negation];
    expect(foundWith({ scopes }, r, 'We will tell your employer.')).toEqual(['We will tell your employer']);
    expect(foundWith({ scopes }, r, 'We will not contact your boss.')).toEqual([]);
    expect(foundWith({ scopes }, r, 'You will never go to jail.')).toEqual([]);
    expect(foundWith({ scopes }, r, '我们不会向法院起诉')).toEqual([]);
    expect(foundWith({ scopes }, r, 'We will never, ever, go to jail.')).toEqual(['go to jail']);
    expect(foundWith({ scopes }, r, 'Not today. You will go to jail.')).toEqual(['go to jail']);
  });

  it('lets a breaker between the cue and the match — or starting the match — end the cue’s reach', () => {
    const scopes = [negation];
    expect(foundWith({ scopes }, [tell], 'If you do not pay we will tell your employer')).toEqual([
      'we will tell your employer',
    ]);
    expect(foundWith({ scopes }, [rule({ phrases: ['go to jail'] })], 'if not paid if you go to jail')).toEqual([
      'go to jail',
    ]);
  });

  it('reads no cue inside the scope’s exceptions, nor inside the rule’s own phrase', () => {
    const r = [rule({ phrases: ['take legal action', 'not going anywhere'] })];
    expect(foundWith({ scopes: [negation] }, r, 'We will not hesitate to take legal action')).toEqual([
      'take legal action',
    ]);
    expect(foundWith({ scopes: [negation] }, r, 'We are not going anywhere')).toEqual(['not going anywhere']);
  });

  it('reaches only as far as its window, its clause (or sentence) and the rules it applies to', () => {
    const r = [
      rule({ id: 'jail', phrases: ['go to jail'] }),
      rule({ id: 'rude', category: 'insult', phrases: ['idiot'] }),
    ];
    const near = scope({ cues: ['not'], window: 1 });
    expect(foundWith({ scopes: [near] }, r, 'you will not go to jail')).toEqual([]);
    expect(foundWith({ scopes: [near] }, r, 'not that you will go to jail')).toEqual(['go to jail']);
    expect(foundWith({ scopes: [scope({ cues: ['not'] })] }, r, 'not, you go to jail')).toEqual(['go to jail']);
    const sentence = scope({ cues: ['anyone says'], window: 8, reach: 'sentence' });
    expect(foundWith({ scopes: [sentence] }, r, 'If anyone says you will go to jail, call us')).toEqual([]);
    expect(foundWith({ scopes: [sentence] }, r, 'If anyone says so, you go to jail')).toEqual([]);
    const byId = scope({ applies_to: ['rude'], cues: ['not'] });
    expect(foundWith({ scopes: [byId] }, r, 'not an idiot, not go to jail')).toEqual(['go to jail']);
  });

  it('takes back what is quoted after a reporting word, or named as a word, but not other quotations', () => {
    const r = [rule({ category: 'insult', phrases: ['deadbeat', '老赖'] })];
    const quotation = { before: ['said', '使用了'], after: ['一词'] };
    expect(foundWith({ quotation }, r, 'Customer said "you deadbeat" and hung up')).toEqual([]);
    expect(foundWith({ quotation }, r, '催收员使用了“老赖”一词')).toEqual([]);
    expect(foundWith({ quotation }, r, '他用“老赖”一词')).toEqual([]);
    expect(foundWith({ quotation }, r, 'You are a "deadbeat", we said')).toEqual(['deadbeat']);
    expect(foundWith({ quotation }, r, 'Customer said nothing. You deadbeat.')).toEqual(['deadbeat']);
  });
});

describe('how people write around a word list', () => {
  it('reads a character’s homophones and pinyin as the character', () => {
    const r = [rule({ phrases: ['法院', '骗子'] })];
    const homophones = { 法: ['fa'], 子: ['纸'] };
    expect(foundWith({ homophones }, r, '这里是fa院，你这个骗纸')).toEqual(['fa院', '骗纸']);
    expect(foundWith({}, r, '这里是fa院')).toEqual([]);
  });

  it('reads a masked word as any word its letters fit, and letters spelled out as one word', () => {
    const r = [rule({ phrases: ['fuck*', 'idiot', 'sue'] })];
    expect(found(r, 'you f***ing idiot')).toEqual(['f***ing', 'idiot']);
    expect(found(r, 'hey i d i o t, we will s.u.e')).toEqual(['i d i o t', 's.u.e']);
    expect(found(r, 'a fee* applies; f*** off')).toEqual(['f***']);
    expect(found(r, 'Plan B I said')).toEqual([]);
  });

  it('asks what a Chinese SMS signs itself as, inside its 【】 only, with a sequence held to one clause', () => {
    const r = [rule({ sequences: [{ gap: 6, within: 'clause', groups: [['【'], ['法院', '公安']] }] })];
    expect(found(r, '【朝阳区人民法院】你的案件已立案')).toEqual(['【朝阳区人民法院']);
    expect(found(r, '[公安提醒]请还款')).toEqual(['[公安']);
    expect(found(r, '【恒达】法院判决后')).toEqual([]);
  });

  it('keeps a rule written for one language to texts in that language', () => {
    const r = [rule({ category: 'insult', language: 'zh', phrases: ['nc'] })];
    expect(found(r, '你个nc')).toEqual(['nc']);
    expect(found(r, 'Raleigh, NC 27601')).toEqual([]);
  });
});

describe('a lexicon’s scopes, quotation and homophones', () => {
  it('are checked: known categories and rules, phrases with words, one character written one way', () => {
    const problems = lexiconProblems({
      ...lexicon(rule({ id: 'r', phrases: ['x'] })),
      scopes: [scope({ applies_to: ['threat', 'r', 'nonsense'], cues: ['...'] }), scope({ applies_to: ['r'] })],
      quotation: { before: ['*x'], after: [] },
      homophones: { 法院: ['fa'], 子: ['zi', 'zi zi'] },
    });
    expect(problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'scopes.0.applies_to.2: "nonsense" is neither a category nor a rule\'s id',
      'scopes.0.cues.0: "..." has no words to match',
      'scopes.1.id: the id "s" is given twice',
      'quotation.before.0: "*x": a * goes right after a Latin word, to take any ending',
      'homophones.法院: "法院" is not one Chinese character',
      'homophones.子.1: "zi zi" is not one syllable or one character',
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

  it('number quotations and make an opening square bracket a unit of its own', () => {
    expect(textUnits('他说“你好”，"ok" 【法院】').map((u) => [u.text, u.quote, u.clause])).toEqual([
      ['他', 0, 0],
      ['说', 0, 0],
      ['你', 1, 1],
      ['好', 1, 1],
      ['ok', 2, 4],
      ['【', 0, 6],
      ['法', 0, 6],
      ['院', 0, 6],
    ]);
  });
});
