/**
 * Champion/challenger: which variant of a segment an account is in. The choice is a stable hash of
 * (account, strategy name, segment id) mapped to a point in [0, Σ weights), so an account keeps its
 * variant for as long as the strategy's name, the segment and its weights stay the same — across days,
 * processes and engines — and the shares come out near the weights over many accounts.
 *
 * The hash is 32-bit FNV-1a over the UTF-16 code units: small, fast, pure, and good enough to spread ids
 * that differ in one character; it is not a secret and needs not be.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  // A final avalanche (from murmur3's fmix32) so that ids differing only in their last character do not
  // land in neighbouring points, which would bias a split when ids are sequential.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The index of the variant an account falls in, given the variants' positive integer weights in order. */
export function pickVariant(
  accountId: string,
  strategyName: string,
  segmentId: string,
  weights: readonly number[],
): number {
  // Each variant's upper bound on the line [0, Σ weights): the account is in the first whose bound
  // lies past its point.
  let total = 0;
  const bounds = weights.map((w) => (total += w));
  // A 32-bit hash modulo a total far below 2^32 is uniform to within total / 2^32.
  const point = fnv1a32(`${accountId}\u0000${strategyName}\u0000${segmentId}`) % total;
  return bounds.findIndex((bound) => point < bound);
}
