import { describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import { sha256Of } from '../document/sha256-of.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { approveStrategy } from './approve-strategy.js';
import { loadActiveStrategy } from './load-active-strategy.js';
import { rejectStrategy } from './reject-strategy.js';
import { rollbackStrategy } from './rollback-strategy.js';
import { showStrategy } from './show-strategy.js';
import { seedUsers, strategyYaml } from './strategy-fixtures.js';
import { strategyHistory } from './strategy-history.js';
import { submitStrategy } from './submit-strategy.js';

const later = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000);

/** The code and message of what `run` refuses with (an AppError), or a failure when it succeeds. */
async function refusal(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal, but it succeeded');
}

const FLOOR = [
  { id: 'ann', role: 'manager' },
  { id: 'bob', role: 'manager' },
  { id: 'cat', role: 'collector' },
  { id: 'tim', role: 'team_lead' },
  { id: 'adm', role: 'admin' },
  { id: 'old', role: 'manager', active: false },
] as const;

async function events(store: Store, kindPrefix = 'strategy.') {
  const rows = await store.db
    .selectFrom('events')
    .select(['kind', 'actor', 'payload'])
    .where('kind', 'like', `${kindPrefix}%`)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, actor: r.actor, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

describe.each(testEngines)('strategy life cycle on $name', (engine) => {
  const open = freshStores(engine);
  async function floor(): Promise<Store> {
    const store = await open();
    await seedUsers(store.db, FLOOR);
    return store;
  }

  it('runs the four-eyes flow: submit, refused approvals, approval by another manager, retire, rollback', async () => {
    const store = await floor();
    const { db } = store;
    const v1 = await submitStrategy({ db, text: strategyYaml('first'), by: 'ann', note: 'launch', now: TEST_NOW });
    expect(v1).toEqual({
      version: 1,
      name: 'first',
      status: 'pending',
      submitted_by: 'ann',
      submitted_at: TEST_NOW.toISOString(),
      approved_by: null,
      approved_at: null,
      rejected_by: null,
      rejected_at: null,
      retired_at: null,
      rollback_of: null,
      sha256: sha256Of(strategyYaml('first')),
      note: 'launch',
    });
    // Nothing runs until approval.
    expect(await loadActiveStrategy(db)).toBeNull();

    const self = await refusal(approveStrategy({ db, version: 1, by: 'ann', now: later(1) }));
    expect(self.code).toBe('FORBIDDEN');
    expect(self.message).toMatch(/^four eyes: ann submitted version 1/);
    const collector = await refusal(approveStrategy({ db, version: 1, by: 'cat', now: later(1) }));
    expect(collector).toEqual({
      code: 'FORBIDDEN',
      message: 'cat is a collector; only a manager may approve a strategy',
    });
    expect((await refusal(approveStrategy({ db, version: 1, by: 'adm', now: later(1) }))).code).toBe('FORBIDDEN');
    expect((await refusal(approveStrategy({ db, version: 1, by: 'old', now: later(1) }))).code).toBe('NOT_FOUND');
    expect((await refusal(approveStrategy({ db, version: 1, by: 'nobody', now: later(1) }))).code).toBe('NOT_FOUND');
    expect((await showStrategy({ db, version: 1 })).status).toBe('pending');

    const approved = await approveStrategy({ db, version: 1, by: 'bob', now: later(2) });
    expect(approved).toMatchObject({
      version: 1,
      status: 'active',
      approved_by: 'bob',
      approved_at: later(2).toISOString(),
    });
    const active = await loadActiveStrategy(db);
    expect(active).toMatchObject({ version: 1, name: 'first' });
    expect(active?.compiled.segments.map((s) => s.id)).toEqual(['early', 'rest']);
    // Compiled once per version: the cycle's next call gets the same compiled strategy, not a new one.
    expect((await loadActiveStrategy(db))?.compiled).toBe(active?.compiled);

    // A second version, submitted by a team lead, approved by ann: version 1 retires in the same step.
    const v2 = await submitStrategy({ db, text: strategyYaml('second', 2), by: 'tim', now: later(3) });
    expect(v2).toMatchObject({ version: 2, status: 'pending', submitted_by: 'tim' });
    expect(await loadActiveStrategy(db)).toMatchObject({ version: 1 });
    await approveStrategy({ db, version: 2, by: 'ann', now: later(4) });
    expect((await showStrategy({ db })).version).toBe(2);
    expect(await showStrategy({ db, version: 1 })).toMatchObject({
      status: 'retired',
      retired_at: later(4).toISOString(),
    });
    expect(await loadActiveStrategy(db)).toMatchObject({ version: 2, name: 'second' });

    // Approving again, or an active version, is a conflict that names the status.
    expect(await refusal(approveStrategy({ db, version: 2, by: 'bob', now: later(5) }))).toEqual({
      code: 'CONFLICT',
      message: 'version 2 is active; only a pending version can be approved',
    });
    expect((await refusal(approveStrategy({ db, version: 9, by: 'bob', now: later(5) }))).code).toBe('NOT_FOUND');

    // bob rolls back to version 1: a new pending version with its text, that bob cannot approve alone.
    const v3 = await rollbackStrategy({ db, version: 1, by: 'bob', now: later(6) });
    expect(v3).toMatchObject({
      version: 3,
      name: 'first',
      status: 'pending',
      submitted_by: 'bob',
      rollback_of: 1,
      sha256: sha256Of(strategyYaml('first')),
      note: 'rollback to version 1',
    });
    expect((await showStrategy({ db, version: 3 })).document).toBe(strategyYaml('first'));
    expect((await refusal(approveStrategy({ db, version: 3, by: 'bob', now: later(7) }))).code).toBe('FORBIDDEN');
    expect((await showStrategy({ db })).version).toBe(2);
    await approveStrategy({ db, version: 3, by: 'ann', now: later(8) });
    expect(await loadActiveStrategy(db)).toMatchObject({ version: 3, name: 'first' });

    const history = await strategyHistory({ db });
    expect(history.versions.map((v) => [v.version, v.status, v.submitted_by, v.approved_by, v.rollback_of])).toEqual([
      [3, 'active', 'bob', 'ann', 1],
      [2, 'retired', 'tim', 'ann', null],
      [1, 'retired', 'ann', 'bob', null],
    ]);
    expect(history.versions[1]?.retired_at).toBe(later(8).toISOString());

    expect((await events(store)).map((e) => [e.kind, e.actor, e.payload.version])).toEqual([
      ['strategy.submit', 'ann', 1],
      ['strategy.approve', 'bob', 1],
      ['strategy.submit', 'tim', 2],
      ['strategy.retire', 'ann', 1],
      ['strategy.approve', 'ann', 2],
      ['strategy.submit', 'bob', 3],
      ['strategy.retire', 'ann', 2],
      ['strategy.approve', 'ann', 3],
    ]);
  });

  it('refuses submissions from unknown, inactive or unentitled users, invalid documents and repeated texts', async () => {
    const { db } = await floor();
    expect((await refusal(submitStrategy({ db, text: strategyYaml(), by: 'zed', now: TEST_NOW }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(submitStrategy({ db, text: strategyYaml(), by: 'old', now: TEST_NOW }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await refusal(submitStrategy({ db, text: strategyYaml(), by: 'cat', now: TEST_NOW }))).toEqual({
      code: 'FORBIDDEN',
      message: 'cat is a collector; only a manager, team_lead, admin may submit a strategy',
    });
    const invalid = await refusal(
      submitStrategy({
        db,
        text: strategyYaml().replace('default: good', 'default: excellent'),
        by: 'ann',
        now: TEST_NOW,
      }),
    );
    expect(invalid.code).toBe('INVALID_INPUT');
    expect(invalid.message).toMatch(/^the submitted strategy is not a valid strategy: grading\.default/);
    const broken = await refusal(submitStrategy({ db, text: 'name: [unclosed', by: 'ann', now: TEST_NOW }));
    expect(broken.code).toBe('UNREADABLE_INPUT');
    expect(broken.message).toMatch(/line 1, column \d+/);
    expect((await strategyHistory({ db })).versions).toEqual([]);

    await submitStrategy({ db, text: strategyYaml(), by: 'ann', now: TEST_NOW });
    expect(await refusal(submitStrategy({ db, text: strategyYaml(), by: 'bob', now: TEST_NOW }))).toEqual({
      code: 'CONFLICT',
      message: 'this strategy text is already pending as version 1',
    });
    await approveStrategy({ db, version: 1, by: 'bob', now: later(1) });
    expect(await refusal(submitStrategy({ db, text: strategyYaml(), by: 'tim', now: later(2) }))).toEqual({
      code: 'CONFLICT',
      message: 'this strategy text is already active as version 1',
    });
    // The same strategy with one change is a new version.
    expect((await submitStrategy({ db, text: strategyYaml(undefined, 3), by: 'tim', now: later(2) })).version).toBe(2);
  });

  it('rejects: another manager, or the submitter withdrawing; nobody else, and never twice', async () => {
    const store = await floor();
    const { db } = store;
    await submitStrategy({ db, text: strategyYaml('a'), by: 'tim', now: TEST_NOW });
    await submitStrategy({ db, text: strategyYaml('b'), by: 'ann', now: TEST_NOW });
    expect(await refusal(rejectStrategy({ db, version: 1, by: 'cat', now: later(1) }))).toEqual({
      code: 'FORBIDDEN',
      message: 'cat is a collector; only a manager or the submitter (tim) may reject version 1',
    });
    expect((await refusal(rejectStrategy({ db, version: 1, by: 'adm', now: later(1) }))).code).toBe('FORBIDDEN');
    const rejected = await rejectStrategy({ db, version: 1, by: 'bob', note: 'calls too early', now: later(1) });
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejected_by: 'bob',
      rejected_at: later(1).toISOString(),
      note: 'calls too early',
      approved_by: null,
    });
    const withdrawn = await rejectStrategy({ db, version: 2, by: 'ann', now: later(2) });
    expect(withdrawn).toMatchObject({ status: 'rejected', rejected_by: 'ann' });
    expect(await refusal(rejectStrategy({ db, version: 2, by: 'bob', now: later(3) }))).toEqual({
      code: 'CONFLICT',
      message: 'version 2 is rejected; only a pending version can be rejected',
    });
    expect((await refusal(approveStrategy({ db, version: 1, by: 'ann', now: later(3) }))).code).toBe('CONFLICT');
    expect((await events(store, 'strategy.reject')).map((e) => [e.actor, e.payload.withdrawn, e.payload.note])).toEqual(
      [
        ['bob', false, 'calls too early'],
        ['ann', true, null],
      ],
    );
    // A rejected text may be submitted again (it is neither active nor pending).
    expect((await submitStrategy({ db, text: strategyYaml('a'), by: 'tim', now: later(4) })).version).toBe(3);
  });

  it('rolls back only to a retired version, never to the active, a pending or a rejected one', async () => {
    const { db } = await floor();
    await submitStrategy({ db, text: strategyYaml('one'), by: 'ann', now: TEST_NOW });
    await approveStrategy({ db, version: 1, by: 'bob', now: later(1) });
    expect(await refusal(rollbackStrategy({ db, version: 1, by: 'bob', now: later(2) }))).toEqual({
      code: 'CONFLICT',
      message: 'version 1 is the active version; there is nothing to roll back to',
    });
    await submitStrategy({ db, text: strategyYaml('two'), by: 'ann', now: later(2) });
    expect((await refusal(rollbackStrategy({ db, version: 2, by: 'bob', now: later(3) }))).message).toMatch(
      /version 2 is pending and was never active/,
    );
    await rejectStrategy({ db, version: 2, by: 'bob', now: later(3) });
    expect((await refusal(rollbackStrategy({ db, version: 2, by: 'bob', now: later(3) }))).code).toBe('CONFLICT');
    expect((await refusal(rollbackStrategy({ db, version: 7, by: 'bob', now: later(3) }))).code).toBe('NOT_FOUND');
    expect((await refusal(rollbackStrategy({ db, version: 1, by: 'cat', now: later(3) }))).code).toBe('FORBIDDEN');

    await submitStrategy({ db, text: strategyYaml('three'), by: 'ann', now: later(4) });
    await approveStrategy({ db, version: 3, by: 'bob', now: later(5) });
    const back = await rollbackStrategy({ db, version: 1, by: 'ann', note: 'three misfires', now: later(6) });
    expect(back).toMatchObject({ version: 4, rollback_of: 1, note: 'three misfires', status: 'pending' });
    // The same rollback twice waits on the first.
    expect((await refusal(rollbackStrategy({ db, version: 1, by: 'bob', now: later(7) }))).message).toBe(
      'this strategy text is already pending as version 4',
    );
  });

  it('shows the active or a named version, and says when there is none', async () => {
    const { db } = await floor();
    expect(await refusal(showStrategy({ db }))).toEqual({
      code: 'NOT_FOUND',
      message: 'no active strategy: submit one and have another manager approve it',
    });
    await submitStrategy({ db, text: strategyYaml('shown'), by: 'ann', now: TEST_NOW });
    expect((await refusal(showStrategy({ db }))).code).toBe('NOT_FOUND');
    expect(await showStrategy({ db, version: 1 })).toMatchObject({
      status: 'pending',
      document: strategyYaml('shown'),
    });
    expect((await refusal(showStrategy({ db, version: 2 }))).message).toBe('there is no strategy version 2');
  });

  it('two approvals racing never leave two versions active', async () => {
    const { db } = await floor();
    await seedUsers(db, [{ id: 'dan', role: 'manager' }]);
    // No active version yet: the race that a check on "the active one" alone would lose.
    await submitStrategy({ db, text: strategyYaml('x'), by: 'tim', now: TEST_NOW });
    await submitStrategy({ db, text: strategyYaml('y'), by: 'tim', now: TEST_NOW });
    const results = await Promise.allSettled([
      approveStrategy({ db, version: 1, by: 'ann', now: later(1) }),
      approveStrategy({ db, version: 2, by: 'bob', now: later(1) }),
      approveStrategy({ db, version: 2, by: 'dan', now: later(1) }),
    ]);
    const active = await db.selectFrom('strategy_versions').select('version').where('status', '=', 'active').execute();
    expect(active).toHaveLength(1);
    // Version 2 was approved once, by one of the two racing managers; the other got a conflict.
    const forTwo = results.slice(1);
    expect(forTwo.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = forTwo.find((r) => r.status === 'rejected');
    expect(lost?.status === 'rejected' && isAppError(lost.reason, 'CONFLICT')).toBe(true);
    const statuses = (await strategyHistory({ db })).versions.map((v) => v.status).sort();
    expect(statuses).toEqual(['active', 'retired']);
  });
});
