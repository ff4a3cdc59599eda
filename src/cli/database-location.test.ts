import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/engines.js';
import { databaseLocation } from './database-location.js';
import { main } from './main.js';

async function dunwell(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, now: () => TEST_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('--db and DATABASE_URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dunwell-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a file path or a postgres:// URL, from --db, --db=, DATABASE_URL or the default', () => {
    expect(databaseLocation(['cycle', '--db', 'x/y.db', '--json'], {})).toEqual({
      location: 'x/y.db',
      rest: ['cycle', '--json'],
    });
    expect(databaseLocation(['--db=postgresql://u@h/d', 'cycle'], {}).location).toBe('postgresql://u@h/d');
    expect(databaseLocation(['cycle'], { DATABASE_URL: 'postgres://u@h/d' }).location).toBe('postgres://u@h/d');
    expect(databaseLocation(['cycle'], { DATABASE_URL: '' }).location).toBe('./data/dunwell.db');
    expect(databaseLocation(['cycle', '--db', 'C:\\data\\dunwell.db'], {}).location).toBe('C:\\data\\dunwell.db');
  });

  it('refuses anything else with a usage error naming the problem, and creates nothing', async () => {
    const before = readdirSync('.');
    const refused: [string[], Record<string, string>, string][] = [
      [['cycle', '--db', 'mysql://root@localhost/dunwell'], {}, '"mysql://root@localhost/dunwell" is a mysql: URL'],
      [['cycle', '--db', `sqlite://${dir}/a.db`], {}, 'is a sqlite: URL'],
      [['cycle', `--db=file:${dir}/b.db`], {}, 'is a file: URL'],
      [['cycle', '--db', '--json'], {}, '--db needs a SQLite file path or a postgres:// URL, not the option --json'],
      [['cycle', '--db'], {}, '--db needs a SQLite file path or a postgres:// URL'],
      [['cycle', '--db='], {}, '--db is empty'],
      [['cycle', '--db', `${dir}/c.db`, '--db', `${dir}/d.db`], {}, '--db is given 2 times'],
      [['portfolio', 'list'], { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL "mysql://x" is a mysql: URL'],
    ];
    for (const [args, env, message] of refused) {
      const r = await dunwell(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(message);
      expect(r.err).toContain('usage: dunwell <command>');
    }
    expect(readdirSync('.')).toEqual(before);
    expect(readdirSync(dir)).toEqual([]);
    for (const junk of ['mysql:', 'sqlite:', 'file:', '--json']) expect(existsSync(junk), junk).toBe(false);
  });
});
