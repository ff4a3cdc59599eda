import { describe, expect, it } from 'vitest';
import { ARRANGEMENT_STATUSES, CLOSED_ARRANGEMENT_STATUSES } from './arrangement-codes.js';

describe('the arrangement life-cycle', () => {
  it('ends in rejected, completed, breached or cancelled; proposed, approved and active still move', () => {
    expect([...CLOSED_ARRANGEMENT_STATUSES].sort()).toEqual(['breached', 'cancelled', 'completed', 'rejected']);
    expect(ARRANGEMENT_STATUSES.filter((s) => !CLOSED_ARRANGEMENT_STATUSES.includes(s))).toEqual([
      'proposed',
      'approved',
      'active',
    ]);
  });
});
