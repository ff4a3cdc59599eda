/**
 * Ids for records people create (activities, promises, arrangements): a prefix that says what it is, the
 * creation time so ids sort by when they were made and read well in logs, and random bits so two processes
 * creating one in the same millisecond never collide. `act_0mh2k3x9q1_9f3a61c2`.
 */
import { randomBytes } from 'node:crypto';

export function newId(prefix: string, now: Date): string {
  const time = now.getTime().toString(36).padStart(10, '0');
  return `${prefix}_${time}_${randomBytes(8).toString('hex')}`;
}
