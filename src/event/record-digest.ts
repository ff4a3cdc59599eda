/**
 * The digest of a stored record (an activity row), for the audit event that vouches for it: SHA-256 over
 * the JSON array of its column values in the writer's column order, exactly as written. The event carries
 * the digest rather than the values, so the chain seals a record's personal data without copying it.
 */
import { sha256OfText } from './event-hash.js';

export function recordDigest(values: readonly unknown[]): string {
  return sha256OfText(JSON.stringify(values));
}
