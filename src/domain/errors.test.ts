import { describe, expect, it } from 'vitest';
import { toDay } from './calendar/calendar.js';
import { AppError, ERROR_CODES, isAppError } from './errors.js';
import { assertMinor } from './money/money.js';
import { divRoundHalfEven, rateOf } from './money/rate.js';

describe('AppError', () => {
  it('carries a code from the one list and is told apart by code', () => {
    const error = new AppError('NOT_FOUND', 'no account with account_id "X"', { cause: 'why' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AppError', code: 'NOT_FOUND', cause: 'why' });
    expect(isAppError(error)).toBe(true);
    expect(isAppError(error, 'NOT_FOUND')).toBe(true);
    expect(isAppError(error, 'CONFLICT')).toBe(false);
    expect(isAppError(new Error('plain'))).toBe(false);
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(20);
    }
  });

  it('is what the domain throws: impossible dates and amounts are INVALID_INPUT, broken arithmetic INTERNAL', () => {
    expect(() => toDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => assertMinor(1.5, 'principal')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'principal must be a whole number of minor units, got 1.5',
      }),
    );
    expect(() => rateOf('18%')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => divRoundHalfEven(1n, 0n)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});
