/**
 * What the ledger pass needs to know about an account's arrangements, worked out once per range before the
 * ledgers move:
 *
 * - each approved or active plan, with the day it starts (its approval day, or the first day this ledger
 *   can still change if that is later: closed days are never rewritten) and its due dates;
 * - each agreed payment (settlement and kin) judged against the account's payments by value date: reached
 *   (and, when it waives the rest, the day the ledger waives it), breached, or still open;
 * - the day money dated earlier stops reaching back (the last day an arrangement acted on the ledger).
 *
 * Arrangements that already acted keep their recorded days, so a replay of the ledger carries them out again
 * on exactly those days.
 */
import type { Kysely } from 'kysely';
import type { ArrangementType } from '../../domain/arrangement/arrangement-codes.js';
import { type ArrangementTerms, type PaymentTerms, parseTerms } from '../../domain/arrangement/arrangement-terms.js';
import {
  type AgreedPaymentVerdict,
  type DatedPayment,
  judgeAgreedPayment,
} from '../../domain/arrangement/judge-agreed-payment.js';
import { addDays, type IsoDate, maxDate, minDate } from '../../domain/calendar/calendar.js';
import type { LedgerArrangement } from '../../domain/ledger/arrangement-effects.js';
import { closedDay } from '../../domain/ledger/move-account-ledger.js';
import { inList } from '../../store/in-list.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import { type PortfolioSettings, settingsFor } from '../../store/shapes/portfolio-settings.js';

/** The statuses in which an arrangement still waits for something to happen. */
export const OPEN_STATUSES = ['approved', 'active'] as const;

export interface StoredArrangement {
  id: number;
  accountId: number;
  type: ArrangementType;
  status: string;
  terms: ArrangementTerms;
  decidedOn: IsoDate | null;
  effectiveOn: IsoDate | null;
  closedOn: IsoDate | null;
  /** Money counted towards it, as the last run left it. */
  counted: number;
}

/** An arrangement's change that needs no ledger entry: an agreed payment reached without waiver, or breached. */
export interface StatusOutcome {
  arrangementId: number;
  kind: 'completed' | 'breached';
  on: IsoDate;
}

export interface AccountArrangements {
  ledger: LedgerArrangement[];
  valueDateFloor: IsoDate | null;
  /** Changes decided outside the ledger (see StatusOutcome). */
  statusOutcomes: StatusOutcome[];
  /** Money counted so far towards each open agreed payment. */
  counted: Map<number, number>;
}

/** Every arrangement of these accounts that is open or has acted on the ledger. */
export async function loadStoredArrangements(
  db: Kysely<Schema>,
  store: Store,
  ids: readonly number[],
): Promise<StoredArrangement[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('arrangements')
    .select(['id', 'account_id', 'type', 'status', 'terms', 'decided_on', 'effective_on', 'closed_on', 'counted'])
    .where(inList(store.engine, 'account_id', ids, 'bigint'))
    .where((eb) => eb.or([eb('status', 'in', OPEN_STATUSES), eb('effective_on', 'is not', null)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    accountId: Number(r.account_id),
    type: r.type as ArrangementType,
    status: r.status,
    terms: parseTerms(r.terms),
    decidedOn: r.decided_on === null ? null : String(r.decided_on),
    effectiveOn: r.effective_on === null ? null : String(r.effective_on),
    closedOn: r.closed_on === null ? null : String(r.closed_on),
    counted: Number(r.counted),
  }));
}

/** The payments, by value date, of the accounts with an agreed payment still open. */
export async function loadAgreedPaymentMoney(
  db: Kysely<Schema>,
  store: Store,
  arrangements: readonly StoredArrangement[],
): Promise<Map<number, DatedPayment[]>> {
  const open = arrangements.filter((a) => a.status === 'approved' && a.terms.family === 'payment' && a.decidedOn);
  const byAccount = new Map<number, DatedPayment[]>();
  if (open.length === 0) return byAccount;
  const from = open.map((a) => a.decidedOn as IsoDate).reduce(minDate);
  const rows = await db
    .selectFrom('payments')
    .select(['account_id', 'value_on', 'amount'])
    .where(
      inList(
        store.engine,
        'account_id',
        open.map((a) => a.accountId),
        'bigint',
      ),
    )
    .where('value_on', '>=', from)
    .execute();
  for (const r of rows) {
    const list = byAccount.get(Number(r.account_id)) ?? [];
    list.push({ valueOn: String(r.value_on), amount: Number(r.amount) });
    byAccount.set(Number(r.account_id), list);
  }
  return byAccount;
}

export interface ArrangementAccount {
  id: number;
  portfolioId: string;
  openedOn: IsoDate;
  changedThrough: IsoDate | null;
}

/** Works out, for one account, what its arrangements do in a run for `asOf` (see the header). */
export function arrangementsFor(
  account: ArrangementAccount,
  stored: readonly StoredArrangement[],
  money: readonly DatedPayment[],
  asOf: IsoDate,
  portfolios: Map<string, PortfolioSettings>,
): AccountArrangements {
  const settings = settingsFor(portfolios, account.portfolioId);
  const closed = closedDay(account.changedThrough, settings.closedThrough);
  const firstOpen = closed === null ? account.openedOn : addDays(closed, 1);
  const result: AccountArrangements = { ledger: [], valueDateFloor: null, statusOutcomes: [], counted: new Map() };
  const acted = (day: IsoDate | null) => {
    if (day !== null && (result.valueDateFloor === null || day > result.valueDateFloor)) result.valueDateFloor = day;
  };
  for (const a of stored) {
    const terms = a.terms;
    if (terms.family === 'plan') {
      const startOn = a.effectiveOn ?? (a.decidedOn === null ? null : maxDate(a.decidedOn, firstOpen));
      if (startOn === null || startOn > asOf) continue;
      result.ledger.push({
        kind: 'plan',
        id: a.id,
        startOn,
        dueDates: terms.due_dates,
        breachDays: settings.planBreachDays,
        principalFirst: terms.principal_first,
      });
      if (a.effectiveOn !== null) acted(a.effectiveOn);
      if (a.status === 'breached') acted(a.closedOn);
      continue;
    }
    if (a.effectiveOn !== null) {
      // A waiver already posted: replays post it again on its day.
      result.ledger.push({ kind: 'settlement', id: a.id, waiveOn: a.effectiveOn });
      acted(a.effectiveOn);
      continue;
    }
    if (a.status !== 'approved' || a.decidedOn === null) continue;
    const verdict = judgeAgreedPayment(
      { from: a.decidedOn, payBy: terms.pay_by, graceDays: settings.promiseGraceDays, amount: terms.amount },
      money,
      asOf,
    );
    result.counted.set(a.id, verdict.counted);
    applyVerdict(result, a.id, terms, verdict, firstOpen);
  }
  return result;
}

function applyVerdict(
  result: AccountArrangements,
  id: number,
  terms: PaymentTerms,
  verdict: AgreedPaymentVerdict,
  firstOpen: IsoDate,
): void {
  if (verdict.reachedOn !== null) {
    if (terms.waive_rest) {
      // The waiver goes on the reaching day, or the first day the ledger can still change if that is later.
      result.ledger.push({ kind: 'settlement', id, waiveOn: maxDate(verdict.reachedOn, firstOpen) });
    } else {
      result.statusOutcomes.push({ arrangementId: id, kind: 'completed', on: verdict.reachedOn });
    }
  } else if (verdict.breachedOn !== null) {
    result.statusOutcomes.push({ arrangementId: id, kind: 'breached', on: verdict.breachedOn });
  }
}
