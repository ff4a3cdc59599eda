import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import {
  DEFAULT_KEY_FILE,
  ensurePersonalDataKey,
  findPersonalDataKeys,
  keyFileFor,
  requirePersonalDataKeys,
} from './personal-data-key.js';

describe('where the personal-data key is', () => {
  it('is DUNWELL_KEY_FILE, else beside the SQLite file, else ./data/dunwell.key; an in-memory database keeps its own', () => {
    expect(keyFileFor('/srv/dunwell/data/book.db', {})).toBe('/srv/dunwell/data/book.key');
    expect(keyFileFor('./data/dunwell.db', {})).toBe('data/dunwell.key');
    expect(keyFileFor('postgres://u@db/dunwell', {})).toBe(DEFAULT_KEY_FILE);
    expect(keyFileFor('postgres://u@db/dunwell', { DUNWELL_KEY_FILE: '/etc/dunwell/key' })).toBe('/etc/dunwell/key');
    expect(keyFileFor(':memory:', {})).toBeNull();
    const memory = findPersonalDataKeys(':memory:', {});
    expect(memory).not.toBeNull();
    expect(findPersonalDataKeys(':memory:', {})).toBe(memory);
  });
});

describe('the key file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dunwell-key-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('is created once, 32 random bytes in base64, readable by its owner only, and read back the same', () => {
    const db = join(dir, 'book.db');
    expect(findPersonalDataKeys(db, {})).toBeNull();
    const made = ensurePersonalDataKey(db, {});
    expect(made.created).toBe(join(dir, 'book.key'));
    expect(Buffer.from(readFileSync(join(dir, 'book.key'), 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(statSync(join(dir, 'book.key')).mode & 0o777).toBe(0o600);
    const again = ensurePersonalDataKey(db, {});
    expect(again).toEqual({ keys: made.keys, created: null });
    expect(requirePersonalDataKeys(db, {}).id).toBe(made.keys.id);
    // DUNWELL_KEY wins over the file.
    const fromEnv = requirePersonalDataKeys(db, { DUNWELL_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(fromEnv.source).toBe('DUNWELL_KEY');
    expect(fromEnv.id).not.toBe(made.keys.id);
  });

  it('refuses a malformed key file or none, naming the file and the variables', () => {
    const db = join(dir, 'book.db');
    expect(() => requirePersonalDataKeys(db, {})).toThrow(
      `there is no personal-data key for ${db}: set DUNWELL_KEY (base64 of 32 bytes) or DUNWELL_KEY_FILE, or restore the key file ${join(dir, 'book.key')}`,
    );
    writeFileSync(join(dir, 'book.key'), 'not a key\n');
    expect(() => findPersonalDataKeys(db, {})).toThrow(
      expect.objectContaining({
        code: 'PERSONAL_DATA_KEY',
        message: expect.stringContaining(`${join(dir, 'book.key')} is not 32 bytes`),
      }),
    );
  });

  it('dunwell init creates it beside the database and says so; a second init finds it', async () => {
    vi.stubEnv('DUNWELL_KEY', '');
    vi.stubEnv('DUNWELL_KEY_FILE', '');
    const db = join(dir, 'book.db');
    const first = await runCli(db, 'init');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      new RegExp(`personal-data key [0-9a-f]{8} created at ${join(dir, 'book.key')} \\(mode 0600\\); back it up`),
    );
    const second = await runCli(db, 'init', '--json');
    expect(JSON.parse(second.out).personal_data_key).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}$/),
      source: join(dir, 'book.key'),
      created: false,
    });
    // Another key for the same database is refused: its id is registered.
    vi.stubEnv('DUNWELL_KEY', Buffer.alloc(32, 9).toString('base64'));
    const other = await runCli(db, 'init');
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/is encrypted with key [0-9a-f]{8}, but the key from DUNWELL_KEY is [0-9a-f]{8}/);
  });
});
