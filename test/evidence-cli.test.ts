/**
 * Evidence and the audit chain through the `dunwell` command, on both engines: store, list, show (and
 * export, itself recorded), a purge refused before the retention ends and by the wrong role, and
 * `audit verify` saying ok, then not ok once a file is touched.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { evidencePath } from '../src/evidence/evidence-file.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { toneWav } from './support/audit-book.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';

describe.each(testEngines)('evidence and audit through the CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let dir: string;
  let sha: string;
  const saved = process.env.DUNWELL_EVIDENCE_DIR;

  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    dir = mkdtempSync(join(tmpdir(), 'dunwell-evidence-cli-'));
    process.env.DUNWELL_EVIDENCE_DIR = join(dir, 'evidence');
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedWorkedBook(store, TEST_NOW);
    await store.close();
    writeFileSync(join(dir, 'call.wav'), toneWav());
    const admin = await runCli(db, 'user', 'add', 'root', '--name', '管理员', '--role', 'admin');
    expect(admin.code, admin.err).toBe(0);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DUNWELL_EVIDENCE_DIR;
    else process.env.DUNWELL_EVIDENCE_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('stores a recording for an account, by a collector, never by the auditor', async () => {
    const added = await runCli(
      db,
      'evidence',
      'add',
      'A-1',
      '--file',
      join(dir, 'call.wav'),
      '--kind',
      'recording',
      '--by',
      'li.na',
      '--json',
    );
    expect(added.code, added.err).toBe(0);
    const result = JSON.parse(added.out);
    expect(result).toMatchObject({
      account_id: 'A-1',
      name: 'call.wav',
      kind: 'recording',
      media_type: 'audio/wav',
      size: toneWav().length,
      retainUntil: '2028-11-29',
    });
    sha = result.sha256;
    expect(readFileSync(evidencePath(join(dir, 'evidence'), sha))).toEqual(Buffer.from(toneWav()));
    const text = await runCli(
      db,
      'evidence',
      'add',
      'A-1',
      '--file',
      join(dir, 'call.wav'),
      '--kind',
      'recording',
      '--by',
      'li.na',
    );
    expect(text.out).toContain('kept until 2028-11-29 · 保存至 2028-11-29');

    const auditor = await runCli(
      db,
      'evidence',
      'add',
      'A-1',
      '--file',
      join(dir, 'call.wav'),
      '--kind',
      'recording',
      '--by',
      'qian.audit',
    );
    expect(auditor.code).toBe(1);
    expect(auditor.err).toContain(
      'qian.audit is a auditor; only a collector, field_agent, team_lead, manager, legal, admin may store evidence',
    );
    const kind = await runCli(
      db,
      'evidence',
      'add',
      'A-1',
      '--file',
      join(dir, 'call.wav'),
      '--kind',
      'selfie',
      '--by',
      'li.na',
    );
    expect(kind.code).toBe(2);
  });

  it('lists an account’s evidence and shows a file, writing its bytes out, and records the look', async () => {
    const listed = await runCli(db, 'evidence', 'list', 'A-1', '--json');
    expect(JSON.parse(listed.out).evidence).toEqual([
      expect.objectContaining({ sha256: sha, kind: 'recording', retain_until: '2028-11-29', purged_at: null }),
    ]);
    const out = join(dir, 'exported.wav');
    const shown = await runCli(db, 'evidence', 'show', sha, '--out', out, '--by', 'qian.audit', '--json');
    expect(shown.code, shown.err).toBe(0);
    expect(JSON.parse(shown.out)).toMatchObject({ sha256: sha, links: [{ account_id: 'A-1', activity_id: null }] });
    expect(readFileSync(out)).toEqual(Buffer.from(toneWav()));
    const again = await runCli(db, 'evidence', 'show', sha, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('it exists already');
    const store = openStore(db);
    const reads = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'evidence.read')
      .execute();
    await store.close();
    expect(reads.map((r) => [r.actor, JSON.parse(r.payload)])).toEqual([
      ['qian.audit', { sha256: sha, accounts: ['A-1'], written_out: true }],
    ]);
  });

  it('refuses a purge before the retention ends, with the date, and by anyone but an administrator', async () => {
    const early = await runCli(db, 'evidence', 'purge', sha, '--by', 'root');
    expect(early.code).toBe(1);
    expect(early.err).toContain(`evidence ${sha} must be kept until 2028-11-29`);
    const later = await runCli(db, 'evidence', 'purge', '--before', '2030-01-01', '--by', 'root');
    expect(later.code).toBe(1);
    expect(later.err).toContain('--before 2030-01-01 is after today');
    const collector = await runCli(db, 'evidence', 'purge', '--by', 'li.na');
    expect(collector.code).toBe(1);
    expect(collector.err).toContain('only a admin may purge evidence');
    const nothing = await runCli(db, 'evidence', 'purge', '--by', 'root');
    expect(nothing.code, nothing.err).toBe(0);
    expect(nothing.out).toContain('nothing past its retention');
  });

  it('verifies the chain and the files, and exits 1 once a file is touched', async () => {
    const ok = await runCli(db, 'audit', 'verify', '--json');
    expect(ok.code, ok.err).toBe(0);
    const report = JSON.parse(ok.out);
    expect(report).toMatchObject({ ok: true, files: 1, first_bad_seq: null, problems: [] });
    expect(report.events).toBeGreaterThan(5);
    const text = await runCli(db, 'audit', 'verify');
    expect(text.out).toMatch(/^ok: \d+ events and 1 evidence files verify · 审计链与证据完整/);

    writeFileSync(evidencePath(join(dir, 'evidence'), sha), 'overwritten');
    const bad = await runCli(db, 'audit', 'verify', '--json', '--lang', 'en');
    expect(bad.code).toBe(1);
    const broken = JSON.parse(bad.out);
    expect(broken.ok).toBe(false);
    expect(broken.first_bad_seq).toEqual(expect.any(Number));
    expect(broken.problems).toEqual([
      expect.objectContaining({
        code: 'evidence_file_changed',
        subject: sha,
        reason: expect.stringContaining('no longer holds the bytes'),
      }),
    ]);
    const zh = await runCli(db, 'audit', 'verify');
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('证据文件');
  });
});
