import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { importFile } from './import-file.js';
import { account } from './import-fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe.each(testEngines)('an imported file in the audit chain on $name', (engine) => {
  const open = freshStores(engine);

  it('names the SHA-256 of the bytes read and the portfolios it created in the import event', async () => {
    const store = await open();
    const dir = mkdtempSync(join(tmpdir(), 'dunwell-import-digest-'));
    dirs.push(dir);
    const rows = [account(), account({ account_id: 'A-2' })];
    const columns = Object.keys(rows[0] ?? {});
    const path = join(dir, 'accounts.csv');
    writeFileSync(path, `${[columns.join(','), ...rows.map((r) => columns.map((c) => r[c]).join(','))].join('\n')}\n`);
    const report = await importFile({
      store,
      kind: 'accounts',
      path,
      actor: 'ops',
      now: new Date('2026-11-29T00:00:00Z'),
    });
    expect(report.inserted).toBe(2);
    const event = await store.db
      .selectFrom('events')
      .selectAll()
      .where('kind', '=', 'import.accounts')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toMatchObject({
      file: path,
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      inserted: 2,
      created_portfolios: ['consumer'],
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
