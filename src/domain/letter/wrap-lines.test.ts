import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap-lines.js';

/** A Chinese character or full-width mark is two units wide, anything else one: a monospaced stand-in. */
const measure = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
const texts = (text: string, width: number) => wrapLines(text, width, measure).map((l) => l.text);

describe('wrapLines', () => {
  it('breaks Chinese between any two characters, filling each line', () => {
    expect(texts('截至今日您尚欠本金与利息合计', 10)).toEqual(['截至今日您', '尚欠本金与', '利息合计']);
  });

  it('breaks English only at spaces, dropping the space at the break', () => {
    expect(texts('Please pay the overdue amount today', 14)).toEqual(['Please pay the', 'overdue amount', 'today']);
  });

  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    // 第 5 字“。”would start line 2 at width 8; it moves down with 额 instead.
    expect(texts('请还款额。谢谢', 8)).toEqual(['请还款', '额。谢谢']);
    expect(texts('您好（请查收）', 6)).toEqual(['您好', '（请查', '收）']);
  });

  it('breaks where a Latin word meets Chinese, not inside the word', () => {
    expect(texts('合同编号LN-2024-7已逾期', 16)).toEqual(['合同编号', 'LN-2024-7已逾期']);
  });

  it('cuts a word longer than a line by characters as a last resort', () => {
    expect(texts('x ABCDEFGHIJ y', 4)).toEqual(['x', 'ABCD', 'EFGH', 'IJ y']);
  });

  it('starts a paragraph at each newline and marks the last line of each', () => {
    const lines = wrapLines('一二三四五六\n甲乙', 8, measure);
    expect(lines).toEqual([
      { text: '一二三四', last: false },
      { text: '五六', last: true },
      { text: '甲乙', last: true },
    ]);
  });

  const token = fc.oneof(
    fc.constantFrom('欠', '款', '息', '金', '还', '日'),
    fc.constantFrom('欠，', '款。', '息、', '金）'),
    fc.constantFrom('（还', '“日'),
    fc.stringMatching(/^[a-z0-9]{1,5}$/),
    fc.constant(' '),
  );
  const paragraph = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

  it('never loses a character, never overflows, and keeps 禁则 on realistic text', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 16, max: 60 }), (text, width) => {
        const lines = texts(text, width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const [i, line] of lines.entries()) {
          expect(measure(line)).toBeLessThanOrEqual(width);
          expect(line).toBe(line.trim());
          if (i > 0) expect('，。、）').not.toContain(line.charAt(0));
          if (i < lines.length - 1) expect('（“').not.toContain(line.charAt(line.length - 1));
        }
      }),
    );
  });

  it('fills greedily: the next line’s first piece would not have fitted on the line before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('欠', '款', '息'), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 2, max: 30 }),
        (chars, width) => {
          const lines = texts(chars.join(''), width);
          for (let i = 0; i + 1 < lines.length; i++) {
            expect(measure((lines[i] ?? '') + (lines[i + 1] ?? '').charAt(0))).toBeGreaterThan(width);
          }
        },
      ),
    );
  });
});
