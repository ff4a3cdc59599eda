/**
 * `npm run eval:language-guard`: the language guard measured on the held-out evaluation sets
 * (examples/language-guard-eval/*.yaml). For each set it prints the totals, true and false positives and
 * negatives, precision, recall and F1, the recall of each category, and every miss and false alarm, then
 * each language over all its sets — figures, never pass/fail (src/compliance/language-guard-eval.test.ts
 * holds the floors). A set the lexicon was tuned on says little about text nobody tuned it on; the
 * held-out set (`*-holdout.yaml`, measured untouched) does.
 *
 *   npm run eval:language-guard -- [--dir examples/language-guard-eval] [--json]
 */
import { parseArgs } from 'node:util';
import { combineScores, type EvalScore, readEvalSets, scoreEvalSet } from '../src/compliance/language-guard-eval.js';

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
const sets = readEvalSets(values.dir).map(scoreEvalSet);
const languages = [...new Set(sets.map((s) => s.language))];
const totals = languages.map((l) =>
  combineScores(
    `${l}, all sets`,
    l,
    sets.filter((s) => s.language === l),
  ),
);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ sets, totals }, null, 2)}\n`);
} else {
  const summary = totals.map(
    (t) => `${t.name}: texts ${t.total}, precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${pct(t.f1)}`,
  );
  process.stdout.write(`${[...sets.flatMap((s) => [...reportLines(s), '']), ...summary, ''].join('\n')}`);
}
