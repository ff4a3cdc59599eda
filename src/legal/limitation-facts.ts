/**
 * What the limitation clocks of a set of accounts are computed from, read set-based: one statement per
 * table for the whole set, whatever its size (the cycle calls this once per range of a million accounts):
 * - each account's pack (its portfolio's compliance_pack);
 * - the last due date of its contract instalments (a plan's own instalments are not the contract's; the
 *   plan counts as an agreed plan instead);
 * - the days it received payments (by value date) from the last due date on;
 * - the days arrangements were agreed (approved, and active, completed or breached since; one proposed,
 *   rejected or cancelled was never agreed);
 * - its legal events (demand delivered, acknowledgement, suit filed, notice of assignment delivered).
 * Nothing dated after `today` is read: the clock is judged on what has happened.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import type { LimitationEvent } from '../domain/legal/limitation-clock.js';
import { isLegalEventType } from '../domain/legal/limitation-codes.js';
import type { Schema } from '../store/schema.js';

/** Which accounts: a condition on a column holding internal account ids. */
export type AccountFilter = (column: string) => Expression<SqlBool>;

export interface LimitationFacts {
  accountId: number;
  portfolioId: string;
  pack: PackId;
  lastDueOn: IsoDate;
  events: LimitationEvent[];
}

/** The arrangement statuses of an agreement the debtor made (approved at some point and not withdrawn). */
const AGREED = ['approved', 'active', 'completed', 'breached'] as const;

/** The ids given, as a condition (a statement per 1,000 ids keeps every engine's parameter limit far off). */
export function idsFilter(ids: readonly number[]): AccountFilter {
  return (column) => sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids.map((id) => sql`${id}`))})`;
}

/** Internal ids from `from` to `to`, both included: the cycle's ranges. */
export function rangeFilter(from: number, to: number): AccountFilter {
  return (column) => sql<SqlBool>`${sql.ref(column)} between ${from} and ${to}`;
}

const day = (value: unknown): IsoDate => String(value).slice(0, 10);

export async function loadLimitationFacts(
  db: Kysely<Schema>,
  where: AccountFilter,
  today: IsoDate,
): Promise<Map<number, LimitationFacts>> {
  const [accounts, dues, payments, agreed, legal] = await Promise.all([
    db
      .selectFrom('accounts')
      .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
      .select(['accounts.id', 'accounts.portfolio_id', 'portfolios.compliance_pack'])
      .where(where('accounts.id'))
      .execute(),
    db
      .selectFrom('installments')
      .select(['account_id', sql<string>`max(due_on)`.as('last_due_on')])
      .where(where('account_id'))
      .where('arrangement_id', 'is', null)
      .groupBy('account_id')
      .execute(),
    // Only payments on or after the last due date: one before it cannot move the clock (the period runs
    // from the last due date anyway), and in a loan's life most payments are before it.
    db
      .selectFrom('payments as p')
      .innerJoin(
        db
          .selectFrom('installments')
          .select(['account_id', sql<string>`max(due_on)`.as('last_due_on')])
          .where(where('account_id'))
          .where('arrangement_id', 'is', null)
          .groupBy('account_id')
          .as('d'),
        'd.account_id',
        'p.account_id',
      )
      .select(['p.account_id', 'p.value_on', sql<string>`min(p.payment_id)`.as('ref')])
      .where(where('p.account_id'))
      .whereRef('p.value_on', '>=', 'd.last_due_on')
      .where('p.value_on', '<=', today)
      .groupBy(['p.account_id', 'p.value_on'])
      .execute(),
    db
      .selectFrom('arrangements')
      .select(['account_id', 'decided_on', 'arrangement_id'])
      .where(where('account_id'))
      .where('status', 'in', AGREED)
      .where('decided_on', 'is not', null)
      .where('decided_on', '<=', today)
      .execute(),
    db
      .selectFrom('legal_events')
      .select(['account_id', 'type', 'occurred_on', 'event_id'])
      .where(where('account_id'))
      .where('occurred_on', '<=', today)
      .orderBy('occurred_on')
      .orderBy('id')
      .execute(),
  ]);
  const lastDue = new Map(dues.map((d) => [Number(d.account_id), day(d.last_due_on)]));
  const facts = new Map<number, LimitationFacts>();
  for (const a of accounts) {
    const id = Number(a.id);
    const lastDueOn = lastDue.get(id);
    // No contract instalment, no debt fell due: there is no clock.
    if (lastDueOn === undefined) continue;
    const pack = PACK_IDS.find((p) => p === a.compliance_pack);
    if (!pack) {
      throw new AppError(
        'INVALID_INPUT',
        `portfolio ${a.portfolio_id} names the rule pack "${a.compliance_pack}", which is not one of ${PACK_IDS.join(', ')}`,
      );
    }
    facts.set(id, { accountId: id, portfolioId: a.portfolio_id, pack, lastDueOn, events: [] });
  }
  const add = (accountId: unknown, event: LimitationEvent) => facts.get(Number(accountId))?.events.push(event);
  for (const p of payments) add(p.account_id, { type: 'payment', on: day(p.value_on), ref: p.ref });
  for (const a of agreed) add(a.account_id, { type: 'plan_agreed', on: day(a.decided_on), ref: a.arrangement_id });
  for (const e of legal) {
    if (isLegalEventType(e.type)) add(e.account_id, { type: e.type, on: day(e.occurred_on), ref: e.event_id });
  }
  return facts;
}
