/** The SHA-256 of an event's canonical text (src/domain/audit/event-chain.ts), in lower-case hex. */
import { createHash } from 'node:crypto';
import { type ChainedEvent, canonicalEvent } from '../domain/audit/event-chain.js';

export function eventHash(event: ChainedEvent, prevHash: string): string {
  return createHash('sha256').update(canonicalEvent(event, prevHash), 'utf8').digest('hex');
}
