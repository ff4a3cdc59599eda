import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSONAL_FIELDS, type ValueKind } from '../domain/privacy/personal-fields.js';
import { keysFromText } from './personal-data-key.js';
import { blindIndex, isSealed, keyIdOf, maskStored, openValue, SEALED_PREFIX, sealValue } from './sealed-value.js';

const KEYS = keysFromText(randomBytes(32).toString('base64'), 'test key A');
const OTHER = keysFromText(randomBytes(32).toString('base64'), 'test key B');
const KINDS: readonly ValueKind[] = [...PERSONAL_FIELDS, 'other'];

describe('sealed values (AES-256-GCM envelope)', () => {
  it('opens to exactly what was sealed, for any text of any kind (unicode, empty, colons)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.string({ unit: 'grapheme', maxLength: 80 }), (kind, plain) => {
        const stored = sealValue(KEYS, kind, plain);
        expect(isSealed(stored)).toBe(true);
        expect(stored.startsWith(`${SEALED_PREFIX}${KEYS.id}:`)).toBe(true);
        expect(keyIdOf(stored)).toBe(KEYS.id);
        expect(openValue(KEYS, stored)).toBe(plain);
      }),
    );
  });

  it('never stores the same value twice the same way (a random IV per value) and never in clear', () => {
    const a = sealValue(KEYS, 'phone', '13800138000');
    const b = sealValue(KEYS, 'phone', '13800138000');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13800138000');
    expect(a.endsWith(':138****8000')).toBe(true);
  });

  it('reads a legacy plain value as itself and masks it the same way as a sealed one', () => {
    expect(isSealed('13800138000')).toBe(false);
    expect(openValue(KEYS, '13800138000')).toBe('13800138000');
    expect(maskStored('phone', '13800138000')).toBe(maskStored('phone', sealValue(KEYS, 'phone', '13800138000')));
  });

  it('refuses a value sealed under another key, naming both key ids, instead of returning garbage', () => {
    const stored = sealValue(KEYS, 'id_number', '110101199001011234');
    expect(() => openValue(OTHER, stored)).toThrow(
      expect.objectContaining({
        code: 'PERSONAL_DATA_KEY',
        message: expect.stringContaining(`encrypted with key ${KEYS.id}, but the key from test key B is ${OTHER.id}`),
      }),
    );
  });

  it('detects any change to the ciphertext, the tag, the IV or the masked form (GCM authentication)', () => {
    const stored = sealValue(KEYS, 'phone', '+86 138 0013 8000');
    const [, , kid, payload = '', masked = ''] = stored.split(':');
    const bytes = Buffer.from(payload, 'base64');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Buffer.from(bytes);
        changed[at] = (changed[at] as number) ^ flip;
        const forged = `${SEALED_PREFIX}${kid}:${changed.toString('base64')}:${masked}`;
        expect(() => openValue(KEYS, forged)).toThrow(expect.objectContaining({ code: 'PERSONAL_DATA_KEY' }));
      }),
    );
    // The masked form is bound too: showing another number's mask is detected when the value is opened.
    const remasked = `${SEALED_PREFIX}${kid}:${payload}:139****0000`;
    expect(() => openValue(KEYS, remasked)).toThrow(/does not authenticate/);
    expect(() => openValue(KEYS, `${SEALED_PREFIX}${kid}:not base64!:x`)).toThrow(/envelope is malformed/);
  });

  it('blind indexes match the same value however it is written, differ by kind and by key', () => {
    expect(blindIndex(KEYS, 'phone', '+86 138-0013-8000')).toBe(blindIndex(KEYS, 'phone', '8613800138000'));
    expect(blindIndex(KEYS, 'email', ' Ann@Example.COM ')).toBe(blindIndex(KEYS, 'email', 'ann@example.com'));
    expect(blindIndex(KEYS, 'id_number', '11010119900101123x ')).toBe(
      blindIndex(KEYS, 'id_number', '11010119900101123X'),
    );
    expect(blindIndex(KEYS, 'phone', '13800138000')).not.toBe(blindIndex(KEYS, 'id_number', '13800138000'));
    expect(blindIndex(KEYS, 'phone', '13800138000')).not.toBe(blindIndex(OTHER, 'phone', '13800138000'));
    expect(blindIndex(KEYS, 'phone', '13800138000')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a key that is not 32 bytes of base64, naming where it came from', () => {
    expect(() => keysFromText('c2hvcnQ=', 'DUNWELL_KEY')).toThrow(/DUNWELL_KEY is not 32 bytes of base64/);
    expect(() => keysFromText('not base64 at all!', '/tmp/x.key')).toThrow(/\/tmp\/x\.key is not 32 bytes/);
  });
});
