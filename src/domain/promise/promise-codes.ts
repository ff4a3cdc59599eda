import type { UserRole } from '../team/team-codes.js';

/**
 * A promise to pay moves from `pending` to one of the three verdicts the cycle gives (README: "Promises to
 * pay"), or is `cancelled` by staff before it is judged (taken in error, replaced by an arrangement).
 */
export const PROMISE_STATUSES = ['pending', 'kept', 'partly_kept', 'broken', 'cancelled'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

/** The verdicts the cycle gives once the promise's day plus grace has passed. */
export const PROMISE_VERDICTS = ['kept', 'partly_kept', 'broken'] as const satisfies readonly PromiseStatus[];
export type PromiseVerdict = (typeof PROMISE_VERDICTS)[number];

/** Days after the due day that payments still count, unless the portfolio says otherwise. */
export const DEFAULT_PROMISE_GRACE_DAYS = 0;

/**
 * Who may take a promise: the people who talk to debtors (collectors, team leads, field agents on a visit,
 * legal officers) and a manager who steps in. An administrator or an auditor takes none.
 */
export const PROMISE_TAKER_ROLES = [
  'collector',
  'team_lead',
  'field_agent',
  'legal',
  'manager',
] as const satisfies readonly UserRole[];

/** Who may cancel a promise besides the person who took it: those who supervise the floor. */
export const PROMISE_SUPERVISOR_ROLES = ['team_lead', 'manager', 'admin'] as const satisfies readonly UserRole[];

/** Labels in both product languages. */
export const PROMISE_STATUS_LABELS: Readonly<Record<PromiseStatus, { en: string; zh: string }>> = {
  pending: { en: 'pending', zh: '待兑现' },
  kept: { en: 'kept', zh: '已兑现' },
  partly_kept: { en: 'partly kept', zh: '部分兑现' },
  broken: { en: 'broken', zh: '未兑现（跳票）' },
  cancelled: { en: 'cancelled', zh: '已取消' },
};
