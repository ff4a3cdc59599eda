/**
 * The collection engine through the `dunwell` command on the demo portfolio, on both engines: the demo's
 * strategy arrives under four eyes, the day's queue is a floor's morning (every stage team at work, visits
 * in pairs, reviews with legal), a person's queue, moving an item, a strategy preview that changes nothing,
 * and the champion/challenger report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItemView } from '../src/queue/show-queue.js';
import { testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';

const D = '2026-11-29';
const STRATEGY = join(import.meta.dirname, '..', 'examples', 'strategy.yaml');

type Item = QueueItemView;

describe.each(testEngines)('the collection engine through the CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let items: Item[];
  let users: { user_id: string; role: string; team_id: string | null }[];
  const json = async (...args: string[]) => {
    const r = await runCli(db, ...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const demo = await runCli(db, 'demo', '--accounts', '800', '--as-of', D);
    expect(demo.code, demo.err).toBe(0);
    items = (await json('queue')).items;
    users = (await json('user', 'list')).users;
  });
  afterAll(async () => drop());

  it('starts with the demo strategy approved by a second manager', async () => {
    const { versions } = await json('strategy', 'history');
    expect(versions).toHaveLength(1);
    const [v] = versions;
    expect(v.status).toBe('active');
    expect(v.approved_by).not.toBe(v.submitted_by);
    const role = (id: string) => users.find((u) => u.user_id === id)?.role;
    expect([role(v.submitted_by), role(v.approved_by)]).toEqual(['manager', 'manager']);
    const shown = await runCli(db, 'strategy', 'show');
    expect(shown.out.trim()).toBe(readFileSync(STRATEGY, 'utf8').trim());
  });

  it('builds a floor’s morning: prioritised, assigned, every stage team at work', async () => {
    expect(items.length).toBeGreaterThan(20);
    const queue = await json('queue');
    expect(queue.as_of).toBe(D);
    for (const key of [
      'id',
      'account_id',
      'party_id',
      'action',
      'channel',
      'window',
      'priority',
      'assignee',
      'reason',
      'segment',
      'variant',
      'tier',
      'grade',
      'customer_type',
    ]) {
      expect(items[0], key).toHaveProperty(key);
    }
    items.forEach((item, i) => {
      expect(item.rank).toBe(i + 1);
      if (i > 0) expect(item.priority).toBeLessThanOrEqual((items[i - 1] as Item).priority);
      expect(item.assignee).toBeTruthy();
      expect(item.window.from < item.window.to).toBe(true);
      expect(item.window.from.startsWith(D)).toBe(true);
    });
    const teamOf = new Map(users.map((u) => [u.user_id, u.team_id]));
    const teams = new Set(items.map((i) => teamOf.get(i.assignee)));
    for (const team of ['early', 'mid', 'late']) expect(teams, team).toContain(team);
    for (const grade of ['good', 'medium', 'poor']) expect(new Set(items.map((i) => i.grade))).toContain(grade);
    // A call to a third party only ever asks where to reach the borrower.
    for (const locate of items.filter((i) => i.action === 'third_party_locate')) {
      expect(locate.reason).toMatch(/ask only where to reach the borrower; never mention the debt/);
    }
    // Reviews go to the legal officer or a lead, visits to two people.
    const roleOf = new Map(users.map((u) => [u.user_id, u.role]));
    for (const review of items.filter((i) => i.action === 'legal_review')) {
      expect(['legal', 'team_lead', 'manager']).toContain(roleOf.get(review.assignee));
    }
    for (const visit of items.filter((i) => i.action === 'visit' && i.partner !== null)) {
      expect(roleOf.get(visit.assignee)).toBe('field_agent');
      expect(roleOf.get(visit.partner as string)).toBe('field_agent');
    }
    const text = await runCli(db, 'queue');
    expect(text.out).toMatch(new RegExp(`^Queue for ${D}: ${items.length.toLocaleString('en-US')} items`));
    // Each line names the grade and tier in both languages: `medium 中/intermediate 中级`.
    expect(text.out).toMatch(/ (good 好|medium 中|poor 差)\/(primary 初级|intermediate 中级|senior 高级) /);
  });

  it('shows one person their own items, and lets a manager move an item but not a collector', async () => {
    const first = items[0] as Item;
    const mine = (await json('queue', '--collector', first.assignee)).items as Item[];
    expect(mine.length).toBeGreaterThan(0);
    for (const i of mine) expect([i.assignee, i.partner]).toContain(first.assignee);
    expect(mine.map((i) => i.id)).toContain(first.id);

    const collector = users.find((u) => u.role === 'collector' && u.user_id !== first.assignee && u.team_id === 'mid');
    const manager = users.find((u) => u.role === 'manager');
    expect(collector && manager).toBeTruthy();
    if (!collector || !manager) return;
    const refused = await runCli(db, 'queue', 'assign', first.id, '--to', collector.user_id, '--by', collector.user_id);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/may not reassign/);
    const moved = await json('queue', 'assign', first.id, '--to', collector.user_id, '--by', manager.user_id);
    expect(moved).toEqual({ id: first.id, from: first.assignee, to: collector.user_id, by: manager.user_id });
    const theirs = (await json('queue', '--collector', collector.user_id)).items as Item[];
    expect(theirs.map((i) => i.id)).toContain(first.id);
  });

  it('previews a strategy file against the active version without changing anything', async () => {
    const before = await json('queue');
    const same = await json('strategy', 'preview', STRATEGY);
    expect(same.accounts).toBe(800);
    expect(same.active_version).toBe(1);
    expect(same.changed_segment).toBe(0);
    for (const s of same.segments) expect(s.difference, s.segment).toBe(0);
    // A stricter M1 rule: good payers need a 0.95 pay ratio; some move from early-good to early.
    const dir = mkdtempSync(join(tmpdir(), 'dunwell-strategy-'));
    const stricter = join(dir, 'stricter.yaml');
    writeFileSync(
      stricter,
      readFileSync(STRATEGY, 'utf8').replace('pay_ratio_90: { gte: 0.8 }', 'pay_ratio_90: { gte: 0.99 }'),
    );
    const changed = await json('strategy', 'preview', stricter);
    expect(changed.grades.good.difference).toBeLessThan(0);
    expect(changed.grades.good.difference + changed.grades.medium.difference + changed.grades.poor.difference).toBe(0);
    expect(await json('queue')).toEqual(before);
    expect((await json('strategy', 'history')).versions).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports each champion/challenger variant', async () => {
    const report = await json('report', 'strategy', '--from', D, '--to', D);
    expect(report).toMatchObject({ from: D, to: D });
    const early = report.variants.filter((v: { segment: string }) => v.segment === 'early');
    expect(early.map((v: { variant: string }) => v.variant).sort()).toEqual(['champion', 'early-call']);
    const [champion, challenger] = ['champion', 'early-call'].map((name) =>
      early.find((v: { variant: string }) => v.variant === name),
    );
    // 70/30 by a stable hash: the champion holds most of the segment.
    expect(champion.accounts).toBeGreaterThan(challenger.accounts);
    for (const v of report.variants) expect(v.accounts).toBeGreaterThan(0);
    // The demo's desk work took promises; those judged kept on D count for the variant that worked them.
    const kept = (await json('promise', 'list', '--status', 'kept')).promises.length;
    const counted = report.variants.reduce((n: number, v: { promises_kept: number }) => n + v.promises_kept, 0);
    expect(counted).toBeLessThanOrEqual(kept);
  });
});
