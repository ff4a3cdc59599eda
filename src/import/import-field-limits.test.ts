/**
 * Values no column takes, on both engines alike: a NUL character (SQLite stored it, PostgreSQL aborted the
 * whole file), a field over 64 KiB, a JSON line longer than any record. Each is a row rejection naming the
 * field; the rest of the file is imported and nothing of the bad row is stored. And a file with nothing in
 * it is refused like one without its header.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { MAX_FIELD_BYTES } from './field-limits.js';
import { importFile } from './import-file.js';
import { dumpDatabase, FIXTURE_NOW, party, runImport, type TempDir, tempDir } from './import-fixtures.js';
import { KIND_COLUMNS } from './import-kinds.js';
import { MAX_JSON_LINE_CHARS } from './read-json-lines.js';

const HEADER = KIND_COLUMNS.parties.columns.join(',');
const csvRow = (p: Record<string, string>) =>
  KIND_COLUMNS.parties.columns.map((c) => `"${(p[c] ?? '').replace(/"/g, '""')}"`).join(',');

describe.each(testEngines)('field limits on $name', (engine) => {
  let store: Store;
  let dir: TempDir;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.remove());
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  const importParties = (name: string, text: string) =>
    importFile({ store, kind: 'parties', path: dir.file(name, text), now: FIXTURE_NOW });

  it('rejects a NUL character in any field the same way on both engines, in CSV and in JSON lines', async () => {
    const csv = [
      HEADER,
      csvRow(party({ party_id: 'N-1', name: 'Wang\u0000Fang' })),
      csvRow(party({ party_id: 'N-2', employer: '\u0000' })),
      csvRow(party({ party_id: 'N-3' })),
    ].join('\n');
    const fromCsv = await importParties('nul.csv', `${csv}\n`);
    expect(fromCsv).toMatchObject({ inserted: 1 });
    expect(fromCsv.rejected).toEqual([
      {
        row: 1,
        field: 'name',
        reason:
          'name contains a NUL character (\\u0000) at position 5, which cannot be stored; remove it from the file',
      },
      {
        row: 2,
        field: 'employer',
        reason:
          'employer contains a NUL character (\\u0000) at position 1, which cannot be stored; remove it from the file',
      },
    ]);
    const json = `${JSON.stringify(party({ party_id: 'N-4\u0000' }))}\n${JSON.stringify(party({ party_id: 'N-5' }))}\n`;
    expect(json).toContain('\\u0000');
    const fromJson = await importParties('nul.jsonl', json);
    expect(fromJson).toMatchObject({ inserted: 1, rejected: [{ row: 1, field: 'party_id' }] });
    const ids = await store.db.selectFrom('parties').select('party_id').orderBy('party_id').execute();
    expect(ids).toEqual([{ party_id: 'N-3' }, { party_id: 'N-5' }]);
    // In memory too, whatever the source.
    const direct = await runImport(store, 'parties', [party({ party_id: 'N-6', region: 'a\u0000' })]);
    expect(direct.rejected).toEqual([expect.objectContaining({ row: 1, field: 'region' })]);
  });

  it('rejects a field over 64 KiB of UTF-8 and takes one of exactly 64 KiB', async () => {
    const exact = 'a'.repeat(MAX_FIELD_BYTES);
    const wide = '王'.repeat(21_846); // 65,538 bytes in 21,846 characters
    const huge = 'x'.repeat(3_000_000);
    const csv = [
      HEADER,
      csvRow(party({ party_id: 'L-1', employer: exact })),
      csvRow(party({ party_id: 'L-2', employer: `${exact}b` })),
      csvRow(party({ party_id: 'L-3', employer: wide })),
      csvRow(party({ party_id: 'L-4', occupation: huge })),
      csvRow(party({ party_id: 'L-5' })),
    ].join('\r\n');
    const report = await importParties('long.csv', `${csv}\r\n`);
    expect(report).toMatchObject({ rows: 5, inserted: 2 });
    expect(report.rejected).toEqual([
      {
        row: 2,
        field: 'employer',
        reason: 'employer is more than 64 KiB long; a field holds at most 64 KiB (65,536 bytes of UTF-8)',
      },
      {
        row: 3,
        field: 'employer',
        reason: 'employer is 65,538 bytes long; a field holds at most 64 KiB (65,536 bytes of UTF-8)',
      },
      {
        row: 4,
        field: 'occupation',
        reason: 'occupation is more than 64 KiB long; a field holds at most 64 KiB (65,536 bytes of UTF-8)',
      },
    ]);
    const l1 = await store.db
      .selectFrom('parties')
      .select('employer')
      .where('party_id', '=', 'L-1')
      .executeTakeFirstOrThrow();
    expect(l1.employer).toBe(exact);
  });

  it('skips a JSON line longer than any record, naming the key it was reading, and reads on', async () => {
    const long = JSON.stringify(party({ party_id: 'J-1', occupation: 'y'.repeat(MAX_JSON_LINE_CHARS) }));
    const text = `${JSON.stringify(party({ party_id: 'J-0' }))}\n${long}\n${JSON.stringify(party({ party_id: 'J-2' }))}\n`;
    const report = await importParties('long.jsonl', text);
    expect(report).toMatchObject({ rows: 3, inserted: 2 });
    expect(report.rejected).toEqual([
      {
        row: 2,
        field: 'occupation',
        reason:
          'line 2 is longer than 4 MiB, more than any record can be (a field holds at most 64 KiB); the record was skipped',
      },
    ]);
    const ids = await store.db.selectFrom('parties').select('party_id').orderBy('party_id').execute();
    expect(ids).toEqual([{ party_id: 'J-0' }, { party_id: 'J-2' }]);
  });

  it('refuses an unpaired surrogate escape in a JSON string, which no database stores as written', async () => {
    const text = `{"party_id":"S-1","kind":"person","name":"Li\\ud800"}\n{"party_id":"S-2","kind":"person","name":"😀 \\ud83d\\ude00"}\n`;
    const report = await importParties('surrogate.jsonl', text);
    expect(report).toMatchObject({ inserted: 1, rejected: [{ row: 1, field: 'name' }] });
    const s2 = await store.db
      .selectFrom('parties')
      .select('name')
      .where('party_id', '=', 'S-2')
      .executeTakeFirstOrThrow();
    expect(s2.name).toBe('😀 😀');
  });

  it('refuses a file with nothing in it like one without its header, applying nothing', async () => {
    await runImport(store, 'parties', [party()]);
    const before = await dumpDatabase(store);
    const message =
      /the file is empty: missing required columns party_id, kind, name for parties; the columns are party_id, kind, name, id_number/;
    for (const [name, content] of [
      ['empty.csv', ''],
      ['empty.jsonl', ''],
      ['empty.txt', ''],
      ['bom.csv', '\uFEFF'],
      ['blank.csv', '\n\r\n\n'],
      ['blank.jsonl', '\n  \n'],
    ] as const) {
      const path = dir.file(name, content);
      const attempt = importFile({ store, kind: 'parties', path, now: FIXTURE_NOW });
      await expect(attempt, name).rejects.toMatchObject({ code: 'UNREADABLE_INPUT' });
      await expect(importFile({ store, kind: 'parties', path, now: FIXTURE_NOW }), name).rejects.toThrow(message);
      await expect(importFile({ store, kind: 'parties', path, now: FIXTURE_NOW }), name).rejects.toThrow(path);
    }
    // A header with a column name longer than any field is refused without quoting all of it.
    const longName = 'n'.repeat(100_000);
    await expect(importParties('long-header.csv', `party_id,kind,name,${longName}\n`)).rejects.toThrow(
      new RegExp(`unknown column ${'n'.repeat(60)}… for parties`),
    );
    // A header with no rows is a file with nothing to import, not an empty one.
    expect(await importParties('header.csv', `${HEADER}\n`)).toMatchObject({ rows: 0, rejected: [] });
    expect(await dumpDatabase(store)).toEqual(before);
  });
});
