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
