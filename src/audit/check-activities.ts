/**
 * The activities against the chain, in one pass over the table. Each `activity.record` event carries the
 * digest of its row as written (src/activity/record-activities.ts); while the events are walked, each
 * named activity is kept as three numbers (52-bit fingerprints of its id and of its digest, and the
 * event's id: 24 bytes an activity, so a million fit in 24 MB). Then the activities are read once in id
 * order and each row is digested again:
 *
 * - a row the chain names whose digest differs was edited;
 * - a row the chain names that never comes was deleted;
 * - a row no event names was added behind Dunwell's back — unless it comes before the first row the
 *   chain names: ids only grow, so those are rows written before the chain began (a database from
 *   before migration 008), and they are only counted.
 */
import type { Kysely } from 'kysely';
import { type AuditProblem, problems } from '../domain/audit/audit-problems.js';
import { sha256OfText } from '../event/event-hash.js';
import { recordDigest } from '../event/record-digest.js';
import { columnType } from '../store/column-types.js';
import type { Schema } from '../store/schema.js';
import { ACTIVITY_COLUMNS } from '../store/shapes/activity-columns.js';

/** Columns both engines may return as text or number; the writer wrote numbers. */
const NUMBER_COLUMNS = new Set<string>(
  ACTIVITY_COLUMNS.filter((c) => ['bigint', 'integer'].includes(columnType('activities', c))),
);

/** The first 52 bits of a hex SHA-256, exactly representable in a double. */
const fingerprintOfHex = (hex: string) => Number.parseInt(hex.slice(0, 13), 16);

class Grow {
  values = new Float64Array(1024);
  push(at: number, value: number): void {
    if (at === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[at] = value;
  }
}

export interface ActivityCheckResult {
  /** Rows the chain names, checked against their digest. */
  checked: number;
  /** Rows written before the chain began. */
  beforeChain: number;
  problems: AuditProblem[];
}

export class ActivityCheck {
  readonly #ids = new Grow();
  readonly #digests = new Grow();
  readonly #seqs = new Grow();
  #count = 0;

  /** An `activity.record` event: the activity it names must still give its digest. */
  expect(seq: number, payload: Readonly<Record<string, unknown>>): void {
    const activityId = typeof payload.activity_id === 'string' ? payload.activity_id : '';
    const digest = typeof payload.digest === 'string' ? payload.digest : '';
    this.#ids.push(this.#count, fingerprintOfHex(sha256OfText(activityId)));
    this.#digests.push(this.#count, /^[0-9a-f]{13}/.test(digest) ? fingerprintOfHex(digest) : -1);
    this.#seqs.push(this.#count, seq);
    this.#count++;
  }

  /** Reads every activity once, in id order, and judges it against what the chain named. */
  async checkRows(
    db: Kysely<Schema>,
    pageSize: number,
    onProgress: (done: number) => void,
  ): Promise<ActivityCheckResult> {
    const n = this.#count;
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    const ids = this.#ids.values;
    order.sort((a, b) => (ids[a] as number) - (ids[b] as number));
    const keys = Float64Array.from(order, (i) => ids[i] as number);
    const seen = new Uint8Array(n);
    const found: AuditProblem[] = [];
    let checked = 0;
    let beforeChain = 0;
    let chainBegun = false;
    let lastId = 0;
    for (;;) {
      const rows = await db
        .selectFrom('activities')
        .select(['id', ...ACTIVITY_COLUMNS])
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        lastId = Number(row.id);
        const at = indexOf(keys, fingerprintOfHex(sha256OfText(row.activity_id)));
        if (at < 0) {
          if (chainBegun) found.push(problems.recordUnchained(row.activity_id));
          else beforeChain++;
          continue;
        }
        chainBegun = true;
        checked++;
        const which = order[at] as number;
        seen[at] = 1;
        const values = ACTIVITY_COLUMNS.map((c) => {
          const v = row[c];
          return NUMBER_COLUMNS.has(c) && v !== null ? Number(v) : v;
        });
        if (fingerprintOfHex(recordDigest(values)) !== this.#digests.values[which]) {
          found.push(problems.recordChanged(this.#seqs.values[which] as number, row.activity_id));
        }
      }
      onProgress(checked + beforeChain);
      if (rows.length < pageSize) break;
    }
    const missing: number[] = [];
    for (let at = 0; at < n; at++) if (seen[at] === 0) missing.push(this.#seqs.values[order[at] as number] as number);
    found.push(...(await missingRecords(db, missing)));
    return { checked, beforeChain, problems: found };
  }
}

/** The activities named by these events (their ids), which never came: deleted. */
async function missingRecords(db: Kysely<Schema>, seqs: readonly number[]): Promise<AuditProblem[]> {
  const out: AuditProblem[] = [];
  for (let start = 0; start < seqs.length; start += 1000) {
    const events = await db
      .selectFrom('events')
      .select(['id', 'payload'])
      .where('id', 'in', seqs.slice(start, start + 1000))
      .execute();
    for (const e of events) {
      const named: unknown = JSON.parse(e.payload);
      const activityId =
        typeof named === 'object' && named !== null && 'activity_id' in named ? String(named.activity_id) : '';
      out.push(problems.recordMissing(Number(e.id), activityId));
    }
  }
  return out.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** Where `value` is in the sorted `keys`, or −1. */
function indexOf(keys: Float64Array, value: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = keys[mid] as number;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
