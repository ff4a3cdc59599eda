/**
 * The key personal data is encrypted with, and where it comes from: `DUNWELL_KEY` (base64 of 32 random
 * bytes), else the key file named by `DUNWELL_KEY_FILE`, else a file beside the SQLite database
 * (`data/dunwell.db` → `data/dunwell.key`), else `./data/dunwell.key` for PostgreSQL. Never the database:
 * a copy of the database without the key is unreadable. An in-memory database gets a key of its own that
 * lives as long as the process, as its data does.
 *
 * Two keys are derived from it (HKDF-SHA-256) so each has one job: one encrypts (AES-256-GCM), one computes
 * the blind indexes (HMAC-SHA-256). Its id, a short hash that gives nothing away, names it in each encrypted
 * value and in the database, so a wrong key is named as such instead of producing garbage.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../domain/errors.js';
import { isPostgresUrl } from '../store/engine.js';

export const KEY_ENV = 'DUNWELL_KEY';
export const KEY_FILE_ENV = 'DUNWELL_KEY_FILE';
/** The key file for PostgreSQL (and for anything without a file of its own). */
export const DEFAULT_KEY_FILE = join('data', 'dunwell.key');

export type Env = Readonly<Record<string, string | undefined>>;

export interface PersonalDataKeys {
  /** Where the key came from, for messages: `DUNWELL_KEY` or the key file's path. */
  readonly source: string;
  /** A short public id of the key (8 hex digits). */
  readonly id: string;
  readonly encryption: Buffer;
  readonly index: Buffer;
}

/** Where a key is looked for: the environment variable, else this file (null: an in-memory database). */
export interface KeyPlace {
  readonly envSet: boolean;
  readonly file: string | null;
}

/** The key file for a database at `location` (null for an in-memory SQLite database). */
export function keyFileFor(location: string, env: Env): string | null {
  const named = env[KEY_FILE_ENV];
  if (named !== undefined && named !== '') return named;
  if (isPostgresUrl(location)) return DEFAULT_KEY_FILE;
  if (location === ':memory:' || location === '') return null;
  return join(dirname(location), `${basename(location, extname(location))}.key`);
}

export function keyPlace(location: string, env: Env): KeyPlace {
  const value = env[KEY_ENV];
  return { envSet: value !== undefined && value !== '', file: keyFileFor(location, env) };
}

/** Says where to put a key, for the error raised when there is none. */
export function whereToPutKey(place: KeyPlace): string {
  return place.file === null
    ? `set ${KEY_ENV} (base64 of 32 bytes)`
    : `set ${KEY_ENV} (base64 of 32 bytes) or ${KEY_FILE_ENV}, or restore the key file ${place.file} (\`dunwell init\` creates one)`;
}

const derived = new Map<string, PersonalDataKeys>();

/** The keys derived from a key given as base64 text; PERSONAL_DATA_KEY when it is not 32 bytes of base64. */
export function keysFromText(text: string, source: string): PersonalDataKeys {
  const trimmed = text.trim();
  const cached = derived.get(`${source}\u0000${trimmed}`);
  if (cached) return cached;
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new AppError(
      'PERSONAL_DATA_KEY',
      `the personal-data key in ${source} is not 32 bytes of base64 (make one with \`openssl rand -base64 32\`)`,
    );
  }
  const keys = keysFromBytes(bytes, source);
  derived.set(`${source}\u0000${trimmed}`, keys);
  return keys;
}

function keysFromBytes(bytes: Buffer, source: string): PersonalDataKeys {
  const derive = (info: string, length: number) => Buffer.from(hkdfSync('sha256', bytes, '', info, length));
  return {
    source,
    id: derive('dunwell personal data v1: key id', 4).toString('hex'),
    encryption: derive('dunwell personal data v1: AES-256-GCM', 32),
    index: derive('dunwell personal data v1: blind index', 32),
  };
}

let memoryKeys: PersonalDataKeys | undefined;

/**
 * The keys for a database at `location`, or null when none is set or on file. A key that is set but
 * malformed, or a key file that cannot be read, is an error.
 */
export function findPersonalDataKeys(location: string, env: Env): PersonalDataKeys | null {
  const place = keyPlace(location, env);
  if (place.envSet) return keysFromText(env[KEY_ENV] ?? '', KEY_ENV);
  if (place.file === null) {
    memoryKeys ??= keysFromBytes(randomBytes(32), 'the in-memory key of this process');
    return memoryKeys;
  }
  let text: string;
  try {
    text = readFileSync(place.file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('PERSONAL_DATA_KEY', `the key file ${place.file} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return keysFromText(text, place.file);
}

/** The keys for `location`; PERSONAL_DATA_KEY naming where to put one when there is none. */
export function requirePersonalDataKeys(location: string, env: Env): PersonalDataKeys {
  const keys = findPersonalDataKeys(location, env);
  if (keys) return keys;
  throw new AppError(
    'PERSONAL_DATA_KEY',
    `there is no personal-data key for ${location}: ${whereToPutKey(keyPlace(location, env))}`,
  );
}

export interface EnsuredKey {
  keys: PersonalDataKeys;
  /** The key file written now, or null when the key was already there (or comes from DUNWELL_KEY). */
  created: string | null;
}

/**
 * The keys for `location`, creating the key file (32 random bytes, base64, mode 0600) when there is none.
 * Two processes creating it at once end up with the same key: the file is created exclusively and the
 * loser reads the winner's.
 */
export function ensurePersonalDataKey(location: string, env: Env): EnsuredKey {
  const found = findPersonalDataKeys(location, env);
  if (found) return { keys: found, created: null };
  const file = keyPlace(location, env).file as string;
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    // The mode given to open() is narrowed by the umask, never widened; say it once more.
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new AppError('PERSONAL_DATA_KEY', `the key file ${file} cannot be created: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { keys: requirePersonalDataKeys(location, env), created: null };
  }
  return { keys: requirePersonalDataKeys(location, env), created: file };
}
