/**
 * What a promise to pay may be when it is taken (README: "Promises to pay"), as pure checks the use case
 * and any later edge (the API, an import) share.
 */
import type { Minor } from '../money/money.js';

/**
 * The most a promise may be for: the account's outstanding balance plus a tenth of it. Penalty interest
 * keeps accruing until the day the debtor pays, so a promise to clear the whole debt on a later day is
 * rightly above today's balance; a tenth covers months of penalty at ordinary rates. Anything beyond is
 * almost surely a typing error (an extra zero), which would make the promise impossible to keep.
 */
export function maxPromiseAmount(outstanding: Minor): Minor {
  return outstanding + Math.ceil(outstanding / 10);
}
