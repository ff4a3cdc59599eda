import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, type ErrorCode } from '../domain/errors.js';
import { EXIT, exitStatusOf } from './exit-status.js';
import { main } from './main.js';

describe('exit statuses', () => {
  it('maps every error code once: bad input 2, everything else 1', () => {
    const codes = Object.keys(ERROR_CODES) as ErrorCode[];
    const statuses = Object.fromEntries(codes.map((c) => [c, exitStatusOf(c)]));
    expect(statuses).toEqual({
      USAGE: 2,
      INVALID_INPUT: 2,
      UNREADABLE_INPUT: 2,
      NOT_FOUND: 1,
      FORBIDDEN: 1,
      CONFLICT: 1,
      CLOSED_PERIOD: 1,
      CONTACT_BLOCKED: 1,
      DATABASE_BUSY: 1,
      DATABASE_READ_ONLY: 1,
      SCHEMA_MISMATCH: 1,
      PERSONAL_DATA_KEY: 1,
      INTERNAL: 1,
    });
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2, rejected: 3 });
  });

  it('reports an AppError by its code: the message, and the usage only for a usage error', async () => {
    const error = new AppError('CLOSED_PERIOD', 'closed through 2026-03-10');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AppError', code: 'CLOSED_PERIOD', message: 'closed through 2026-03-10' });
    const run = async (...args: string[]) => {
      const err: string[] = [];
      const code = await main(args, { out: () => undefined, err: (l) => err.push(l) });
      return { code, err };
    };
    // Both are refused before any database is opened.
    const usage = await run('portfolio', 'set', 'p', '--allow-rates-above-one', 'perhaps');
    expect(usage.code).toBe(2);
    expect(usage.err[1]).toMatch(/^usage: dunwell portfolio set <portfolio>/);
    const invalid = await run('portfolio', 'set', 'p', '--buckets', 'M1=1');
    expect(invalid).toEqual({
      code: 2,
      err: ['dunwell portfolio set: buckets: the first rung must start at 0 days past due'],
    });
  });

  it('answers help without a database, and an unknown command with the usage status', async () => {
    const out: string[] = [];
    expect(await main(['help'], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect(out.join('\n')).toContain('portfolio set');
    expect(await main([], { out: () => undefined, err: () => undefined })).toBe(2);
    expect(await main(['frobnicate'], { out: () => undefined, err: () => undefined })).toBe(2);
  });
});
