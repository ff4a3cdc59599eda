/**
 * Walks a cycle pass's account-id ranges in order: load a range, then handle (compute and write) it.
 * On PostgreSQL the next range is loaded while this one is handled: the server works on both at once. On
 * SQLite every statement runs on this thread, so there is nothing to overlap and each range is loaded just
 * before it is handled.
 */
import type { Store } from '../store/open-database.js';
import type { AccountIdRange } from './find-accounts-needing-work.js';

export async function eachRange<T>(options: {
  store: Store;
  ranges: readonly AccountIdRange[];
  load: (range: AccountIdRange) => Promise<T>;
  handle: (loaded: T, range: AccountIdRange, index: number) => Promise<void>;
}): Promise<void> {
  const { ranges, load, handle } = options;
  const overlap = options.store.engine === 'postgres';
  const start = (index: number): Promise<T> | null => {
    const range = ranges[index];
    if (!range) return null;
    const loading = load(range);
    loading.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
    return loading;
  };
  let next = overlap ? start(0) : null;
  for (const [index, range] of ranges.entries()) {
    const loaded = overlap ? await (next as Promise<T>) : await load(range);
    if (overlap) next = start(index + 1);
    await handle(loaded, range, index);
  }
}
