/**
 * A person's name as a message that others might see shows it: enough for the debtor to know it is meant
 * for them, not enough to tell a stranger who owes. Chinese names keep the surname (张三丰 → 张**); names
 * written in words keep the first word and the initials of the others (Wei Zhang → Wei Z.); a single word
 * keeps its first letter (Madonna → M***). A company's name is not personal data and is kept whole.
 */

const HAN = /\p{Script=Han}/u;

export function maskName(name: string, kind: 'person' | 'company' | string): string {
  const trimmed = name.trim();
  if (kind === 'company' || trimmed === '') return trimmed;
  const chars = [...trimmed];
  if (HAN.test(trimmed) && !/\s/.test(trimmed)) {
    return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
  }
  const words = trimmed.split(/\s+/);
  if (words.length === 1) return `${chars[0]}***`;
  const [first, ...rest] = words;
  return [first, ...rest.map((w) => `${[...w][0]}.`)].join(' ');
}
