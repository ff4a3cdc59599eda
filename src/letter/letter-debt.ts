/**
 * What a letter says is owed, from the ledger — the same instalment balances `account show` adds up: per
 * component, what has fallen due and is unpaid on the letter's date (due before it, as account show's
 * past due) and what is owed but not yet due. A letter states the ledger as of its own date, so the ledger
 * must be closed exactly through that day (the cycle run to it): earlier, penalty since is missing; later,
 * payments after the letter's date would be in it.
 *
 * For a validation notice, the itemisation of Regulation F § 1006.34(c)(2): from the last payment's value
 * date (else the day the loan was made), the interest and fees charged since and what was paid or credited
 * since, from the ledger's entries; what was owed then is what is owed now less those, so the table always
 * adds up to the balance the letter states.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { owedOn } from '../domain/ledger/advance-ledger.js';
import { type Amounts, addInto, totalOf, zeroAmounts } from '../domain/ledger/amounts.js';
import { closedDay } from '../domain/ledger/move-account-ledger.js';
import type { Itemisation } from '../domain/letter/compose-letter.js';
import type { Minor } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { INSTALLMENT_STATE_COLUMNS, installmentFromRow } from '../store/shapes/installment-state.js';

export interface LetterDebt {
  pastDue: Amounts;
  notYetDue: Amounts;
}

/** The account's ledger state a letter dated `on` states; INVALID_INPUT unless the ledger is closed through `on`. */
export async function letterDebt(
  db: Kysely<Schema>,
  account: { id: number; accountId: string; processedThrough: IsoDate | null; closedThrough: IsoDate | null },
  on: IsoDate,
): Promise<LetterDebt> {
  const closed = closedDay(account.processedThrough, account.closedThrough);
  if (closed !== on) {
    throw new AppError(
      'INVALID_INPUT',
      closed === null
        ? `the ledger of ${account.accountId} has never been processed; run the cycle to ${on} before a letter dated ${on}`
        : `a letter states the ledger as of its date, and the ledger of ${account.accountId} is processed through ${closed}: ` +
            (closed < on ? `run the cycle to ${on} first` : `date the letter ${closed}`),
    );
  }
  const rows = await db
    .selectFrom('installments')
    .select(INSTALLMENT_STATE_COLUMNS)
    .where('account_id', '=', account.id)
    .execute();
  const pastDue = zeroAmounts();
  const notYetDue = zeroAmounts();
  for (const row of rows) {
    const inst = installmentFromRow(row);
    addInto(inst.dueOn < on ? pastDue : notYetDue, owedOn(inst));
  }
  return { pastDue, notYetDue };
}

/** Entries that only move amounts between instalments or components: they change no total, nor what was charged or paid. */
const MOVES = new Set(['reschedule', 'reallocation', 'payment']);

export async function itemisation(
  db: Kysely<Schema>,
  account: { id: number; openedOn: IsoDate },
  debt: LetterDebt,
  on: IsoDate,
): Promise<Itemisation> {
  const lastPayment = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.max('value_on').as('last'))
    .where('account_id', '=', account.id)
    .where('posted_on', 'is not', null)
    .where('value_on', '<=', on)
    .executeTakeFirst();
  const last = lastPayment?.last == null ? null : String(lastPayment.last).slice(0, 10);
  const from = last ?? account.openedOn;
  const [entries, accrued] = await Promise.all([
    db
      .selectFrom('ledger_entries')
      .select(['kind', 'principal', 'interest', 'fee', 'penalty', 'late_fee'])
      .where('account_id', '=', account.id)
      .where('posted_on', '>', from)
      .execute(),
    db
      .selectFrom('installments')
      .select((eb) => eb.fn.sum<number>('accrued_penalty').as('accrued'))
      .where('account_id', '=', account.id)
      .executeTakeFirst(),
  ]);
  // Penalty accrued and not yet posted is interest charged since too.
  let interest: Minor = Number(accrued?.accrued ?? 0);
  let fees: Minor = 0;
  let paid: Minor = 0;
  for (const e of entries) {
    if (MOVES.has(e.kind)) continue;
    const amounts = [e.principal, e.interest, e.fee, e.penalty, e.late_fee].map(Number);
    for (const a of amounts) if (a < 0) paid -= a;
    interest += Math.max(0, Number(e.interest)) + Math.max(0, Number(e.penalty));
    fees += Math.max(0, Number(e.fee)) + Math.max(0, Number(e.late_fee));
  }
  const now = totalOf(debt.pastDue) + totalOf(debt.notYetDue);
  return {
    date: from,
    basis: last === null ? 'transaction' : 'last_payment',
    owedThen: now - interest - fees + paid,
    interest,
    fees,
    paid,
  };
}
