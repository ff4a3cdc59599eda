import { describe, expect, it } from 'vitest';
import { PROMISE_STATUS_LABELS, PROMISE_STATUSES } from './promise-codes.js';

describe('promise status labels', () => {
  it('name every status in English (the status in words) and in Chinese, each label its own', () => {
    expect(Object.keys(PROMISE_STATUS_LABELS)).toEqual([...PROMISE_STATUSES]);
    for (const status of PROMISE_STATUSES) {
      expect(PROMISE_STATUS_LABELS[status].en).toBe(status.replace('_', ' '));
      expect(PROMISE_STATUS_LABELS[status].zh).toMatch(/^\p{Script=Han}/u);
    }
    const zh = PROMISE_STATUSES.map((s) => PROMISE_STATUS_LABELS[s].zh);
    expect(new Set(zh).size).toBe(zh.length);
  });
});
