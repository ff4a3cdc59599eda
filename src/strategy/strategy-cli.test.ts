import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { openStore } from '../store/open-database.js';
import { seedUsers, strategyYaml, type TempFiles, tempFiles } from './strategy-fixtures.js';

describe.each(testEngines)('dunwell strategy on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let files: TempFiles;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    files = tempFiles();
    expect((await runCli(db, 'init')).code).toBe(0);
    const store = openStore(db);
    await seedUsers(store.db, [
      { id: 'ann', role: 'manager' },
      { id: 'bob', role: 'manager' },
      { id: 'cat', role: 'collector' },
    ]);
    await store.close();
  });
  afterAll(async () => {
    files.remove();
    await drop();
  });

  it('validate exits 0 for a valid file, 3 with the problems by path, 2 for an unreadable or non-YAML file', async () => {
    const good = files.file('good.yaml', strategyYaml());
    expect(await runCli(db, 'strategy', 'validate', good)).toEqual({ code: 0, out: `${good}: valid`, err: '' });
    expect(JSON.parse((await runCli(db, 'strategy', 'validate', good, '--json')).out)).toEqual({
      ok: true,
      errors: [],
    });

    const bad = files.file('bad.yaml', strategyYaml().replace('default: good', 'default: excellent'));
    const human = await runCli(db, 'strategy', 'validate', bad);
    expect(human.code).toBe(3);
    expect(human.out.split('\n')[0]).toMatch(new RegExp(`^${bad.replace(/[.\\]/g, '\\$&')}: \\d+ problems?$`));
    expect(human.out).toContain('  grading.default: ');
    const json = await runCli(db, 'strategy', 'validate', bad, '--json');
    expect(json.code).toBe(3);
    const parsed = JSON.parse(json.out) as { ok: boolean; errors: { path: string; message: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.errors.map((e) => e.path)).toContain('grading.default');

    const missing = files.path('missing.yaml');
    const unreadable = await runCli(db, 'strategy', 'validate', missing, '--json');
    expect(unreadable.code).toBe(2);
    expect(unreadable.out).toBe('');
    expect(unreadable.err).toMatch(new RegExp(`cannot read ${missing.replace(/[.\\]/g, '\\$&')}: .*ENOENT`));

    const notYaml = files.file('not.yaml', 'name: first\nsegments: [unclosed\n');
    const syntax = await runCli(db, 'strategy', 'validate', notYaml);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatch(/is not YAML: line \d+, column \d+: /);
  });

  it('submit, a refused approval, approve, history, show and rollback through the command line', async () => {
    const first = files.file('first.yaml', strategyYaml('cli-first'));
    const submitted = await runCli(db, 'strategy', 'submit', first, '--by', 'ann', '--note', 'launch', '--json');
    expect(submitted.code).toBe(0);
    expect(JSON.parse(submitted.out)).toMatchObject({
      version: 1,
      name: 'cli-first',
      status: 'pending',
      submitted_by: 'ann',
      submitted_at: TEST_NOW.toISOString(),
      note: 'launch',
    });

    const self = await runCli(db, 'strategy', 'approve', '1', '--by', 'ann');
    expect(self.code).toBe(1);
    expect(self.out).toBe('');
    expect(self.err).toBe(
      'dunwell strategy approve: four eyes: ann submitted version 1 and cannot approve it; another manager must',
    );
    const collector = await runCli(db, 'strategy', 'approve', '1', '--by', 'cat');
    expect(collector.code).toBe(1);
    expect(collector.err).toMatch(/cat is a collector; only a manager may approve/);
    expect((await runCli(db, 'strategy', 'approve', '1')).code).toBe(2);
    expect((await runCli(db, 'strategy', 'approve', 'one', '--by', 'bob')).code).toBe(2);

    const approved = await runCli(db, 'strategy', 'approve', '1', '--by', 'bob');
    expect(approved).toEqual({
      code: 0,
      out:
        `version 1 "cli-first" active — submitted by ann ${TEST_NOW.toISOString()} — ` +
        `approved by bob ${TEST_NOW.toISOString()} — note: launch`,
      err: '',
    });

    const shown = await runCli(db, 'strategy', 'show');
    expect(shown.code).toBe(0);
    expect(`${shown.out}\n`).toBe(strategyYaml('cli-first'));

    const second = files.file('second.yaml', strategyYaml('cli-second'));
    expect((await runCli(db, 'strategy', 'submit', second, '--by', 'bob')).code).toBe(0);
    expect((await runCli(db, 'strategy', 'approve', '2', '--by', 'ann', '--json')).code).toBe(0);
    const rollback = await runCli(db, 'strategy', 'rollback', '1', '--by', 'ann', '--json');
    expect(rollback.code).toBe(0);
    expect(JSON.parse(rollback.out)).toMatchObject({ version: 3, status: 'pending', rollback_of: 1 });
    const reject = await runCli(db, 'strategy', 'reject', '3', '--by', 'bob', '--note', 'keep two');
    expect(reject.code).toBe(0);
    expect(reject.out).toMatch(
      /^version 3 "cli-first" rejected — .* — rejected by bob .* — rollback of version 1 — note: keep two$/,
    );

    const history = await runCli(db, 'strategy', 'history', '--json');
    expect(history.code).toBe(0);
    const { versions } = JSON.parse(history.out) as { versions: Record<string, unknown>[] };
    expect(versions.map((v) => [v.version, v.status, v.submitted_by, v.approved_by, v.rejected_by])).toEqual([
      [3, 'rejected', 'ann', null, 'bob'],
      [2, 'active', 'bob', 'ann', null],
      [1, 'retired', 'ann', 'bob', null],
    ]);
    expect(Object.keys(versions[0] ?? {})).toEqual([
      'version',
      'name',
      'status',
      'submitted_by',
      'submitted_at',
      'approved_by',
      'approved_at',
      'rejected_by',
      'rejected_at',
      'retired_at',
      'rollback_of',
      'sha256',
      'note',
    ]);
    const table = (await runCli(db, 'strategy', 'history')).out.split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^version\s+status\s+name\s+submitted by/);
    expect(table[1]).toMatch(/^3\s+rejected\s+cli-first\s+ann\s+2026-11-29 00:00\s+bob\s+2026-11-29 00:00\s+1$/);

    expect(`${(await runCli(db, 'strategy', 'show', '1')).out}\n`).toBe(strategyYaml('cli-first'));
    const none = await runCli(db, 'strategy', 'show', '9');
    expect(none.code).toBe(1);
    expect(none.err).toBe('dunwell strategy show: there is no strategy version 9');
  });
});
