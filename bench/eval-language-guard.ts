/**
 * `npm run eval:language-guard`: the language guard measured on the held-out evaluation sets
 * (examples/language-guard-eval/*.yaml). For each set it prints the totals, true and false positives and
 * negatives, precision, recall and F1, the recall of each category, and every miss and false alarm —
 * figures, never pass/fail (src/compliance/language-guard-eval.test.ts holds the floors).
 *
 *   npm run eval:language-guard -- [--dir examples/language-guard-eval] [--json]
 */
import { parseArgs } from 'node:util';
import { type EvalScore, readEvalSets, scoreEvalSet } from '../src/compliance/language-guard-eval.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function reportLines(s: EvalScore): string[] {
  const lines = [
    `── ${s.name} (${s.language}) ──────────────────────────────────────────`,
    `texts ${s.total}: lawful ${s.lawful}, unlawful ${s.unlawful}`,
    `TP ${s.truePositives}  FP ${s.falsePositives}  FN ${s.falseNegatives} (of which flagged under another category: ${s.otherCategory})  TN ${s.trueNegatives}`,
    `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`,
    'recall by category:',
    ...s.byCategory.map(
      (c) => `  ${c.category.padEnd(24)} ${String(c.caught).padStart(3)}/${c.total}  ${pct(c.recall)}`,
    ),
  ];
  if (s.misses.length > 0) {
    lines.push('misses (unlawful, not reported under their category):');
    for (const m of s.misses) {
      const found = m.found.length > 0 ? ` [found: ${m.found.join(', ')}]` : '';
      lines.push(`  ${m.id} ${m.expect}${found}: ${m.text}`);
    }
  }
  if (s.falseAlarms.length > 0) {
    lines.push('false alarms (lawful, flagged):');
    for (const f of s.falseAlarms) {
      const what = f.findings.map((x) => `${x.category} “${x.text}”`).join('; ');
      lines.push(`  ${f.id}: ${f.text}\n      → ${what}`);
    }
  }
  return lines;
}

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'examples/language-guard-eval' }, json: { type: 'boolean' } },
});
const scores = readEvalSets(values.dir).map(scoreEvalSet);
if (values.json) {
  process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
} else {
  process.stdout.write(`${scores.flatMap((s) => [...reportLines(s), '']).join('\n')}`);
}
