/**
 * One line of an account's timeline and the small readers every source of lines shares: payloads and
 * terms are stored as JSON text, and an event's payload may carry an instant or a business day.
 */
import { type IsoDate, parseInstant } from '../../domain/calendar/calendar.js';

export interface TimelineEntry {
  at: string | null;
  on: IsoDate;
  kind: string;
  summary: string;
  details: Record<string, unknown>;
}

/** Builds an entry with its fields always in the same order, so the printed JSON never changes shape. */
export function entry(
  at: string | null,
  on: IsoDate,
  kind: string,
  summary: string,
  details: Record<string, unknown>,
): TimelineEntry {
  return { at, on, kind, summary, details };
}

/** A payload's text, or null when it is missing or empty. */
export const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** An instant a payload gives, normalised to UTC so that entries order by it; null when there is none. */
export function instantOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const parsed = parseInstant(v);
  return parsed.ok ? parsed.iso : null;
}

/** Whether a payload value is a business day (`YYYY-MM-DD`). */
export const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A stored JSON object (an event's payload, an arrangement's terms); anything else reads as empty. */
export function payloadOf(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
