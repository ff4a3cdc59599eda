import { describe, expect, it } from 'vitest';
import { backoffMs, type TryResult, withRetries } from './retry-delivery.js';

const policy = { attempts: 4, baseMs: 100, maxMs: 300 };

describe('withRetries', () => {
  it('waits base × 2^(k−1), capped at max, and takes a Retry-After within the cap', () => {
    expect([2, 3, 4, 5].map((n) => backoffMs(policy, n))).toEqual([100, 200, 300, 300]);
    expect(backoffMs(policy, 2, 50)).toBe(50);
    expect(backoffMs(policy, 2, 10_000)).toBe(300);
  });

  it('tries a transient failure again until it succeeds', async () => {
    const waits: number[] = [];
    const answers: TryResult[] = [
      { ok: false, transient: true, error: 'HTTP 503' },
      { ok: false, transient: true, error: 'HTTP 503' },
      { ok: true, deliveryId: 'p-1' },
    ];
    const r = await withRetries(
      policy,
      async () => answers.shift() as TryResult,
      async (ms) => void waits.push(ms),
    );
    expect(r).toEqual({ ok: true, deliveryId: 'p-1', tries: 3 });
    expect(waits).toEqual([100, 200]);
  });

  it('stops at once on a permanent failure', async () => {
    let tries = 0;
    const r = await withRetries(
      policy,
      async () => {
        tries++;
        return { ok: false, transient: false, error: 'HTTP 400' };
      },
      async () => undefined,
    );
    expect(r).toEqual({ ok: false, transient: false, error: 'HTTP 400', tries: 1 });
    expect(tries).toBe(1);
  });

  it('gives up after the last try, still transient', async () => {
    const r = await withRetries(
      policy,
      async () => ({ ok: false, transient: true, error: 'timeout' }),
      async () => undefined,
    );
    expect(r).toEqual({ ok: false, transient: true, error: 'timeout (after 4 tries)', tries: 4 });
  });
});
