/**
 * Decides, row by row in file order, whether a keyed record is new, unchanged, a safe update or a refused
 * change, against the stored row or against an earlier row of the same chunk (so duplicate keys in one
 * file follow the same rules as a re-import). Only the final state of each key is written.
 */
import type { ImportRejection } from './import-records.js';

export type Verdict<V> =
  | { kind: 'same' }
  | { kind: 'update'; value: V }
  | { kind: 'refuse'; field: string; reason: string };

export type Outcome = 'inserted' | 'updated' | 'unchanged';

interface Entry<V> {
  mode: 'stored' | 'insert' | 'update';
  value: V;
}

export class ChangePlan<V> {
  private readonly entries = new Map<string, Entry<V>>();

  /** `stored`: what the database holds for the keys this chunk touches. */
  constructor(stored: Iterable<[string, V]>) {
    for (const [key, value] of stored) this.entries.set(key, { mode: 'stored', value });
  }

  current(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  decide(row: number, key: string, next: V, judge: (current: V) => Verdict<V>): Outcome | ImportRejection {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { mode: 'insert', value: next });
      return 'inserted';
    }
    const verdict = judge(entry.value);
    if (verdict.kind === 'same') return 'unchanged';
    if (verdict.kind === 'refuse') return { row, field: verdict.field, reason: verdict.reason };
    entry.value = verdict.value;
    if (entry.mode === 'stored') entry.mode = 'update';
    return 'updated';
  }

  inserts(): V[] {
    return this.select('insert');
  }

  updates(): V[] {
    return this.select('update');
  }

  private select(mode: Entry<V>['mode']): V[] {
    const out: V[] = [];
    for (const entry of this.entries.values()) if (entry.mode === mode) out.push(entry.value);
    return out;
  }
}

/** Running totals for one import. */
export class Tally {
  inserted = 0;
  updated = 0;
  unchanged = 0;
  readonly rejected: ImportRejection[] = [];

  add(outcome: Outcome | ImportRejection): void {
    if (outcome === 'inserted') this.inserted++;
    else if (outcome === 'updated') this.updated++;
    else if (outcome === 'unchanged') this.unchanged++;
    else this.rejected.push(outcome);
  }

  reject(problem: ImportRejection | undefined): void {
    if (problem) this.rejected.push(problem);
  }
}
