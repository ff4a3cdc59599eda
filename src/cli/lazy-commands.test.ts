/**
 * `dunwell --help` answers at once because no command's module, and so no database driver, is loaded
 * until that command runs. Checked on the drivers (CommonJS packages, visible in the require cache), in
 * a test file of its own so nothing else has loaded them first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const loaded = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((path) =>
    /node_modules[\\/](better-sqlite3|pg|pg-pool)[\\/]/.test(path),
  );

describe('dunwell --help', () => {
  it('loads no command module and no database driver; running a command loads what it needs', async () => {
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(['--help'], quiet)).toBe(0);
    expect(await main(['help'], quiet)).toBe(0);
    expect(await main(['portfolio', 'list', '--help'], quiet)).toBe(0);
    expect(loaded()).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'dunwell-lazy-'));
    try {
      expect(await main(['portfolio', 'list', '--db', join(dir, 'x.db')], quiet)).toBe(0);
      expect(loaded().some((path) => path.includes('better-sqlite3'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
