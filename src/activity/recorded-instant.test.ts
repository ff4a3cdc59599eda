import { describe, expect, it } from 'vitest';
import { recordedInstant } from './recorded-instant.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const ACCOUNT = { accountId: 'A-1', openedOn: '2026-03-01', timeZone: 'Asia/Shanghai' };
const refused = (message: string) => expect.objectContaining({ code: 'INVALID_INPUT', message });

describe('recordedInstant', () => {
  it('reads the instant given as UTC with its business day on the portfolio’s wall clock; now when none is', () => {
    expect(recordedInstant('at', '2026-11-28T23:30:00+08:00', NOW, ACCOUNT)).toEqual({
      instant: '2026-11-28T15:30:00.000Z',
      day: '2026-11-28',
    });
    expect(recordedInstant('at', undefined, NOW, ACCOUNT)).toEqual({
      instant: '2026-11-29T02:00:00.000Z',
      day: '2026-11-29',
    });
    expect(recordedInstant('at', null, NOW, ACCOUNT).instant).toBe(NOW.toISOString());
  });

  it('refuses, naming the field, what is not an instant, has not happened or falls before the account opened', () => {
    expect(() => recordedInstant('taken_at', '2026-11-28 10:00', NOW, ACCOUNT)).toThrow(
      refused(
        'taken_at: "2026-11-28 10:00" is not an ISO 8601 instant with an offset (e.g. 2026-03-01T09:30:00+08:00)',
      ),
    );
    expect(() => recordedInstant('at', '2026-11-29T02:00:01Z', NOW, ACCOUNT)).toThrow(
      refused(
        'at: 2026-11-29T02:00:01.000Z is in the future (now is 2026-11-29T02:00:00.000Z); record what has happened',
      ),
    );
    expect(() => recordedInstant('at', '2026-02-28T23:59:00+08:00', NOW, ACCOUNT)).toThrow(
      refused('at: 2026-02-28T15:59:00.000Z is on 2026-02-28 (Asia/Shanghai), before account A-1 opened on 2026-03-01'),
    );
  });
});
