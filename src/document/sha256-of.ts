/** A stored document's fingerprint: the SHA-256 of its text exactly as written (UTF-8), in hex. */
import { createHash } from 'node:crypto';

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
