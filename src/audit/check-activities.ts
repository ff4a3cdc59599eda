/**
 * The activities against the chain. Each `activity.record` event carries the digest of its row as written
 * (src/activity/record-activities.ts); the rows named by a page of events are read in one statement and
 * digested again, so an edited or deleted activity shows. Then every activity row is read once, in id
 * order, and looked up among the activities the chain named (a sorted array of 52-bit fingerprints of
 * their ids: 8 bytes an activity), so a row added behind Dunwell's back shows too. Rows written before
 * the chain began (a database from before migration 008) are only counted: ids only grow, so they are the
 * rows no event names below the lowest id of a row an event names.
 */
import type { Kysely } from 'kysely';
import { type AuditProblem, problems } from '../domain/audit/audit-problems.js';
import { sha256OfText } from '../event/event-hash.js';
import { recordDigest } from '../event/record-digest.js';
import { columnType } from '../store/column-types.js';
import type { Engine } from '../store/engine.js';
import { inList } from '../store/in-list.js';
import type { Schema } from '../store/schema.js';
import { ACTIVITY_COLUMNS } from '../store/shapes/activity-columns.js';

/** Columns both engines may return as text or number; the writer wrote numbers. */
const NUMBER_COLUMNS = new Set<string>(
  ACTIVITY_COLUMNS.filter((c) => ['bigint', 'integer'].includes(columnType('activities', c))),
);

function fingerprint(activityId: string): number {
  return Number.parseInt(sha256OfText(activityId).slice(0, 13), 16);
}

export class ActivityCheck {
  readonly problems: AuditProblem[] = [];
  #pending: { seq: number; activityId: string; digest: string }[] = [];
  #fingerprints = new Float64Array(1024);
  #named = 0;
  /** The lowest internal id of an activity the chain names. */
  #lowestNamed = Number.POSITIVE_INFINITY;

  constructor(
    private readonly engine: Engine,
    private readonly db: Kysely<Schema>,
  ) {}

  /** An `activity.record` event: the activity it names must still give its digest. */
  expect(seq: number, payload: Readonly<Record<string, unknown>>): void {
    const activityId = typeof payload.activity_id === 'string' ? payload.activity_id : '';
    const digest = typeof payload.digest === 'string' ? payload.digest : '';
    this.#pending.push({ seq, activityId, digest });
    if (this.#named === this.#fingerprints.length) {
      const grown = new Float64Array(this.#fingerprints.length * 2);
      grown.set(this.#fingerprints);
      this.#fingerprints = grown;
    }
    this.#fingerprints[this.#named++] = fingerprint(activityId);
  }

  /** Reads and digests the rows the events so far named. */
  async flush(): Promise<void> {
    const pending = this.#pending;
    if (pending.length === 0) return;
    this.#pending = [];
    const rows = await this.db
      .selectFrom('activities')
      .select(['id', ...ACTIVITY_COLUMNS])
      .where(
        inList(
          this.engine,
          'activity_id',
          pending.map((p) => p.activityId),
          'text',
        ),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.activity_id, r]));
    for (const p of pending) {
      const row = byId.get(p.activityId);
      if (!row) {
        this.problems.push(problems.recordMissing(p.seq, p.activityId));
        continue;
      }
      this.#lowestNamed = Math.min(this.#lowestNamed, Number(row.id));
      const values = ACTIVITY_COLUMNS.map((c) => {
        const v = row[c];
        return NUMBER_COLUMNS.has(c) && v !== null ? Number(v) : v;
      });
      if (recordDigest(values) !== p.digest) this.problems.push(problems.recordChanged(p.seq, p.activityId));
    }
  }

  /** Every activity row must be one the chain named, unless it was written before the chain began. */
  async checkRows(
    pageSize: number,
    onProgress: (done: number) => void,
  ): Promise<{ checked: number; beforeChain: number; problems: AuditProblem[] }> {
    const named = this.#fingerprints.subarray(0, this.#named).sort();
    const found: AuditProblem[] = [];
    let checked = 0;
    let beforeChain = 0;
    let lastId = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('activities')
        .select(['id', 'activity_id'])
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        lastId = Number(row.id);
        if (contains(named, fingerprint(row.activity_id))) checked++;
        else if (lastId < this.#lowestNamed) beforeChain++;
        else found.push(problems.recordUnchained(row.activity_id));
      }
      onProgress(checked + beforeChain);
      if (rows.length < pageSize) break;
    }
    return { checked, beforeChain, problems: found };
  }
}

function contains(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
