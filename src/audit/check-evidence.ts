/**
 * The evidence against the chain: every evidence_files and evidence_links row (read in pages) compared
 * with what the chain's evidence events say, and every file not purged re-hashed from the folder
 * (presence, size and SHA-256). A purged file's bytes may be gone; its row must still say who purged it.
 */
import type { Kysely } from 'kysely';
import { type AuditProblem, problems } from '../domain/audit/audit-problems.js';
import type { EvidenceLedger } from '../domain/audit/evidence-ledger.js';
import { evidencePath, hashStoredFile } from '../evidence/evidence-file.js';
import type { Schema } from '../store/schema.js';

export async function checkEvidence(options: {
  db: Kysely<Schema>;
  folder: string;
  ledger: EvidenceLedger;
  pageSize: number;
  onProgress: (done: number) => void;
}): Promise<{ files: number; problems: AuditProblem[] }> {
  const { db, ledger, pageSize } = options;
  const found: AuditProblem[] = [];
  const keep = (p: AuditProblem | null) => {
    if (p) found.push(p);
  };
  let files = 0;
  let lastSha = '';
  for (;;) {
    const rows = await db
      .selectFrom('evidence_files')
      .selectAll()
      .where('sha256', '>', lastSha)
      .orderBy('sha256')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      lastSha = row.sha256;
      files++;
      keep(ledger.checkFileRow({ ...row, size: Number(row.size) }));
    }
    if (rows.length < pageSize) break;
  }
  found.push(...ledger.missingFiles());
  let lastLink = 0;
  for (;;) {
    const rows = await db
      .selectFrom('evidence_links')
      .select(['id', 'sha256', 'account_id', 'activity_id'])
      .where('id', '>', lastLink)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      lastLink = Number(row.id);
      keep(ledger.checkLinkRow({ ...row, account_id: Number(row.account_id) }));
    }
    if (rows.length < pageSize) break;
  }
  found.push(...ledger.missingLinks());
  // The bytes, as the chain says they should be (a row edited to match forged bytes is caught above).
  let hashed = 0;
  for (const expected of ledger.files()) {
    if (expected.purged_at !== null) continue;
    const stored = await hashStoredFile(evidencePath(options.folder, expected.sha256));
    if (!stored) found.push(problems.evidenceFileMissing(expected.seq, expected.sha256));
    else if (stored.sha256 !== expected.sha256 || stored.size !== expected.size) {
      found.push(problems.evidenceFileChanged(expected.seq, expected.sha256, stored.size, expected.size));
    }
    if (++hashed % 100 === 0) options.onProgress(hashed);
  }
  options.onProgress(hashed);
  return { files, problems: found };
}
