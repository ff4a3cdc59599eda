import { describe, expect, it } from 'vitest';
import { runCliWithInput } from '../../../test/support/run-cli.js';

/** The command opens no database; any location will do. */
const DB = '/nonexistent/dunwell-lint.db';
const lint = (input: string, ...args: string[]) => runCliWithInput(DB, input, 'compliance', 'lint', ...args);

describe('dunwell compliance lint', () => {
  it('prints ok and no findings for lawful wording, exit 0', async () => {
    const r = await lint('请于本月25日前还款，逾期将依法上报征信。', '--json');
    expect(r).toEqual({ code: 0, out: '{"ok":true,"findings":[]}', err: '' });
  });

  it('prints each finding with its words, category and reason in the language asked, exit 0', async () => {
    const r = await lint(
      '你这个老赖，再不还钱我们就去法 院起诉你，后果自负！',
      '--json',
      '--lang',
      'en',
      '--time-barred',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      ok: false,
      findings: [
        {
          text: '老赖',
          category: 'insult',
          reason: 'Words that insult or demean the person; never allowed in collection.',
        },
        {
          text: '起诉',
          category: 'false_legal_threat',
          reason:
            'The debt is past its limitation period; threatening to sue or take legal proceedings is a false legal threat.',
        },
        {
          text: '后果自负',
          category: 'intimidation',
          reason: 'Intimidating or harassing wording; intimidation and harassment are forbidden.',
        },
      ],
    });
  });

  it('treats the debt as disclosed only with --to-third-party', async () => {
    const text = 'Please ask your brother to call us about his overdue loan.';
    expect(JSON.parse((await lint(text, '--json')).out).ok).toBe(true);
    const r = JSON.parse((await lint(text, '--json', '--to-third-party')).out);
    expect(r.findings.map((f: { text: string; category: string }) => [f.text, f.category])).toEqual([
      ['overdue', 'third_party_disclosure'],
      ['loan', 'third_party_disclosure'],
    ]);
  });

  it('prints lines a person reads without --json, in the text’s language by default', async () => {
    expect((await lint('Please call us.')).out).toBe('ok: nothing found');
    expect((await lint('您好，请回电。')).out).toBe('通过：未发现问题');
    expect((await lint('我是派出所民警')).out).toBe(
      '冒充公检法或政府机关: “我是派出所” — 冒充法院、公安、检察院或其他国家机关，属于法律明令禁止的行为。',
    );
  });

  it('refuses a bad language, an argument or an empty text with exit 2', async () => {
    const bad = await lint('hello', '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--lang takes zh or en, not "fr"');
    expect((await lint('hello', 'extra')).code).toBe(2);
    const empty = await lint('  \n', '--json');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('give the text to check on standard input');
  });
});
