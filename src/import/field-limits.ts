/**
 * What any field of any import row must be, whatever its column: at most MAX_FIELD_BYTES of UTF-8 (64 KiB,
 * far above any real name, address or note, and small enough that a damaged file cannot fill memory or the
 * database), and free of NUL characters, which PostgreSQL cannot store in text (one would abort the whole
 * file there while SQLite kept it). A field that breaks either rule is a row rejection on both engines.
 */

/** The longest field taken, in bytes of UTF-8. */
export const MAX_FIELD_BYTES = 65_536;

/** Why `value` cannot be stored as the field `field`, or null when it can. */
export function fieldProblem(field: string, value: string): string | null {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes, so only middling lengths need counting.
  if (value.length > MAX_FIELD_BYTES / 3) {
    const bytes = value.length > MAX_FIELD_BYTES ? value.length : Buffer.byteLength(value, 'utf8');
    if (bytes > MAX_FIELD_BYTES) {
      const size = value.length > MAX_FIELD_BYTES ? 'more than 64 KiB' : `${bytes.toLocaleString('en-US')} bytes`;
      return `${field} is ${size} long; a field holds at most 64 KiB (65,536 bytes of UTF-8)`;
    }
  }
  if (value.includes('\u0000')) {
    return `${field} contains a NUL character (\\u0000) at position ${value.indexOf('\u0000') + 1}, which cannot be stored; remove it from the file`;
  }
  return null;
}
