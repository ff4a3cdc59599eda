import { describe, expect, it } from 'vitest';
import { contactPointKey, contactPointLabel } from './contact-point-key.js';

describe('contact point keys', () => {
  it('one Chinese mobile however it is written, with or without its country code', () => {
    const keys = ['+86 138 0013 8000', '+8613800138000', '008613800138000', '138-0013-8000', '13800138000'].map(
      contactPointKey,
    );
    expect(new Set(keys)).toEqual(new Set(['tel:13800138000']));
    expect(contactPointKey('13900138000')).not.toBe(keys[0]);
  });

  it('names a number masked, never in full', () => {
    expect(contactPointLabel('+86 138 0013 8000')).toBe('138****8000');
    expect(contactPointLabel('Li.Na@Example.com')).toBe('l***@example.com');
  });
});
