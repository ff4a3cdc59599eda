/**
 * The four-eyes rules against a model: random sequences of submit, approve, reject and rollback by random
 * users of every role, each checked against what the rules say should happen (the same refusal code, or
 * the same new state), and after every step the invariants the cycle relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import { isAppError } from '../domain/errors.js';
import { approveStrategy } from './approve-strategy.js';
import { loadActiveStrategy } from './load-active-strategy.js';
import { rejectStrategy } from './reject-strategy.js';
import { rollbackStrategy } from './rollback-strategy.js';
import { seedUsers, strategyYaml } from './strategy-fixtures.js';
import { strategyHistory } from './strategy-history.js';
import { submitStrategy } from './submit-strategy.js';

const USERS = [
  { id: 'm1', role: 'manager' },
  { id: 'm2', role: 'manager' },
  { id: 'lead', role: 'team_lead' },
  { id: 'admin', role: 'admin' },
  { id: 'coll', role: 'collector' },
  { id: 'gone', role: 'manager', active: false },
] as const;
type UserId = (typeof USERS)[number]['id'];
const roleOf = (id: UserId) => USERS.find((u) => u.id === id)?.role ?? '';
const active = (id: UserId) => id !== 'gone';
const canSubmit = (id: UserId) => ['manager', 'team_lead', 'admin'].includes(roleOf(id));

/** Three distinct texts: a sequence submits some of them more than once. */
const TEXTS = [strategyYaml('t0'), strategyYaml('t1'), strategyYaml('t2')];

type Op =
  | { op: 'submit'; text: number; by: UserId }
  | { op: 'approve' | 'reject' | 'rollback'; version: number; by: UserId };

const user = fc.constantFrom(...USERS.map((u) => u.id));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('submit' as const), text: fc.integer({ min: 0, max: 2 }), by: user }),
  fc.record({
    op: fc.constantFrom('approve' as const, 'reject' as const, 'rollback' as const),
    version: fc.integer({ min: 1, max: 4 }),
    by: user,
  }),
);

interface ModelVersion {
  text: number;
  status: 'pending' | 'active' | 'retired' | 'rejected';
  by: UserId;
}

/** What the rules say: the refusal code, or null when the step succeeds (and the model is updated). */
function expected(model: ModelVersion[], o: Op): string | null {
  if (!active(o.by)) return 'NOT_FOUND';
  const taken = (text: number) =>
    model.some((v) => v.text === text && (v.status === 'active' || v.status === 'pending'));
  if (o.op === 'submit') {
    if (!canSubmit(o.by)) return 'FORBIDDEN';
    if (taken(o.text)) return 'CONFLICT';
    model.push({ text: o.text, status: 'pending', by: o.by });
    return null;
  }
  const v = model[o.version - 1];
  if (o.op === 'rollback') {
    if (!canSubmit(o.by)) return 'FORBIDDEN';
    if (!v) return 'NOT_FOUND';
    if (v.status !== 'retired' || taken(v.text)) return 'CONFLICT';
    model.push({ text: v.text, status: 'pending', by: o.by });
    return null;
  }
  if (!v) return 'NOT_FOUND';
  if (v.status !== 'pending') return 'CONFLICT';
  if (o.op === 'approve') {
    if (v.by === o.by || roleOf(o.by) !== 'manager') return 'FORBIDDEN';
    for (const w of model) if (w.status === 'active') w.status = 'retired';
    v.status = 'active';
    return null;
  }
  if (v.by !== o.by && roleOf(o.by) !== 'manager') return 'FORBIDDEN';
  v.status = 'rejected';
  return null;
}

describe.each(testEngines)('strategy rules against a model on $name', (engine) => {
  const open = freshStores(engine);

  it('every step does what the rules say, and one version at most is ever active', async () => {
    const store = await open();
    const { db } = store;
    await seedUsers(db, USERS);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        await db.deleteFrom('strategy_versions').execute();
        const model: ModelVersion[] = [];
        for (const [i, o] of ops.entries()) {
          const now = new Date(TEST_NOW.getTime() + i * 60_000);
          const want = expected(model, o);
          let got: string | null = null;
          try {
            if (o.op === 'submit') await submitStrategy({ db, text: TEXTS[o.text] ?? '', by: o.by, now });
            else if (o.op === 'approve') await approveStrategy({ db, version: o.version, by: o.by, now });
            else if (o.op === 'reject') await rejectStrategy({ db, version: o.version, by: o.by, now });
            else await rollbackStrategy({ db, version: o.version, by: o.by, now });
          } catch (error) {
            if (!isAppError(error)) throw error;
            got = error.code;
          }
          expect(got, JSON.stringify(o)).toBe(want);

          const { versions } = await strategyHistory({ db });
          expect([...versions].reverse().map((v) => [v.status, v.submitted_by, v.name])).toEqual(
            model.map((m) => [m.status, m.by, `t${m.text}`]),
          );
          const live = versions.filter((v) => v.status === 'active');
          expect(live.length).toBeLessThanOrEqual(1);
          for (const v of versions) {
            if (v.status === 'active' || v.status === 'retired') {
              expect(v.approved_by).not.toBe(v.submitted_by);
              expect(roleOf(v.approved_by as UserId)).toBe('manager');
            }
          }
          expect((await loadActiveStrategy(db))?.version ?? null).toBe(live[0]?.version ?? null);
        }
      }),
      { numRuns: engine.name === 'postgres' ? 30 : 150 },
    );
  });
});
