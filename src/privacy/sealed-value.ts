/**
 * A personal value as stored: `enc:v1:<key id>:<base64 of iv | ciphertext | tag>:<masked form>`.
 *
 * - AES-256-GCM with a random 96-bit IV per value, so equal values never look equal at rest and any change
 *   to the ciphertext, the key id or the masked form is detected when it is opened (they are bound as
 *   associated data).
 * - The masked form (`138****5678`, see mask-value.ts) rides along in clear so that lists, timelines,
 *   exports and logs show it without the key and without decrypting anything.
 * - A value without the `enc:v1:` prefix is a legacy plain value (written before encryption, or never
 *   migrated): it reads as itself and `dunwell privacy encrypt-existing` seals it.
 *
 * Blind indexes are keyed hashes (HMAC-SHA-256 with a key of their own) of the normalised value, tagged by
 * kind, for finding a record by value without decrypting.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import { maskValue } from '../domain/privacy/mask-value.js';
import { normaliseValue } from '../domain/privacy/normalise-value.js';
import type { ValueKind } from '../domain/privacy/personal-fields.js';
import type { PersonalDataKeys } from './personal-data-key.js';

export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The parts of a sealed value, or null for a plain one. */
interface Envelope {
  keyId: string;
  payload: Buffer;
  masked: string;
}

const ENVELOPE = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9+/]+={0,2}):(.*)$/s;

function envelopeOf(stored: string): Envelope | null {
  if (!stored.startsWith(SEALED_PREFIX)) return null;
  const m = ENVELOPE.exec(stored);
  if (!m) throw tampered('its envelope is malformed');
  return { keyId: m[1] as string, payload: Buffer.from(m[2] as string, 'base64'), masked: m[3] as string };
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

/**
 * IVs come from a pool of random bytes drawn 4,096 at a time: asking the system for 12 bytes per value cost
 * more than the encryption itself. Each IV is still 96 fresh random bits, used once.
 */
const IV_POOL_SIZE = IV_BYTES * 4096;
let ivPool = Buffer.alloc(0);
let ivNext = IV_POOL_SIZE;

function nextIv(): Buffer {
  if (ivNext + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE);
    ivNext = 0;
  }
  const iv = ivPool.subarray(ivNext, ivNext + IV_BYTES);
  ivNext += IV_BYTES;
  return iv;
}

function associated(keyId: string, masked: string): Buffer {
  return Buffer.from(`${SEALED_PREFIX}${keyId}:${masked}`, 'utf8');
}

/** Encrypts `plain` (a value of `kind`) under the keys, with its masked form beside it. */
export function sealValue(keys: PersonalDataKeys, kind: ValueKind, plain: string): string {
  const masked = maskValue(kind, plain);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(associated(keys.id, masked));
  const body = cipher.update(plain, 'utf8');
  cipher.final();
  const payload = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
  return `${SEALED_PREFIX}${keys.id}:${payload}:${masked}`;
}

/** The id of the key a stored value was sealed with, or null for a plain value. */
export function keyIdOf(stored: string): string | null {
  return envelopeOf(stored)?.keyId ?? null;
}

function tampered(why: string): AppError {
  return new AppError(
    'PERSONAL_DATA_KEY',
    `a stored personal value cannot be opened: ${why}; it was altered in the database`,
  );
}

/**
 * The plain value of a stored one (a plain value is itself). A value sealed with another key, or altered
 * since it was sealed, is refused with PERSONAL_DATA_KEY, never decrypted into garbage.
 */
export function openValue(keys: PersonalDataKeys, stored: string): string {
  const envelope = envelopeOf(stored);
  if (envelope === null) return stored;
  if (envelope.keyId !== keys.id) {
    throw new AppError(
      'PERSONAL_DATA_KEY',
      `personal data here is encrypted with key ${envelope.keyId}, but the key from ${keys.source} is ${keys.id}: ` +
        'use the key this database was encrypted with',
    );
  }
  const { payload } = envelope;
  if (payload.length < IV_BYTES + TAG_BYTES) throw tampered('it is too short');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, payload.subarray(0, IV_BYTES));
  decipher.setAAD(associated(envelope.keyId, envelope.masked));
  decipher.setAuthTag(payload.subarray(payload.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(payload.subarray(IV_BYTES, payload.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch (error) {
    throw new AppError(
      'PERSONAL_DATA_KEY',
      'a stored personal value does not authenticate (AES-GCM): its ciphertext, key id or masked form was altered in the database',
      { cause: error },
    );
  }
}

/**
 * What any output shows of a stored value: the masked form a sealed value carries, or the mask of a plain
 * one. Needs no key.
 */
export function maskStored(kind: ValueKind, stored: string): string {
  const envelope = envelopeOf(stored);
  return envelope === null ? maskValue(kind, stored) : envelope.masked;
}

/** The blind index of a plain value of `kind`: base64url of HMAC-SHA-256 over the kind and the normalised value. */
export function blindIndex(keys: PersonalDataKeys, kind: ValueKind, plain: string): string {
  return createHmac('sha256', keys.index)
    .update(`${kind}\u0000${normaliseValue(kind, plain)}`, 'utf8')
    .digest('base64url');
}
