/**
 * Tries a delivery until it succeeds, fails for good, or runs out of tries, waiting longer each time:
 * the wait before try k+1 is base × 2^(k−1), never more than max; a provider's Retry-After (capped at
 * max) replaces it. Only transient failures (a timeout, a refused connection, 429, 5xx, an SMTP 4xx) are
 * tried again; a permanent one (a 400, a rejected address, an SMTP 5xx) ends it at once, since sending
 * the same request again would only be refused again.
 */
import type { RetryPolicy } from './channels-config.js';

export type TryResult =
  | { ok: true; deliveryId: string | null }
  | { ok: false; transient: boolean; error: string; retryAfterMs?: number };

export type DeliveryResult =
  | { ok: true; deliveryId: string | null; tries: number }
  | { ok: false; transient: boolean; error: string; tries: number };

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The wait before try `next` (2, 3, …). */
export function backoffMs(policy: RetryPolicy, next: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(policy.maxMs, retryAfterMs);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (next - 2));
}

export async function withRetries(
  policy: RetryPolicy,
  attempt: (tryNo: number) => Promise<TryResult>,
  sleep: Sleep = realSleep,
): Promise<DeliveryResult> {
  for (let tryNo = 1; ; tryNo++) {
    const r = await attempt(tryNo);
    if (r.ok) return { ok: true, deliveryId: r.deliveryId, tries: tryNo };
    if (!r.transient || tryNo >= policy.attempts) {
      return {
        ok: false,
        transient: r.transient,
        error: tryNo > 1 ? `${r.error} (after ${tryNo} tries)` : r.error,
        tries: tryNo,
      };
    }
    await sleep(backoffMs(policy, tryNo + 1, r.retryAfterMs));
  }
}
