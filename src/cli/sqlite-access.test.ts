/**
 * The embedded database shared with another process, or handed over read-only: a second writer waits and
 * then says who holds the database; commands that only read work on a read-only file and in a read-only
 * folder, and one that must write, or migrate, says why it cannot.
 *
 * Permissions do not bind root, so when the tests run as root the read-only cases run the compiled CLI
 * (dist/, built by `npm test`) as the user `nobody`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { migrate } from '../store/migrate.js';
import { MIGRATIONS } from '../store/migrations/index.js';
import { openStore } from '../store/open-database.js';

const NOBODY = 65_534;

/** Runs the compiled `dunwell` as a user the file permissions bind. */
function dunwellAsUser(...args: string[]): { code: number | null; out: string; err: string } {
  const asRoot = process.getuid?.() === 0;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, ['bin/dunwell.js', ...args], {
    encoding: 'utf8',
    env,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dunwell on a SQLite database another process holds or nobody may write', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dunwell-access-'));
    chmodSync(dir, 0o755);
    db = join(dir, 'dunwell.db');
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedAccounts(store, [
      { account_id: 'LN-1', installments: [{ no: 1, due_on: '2026-01-31', principal: 123_456_789 }] },
    ]);
    await store.close();
    expect((await runCli(db, 'cycle', '--as-of', '2026-03-10')).code).toBe(0);
  });
  afterAll(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second writer waits for the first, then says another process holds the database (exit 1)', async () => {
    const holder = new BetterSqlite3(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      // Readers are not held up by a writer.
      const reading = await runCli(db, 'report', 'aging', '--as-of', '2026-03-10', '--json');
      expect(reading.code).toBe(0);
      const started = performance.now();
      const writing = await runCli(db, 'portfolio', 'set', 'test', '--time-zone', 'Asia/Tokyo');
      expect(performance.now() - started).toBeGreaterThan(4_000);
      expect(writing.code).toBe(1);
      expect(writing.err).toBe(
        `dunwell portfolio set: another dunwell process holds the database at ${db} and did not finish within 5 s; ` +
          'try again when it has finished',
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await runCli(db, 'portfolio', 'set', 'test', '--time-zone', 'Asia/Tokyo')).code).toBe(0);
  }, 30_000);

  it('reads a read-only database file and refuses to write it with a plain message', () => {
    expect(existsSync('bin/dunwell.js') && existsSync('dist/src/cli/main.js'), 'run `npm run build` first').toBe(true);
    chmodSync(db, 0o444);
    const show = dunwellAsUser('account', 'show', 'LN-1', '--db', db);
    expect(show.err).toBe('');
    expect(show.code).toBe(0);
    expect(show.out).toContain('principal 1,234,567.89');
    const aging = dunwellAsUser('report', 'aging', '--as-of', '2026-03-10', '--db', db);
    expect(aging.code).toBe(0);
    expect(aging.out).toMatch(/total\s+1\s+1,2\d\d,\d{3}\.\d{2}\s/);
    expect(dunwellAsUser('portfolio', 'list', '--db', db).code).toBe(0);
    expect(dunwellAsUser('help', '--db', db).code).toBe(0);
    const write = dunwellAsUser('portfolio', 'set', 'test', '--time-zone', 'UTC', '--db', db);
    expect(write.code).toBe(1);
    expect(write.err.trim()).toBe(
      `dunwell portfolio set: the database at ${db} cannot be written (a read-only file or folder)`,
    );
  });

  it('reads a database in a read-only folder, where SQLite cannot create its shared-memory file', () => {
    // A cleanly closed database leaves no write-ahead log; the previous test's reader left empty ones.
    for (const f of readdirSync(dir)) if (f !== 'dunwell.db') rmSync(join(dir, f));
    chmodSync(dir, 0o555);
    const show = dunwellAsUser('account', 'show', 'LN-1', '--json', '--db', db);
    expect(show.err).toBe('');
    expect(show.code).toBe(0);
    expect(JSON.parse(show.out)).toMatchObject({ account_id: 'LN-1', principal: '1234567.89' });
    expect(dunwellAsUser('report', 'aging', '--as-of', '2026-03-10', '--db', db).code).toBe(0);
    expect(dunwellAsUser('portfolio', 'list', '--json', '--db', db).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['dunwell.db']);
  });

  it('says a read-only database needs migrating rather than failing on the first write', () => {
    chmodSync(dir, 0o755);
    chmodSync(db, 0o644);
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    const raw = new BetterSqlite3(db);
    raw.prepare('DELETE FROM schema_migrations WHERE version = ?').run(latest);
    raw.close();
    chmodSync(db, 0o444);
    const r = dunwellAsUser('portfolio', 'list', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      `dunwell portfolio list: the database at ${db} is at schema version ${latest - 1} and this Dunwell needs ` +
        `version ${latest}, but it cannot be written to migrate it; run \`dunwell init\` where it is writable`,
    );
  });
});
