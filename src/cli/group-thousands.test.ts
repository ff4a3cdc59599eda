import { describe, expect, it } from 'vitest';
import { groupThousands } from './group-thousands.js';

describe('groupThousands', () => {
  it('groups whole and decimal amounts, signs and counts, and leaves anything else alone', () => {
    expect(groupThousands('7353458.68')).toBe('7,353,458.68');
    expect(groupThousands('-1234567.891')).toBe('-1,234,567.891');
    expect(groupThousands('999.00')).toBe('999.00');
    expect(groupThousands('1000')).toBe('1,000');
    expect(groupThousands(12_000)).toBe('12,000');
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands('0.12345')).toBe('0.12345');
    expect(groupThousands('n/a')).toBe('n/a');
  });
});
