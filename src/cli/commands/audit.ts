/**
 * `dunwell audit verify`: re-walks the audit chain, the records it vouches for and every evidence file,
 * and says whether all is as written. Exit 0 when it is, 1 when anything does not verify.
 */
import { verifyAudit } from '../../audit/verify-audit.js';
import { COMPLIANCE_LANGUAGES, type ComplianceLanguage } from '../../domain/compliance/compliance-codes.js';
import { evidenceFolder } from '../../evidence/evidence-folder.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions } from '../parse-options.js';
import { stepProgress } from '../progress.js';

function langOption(value: string | undefined): ComplianceLanguage {
  if (value === undefined) return 'zh-CN';
  const lang = COMPLIANCE_LANGUAGES.find((l) => l === value);
  if (!lang) throw usageError(`--lang takes ${COMPLIANCE_LANGUAGES.join(' or ')}, not "${value}"`);
  return lang;
}

export const runVerify: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  noPositionals(positionals);
  const lang = langOption(values.lang);
  const progress = stepProgress({ enabled: ctx.interactive && !values.json });
  const started = performance.now();
  const report = await withStore(ctx, 'read', (store) =>
    verifyAudit({
      store,
      folder: evidenceFolder(store, ctx.env),
      onProgress: (step, done) => progress.update({ step, done, total: null }),
    }),
  );
  progress.done();
  const seconds = (performance.now() - started) / 1000;
  const problems = report.problems.map((p) => ({
    code: p.code,
    seq: p.seq,
    subject: p.subject,
    reason: p.reason[lang],
  }));
  if (values.json) {
    ctx.out(JSON.stringify({ ...report, problems }));
  } else {
    const rate = seconds > 0 ? Math.round(report.events / seconds) : report.events;
    ctx.out(
      report.ok
        ? `ok: ${groupThousands(report.events)} events and ${groupThousands(report.files)} evidence files verify · 审计链与证据完整`
        : `NOT OK: ${report.problems.length} problem(s), first bad event ${report.first_bad_seq ?? '—'} · 审计链或证据有异常`,
    );
    ctx.out(
      `  ${groupThousands(report.events)} events (${groupThousands(rate)}/s), ` +
        `${groupThousands(report.activities.checked)} activities checked` +
        `${report.activities.before_chain > 0 ? ` (${groupThousands(report.activities.before_chain)} from before the chain)` : ''}, ` +
        `${groupThousands(report.files)} evidence files; head ${report.head ? `${report.head.last_id} ${report.head.last_hash}` : 'none'}`,
    );
    for (const p of problems) ctx.out(`  ${p.code}${p.seq === null ? '' : ` @${p.seq}`}: ${p.reason}`);
  }
  return report.ok ? EXIT.ok : EXIT.failure;
};
