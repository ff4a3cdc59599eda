/**
 * Walks the events in id order and checks the chain: each row's hash is the hash of its contents and its
 * prev_hash, and its prev_hash is the hash of the row before. The hash function is handed in (SHA-256
 * lives outside the domain). One tampered row makes one problem, not a cascade: after a problem the walk
 * goes on from the row's stored hash, so every later row is judged on its own.
 *
 * Rows written before the chain began have no stored hash; they are hashed as they come and the first
 * chained row must chain onto them. A row without a hash after that was not written by Dunwell.
 */
import { type AuditProblem, problems } from './audit-problems.js';
import { type ChainedEvent, GENESIS_HASH } from './event-chain.js';

export interface StoredEvent extends ChainedEvent {
  prev_hash: string | null;
  hash: string | null;
}

export type EventHasher = (event: ChainedEvent, prevHash: string) => string;

export class ChainWalker {
  readonly problems: AuditProblem[] = [];
  #running = GENESIS_HASH;
  #lastId = 0;
  #count = 0;
  #chainStart: number | null = null;

  constructor(private readonly hash: EventHasher) {}

  /** Events walked so far. */
  get count(): number {
    return this.#count;
  }

  /** The id of the last event walked (0 before the first). */
  get lastId(): number {
    return this.#lastId;
  }

  /** The hash the next event must chain onto. */
  get lastHash(): string {
    return this.#running;
  }

  /** The id of the first chained event, null while there is none. */
  get chainStart(): number | null {
    return this.#chainStart;
  }

  /** Takes the next event in id order. */
  take(row: StoredEvent): void {
    this.#count++;
    const previous = this.#lastId;
    this.#lastId = row.id;
    if (row.hash === null) {
      if (this.#chainStart !== null) this.problems.push(problems.eventUnchained(row.id, this.#chainStart));
      this.#running = this.hash(row, this.#running);
      return;
    }
    if (this.#chainStart === null) this.#chainStart = row.id;
    if (row.prev_hash !== this.#running) {
      const gap = this.#chainStart !== row.id && row.id > previous + 1;
      this.problems.push(problems.eventUnlinked(row.id, previous, gap));
    }
    if (this.hash(row, row.prev_hash ?? '') !== row.hash) this.problems.push(problems.eventChanged(row.id));
    this.#running = row.hash;
  }

  /**
   * Checks the head (`audit_head`) against the end of the walk: the last event's id and hash. No head is
   * right only when there are no events.
   */
  checkHead(head: { last_id: number; last_hash: string } | undefined): void {
    if (!head) {
      if (this.#count > 0) this.problems.push(problems.headMissing(this.#lastId));
      return;
    }
    if (head.last_id !== this.#lastId) {
      const seq = Math.min(head.last_id, this.#lastId) + 1;
      this.problems.push(problems.headMismatch(seq, head.last_id, this.#lastId));
    } else if (head.last_hash !== this.#running) {
      this.problems.push(problems.headMismatch(head.last_id, head.last_id, this.#lastId));
    }
  }
}
