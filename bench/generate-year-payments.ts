/**
 * The year's payments after the cycle day D, for the simulated year (one cycle run from D to D + 365, which
 * gives exactly the ledger of 365 daily runs). Seeded like the rest of the dataset.
 *
 * - Accounts current on D, and past-due accounts whose payment on D cleared everything past due, pay every
 *   instalment falling due in (D, D + 365] on its due date for its scheduled amount. One that fell due on D
 *   itself and was not paid on D is paid on D + 1.
 * - Accounts still past due after D: a share cures on a day within 120 days of D — by bucket on D, M1 45%,
 *   M2 30%, M3 20%, M4–M6 10%, M7+ 4% — paying everything due by then plus an estimate of its penalty
 *   interest and late fees (any excess is held as credit), then pays each later instalment on its due date;
 *   30% of the others pay partly (1 to 6 payments of 20–100% of one instalment on random days); the rest pay
 *   nothing all year.
 *
 * Every payment is at local business hours in Asia/Shanghai (+08:00) on its day, so its value date is that day.
 */
import { addDays, daysBetween, type IsoDate } from '../src/domain/calendar/calendar.js';
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { type AccountCalendar, type BookFacts, instalmentsOf } from './book-facts.js';
import { csvWriter } from './csv-writer.js';
import { businessHoursAt, CHANNELS, CURRENCY, money, pad } from './dataset-format.js';
import type { Random } from './seeded-random.js';

export const YEAR_DAYS = 365;
const CURE_WITHIN_DAYS = 120;
const PARTIAL_SHARE = 0.3;
const PENALTY_UPLIFT = 1.5;

/** Who pays what over the year, by account. */
export interface YearPayments {
  path: string;
  rows: number;
  /** D + 365: the day the year's cycle runs. */
  lastCycleDay: IsoDate;
  /** The last day any payment of the year is dated. */
  lastPaymentDay: IsoDate;
  /** Accounts current after D, paying on their due dates. */
  onTimeAccounts: number;
  /** Past-due accounts that cure during the year. */
  curingAccounts: number;
  /** Past-due accounts that pay only part. */
  partialAccounts: number;
  /** Past-due accounts that pay nothing all year. */
  silentAccounts: number;
}

/** The chance that an account past due by `dpd` days on D cures during the year. */
function cureShare(dpd: number): number {
  if (dpd <= 30) return 0.45;
  if (dpd <= 60) return 0.3;
  if (dpd <= 90) return 0.2;
  if (dpd <= 180) return 0.1;
  return 0.04;
}

export async function writeYearPayments(
  path: string,
  facts: BookFacts,
  calendarOf: (offset: number) => AccountCalendar,
  rnd: Random,
): Promise<YearPayments> {
  const { cycleDay } = facts;
  const lastCycleDay = addDays(cycleDay, YEAR_DAYS);
  const out = csvWriter(path, KIND_COLUMNS.payments.columns);
  const figures = { onTimeAccounts: 0, curingAccounts: 0, partialAccounts: 0, silentAccounts: 0 };
  let lastPaymentDay = cycleDay;
  let seq = 0;
  const pay = (i: number, day: IsoDate, amount: number, channel: string) => {
    seq += 1;
    if (day > lastPaymentDay) lastPaymentDay = day;
    out.row([
      `PY${day.replaceAll('-', '')}${pad(seq, 9)}`,
      `A${pad(i + 1, 8)}`,
      businessHoursAt(day, rnd.int(8, 21), rnd.int(0, 59), rnd.int(0, 59)),
      money(amount),
      CURRENCY,
      channel,
      rnd.chance(0.85) ? `P${pad(i + 1, 8)}` : '',
    ]);
  };

  for (let i = 0; i < facts.accounts; i++) {
    const offset = facts.firstDueOffset[i]!;
    const schedule = instalmentsOf(facts.principal[i]!, facts.rateBp[i]!, facts.fee[i]!, calendarOf(offset).dues);
    const inYear = (day: IsoDate) => day > cycleDay && day <= lastCycleDay;
    if (!facts.pastDue[i] || facts.curedOnD[i]) {
      figures.onTimeAccounts += 1;
      const channel = rnd.chance(0.5) ? 'direct_debit' : rnd.pick(CHANNELS);
      for (const [k, s] of schedule.entries()) {
        if (s.dueOn < cycleDay || s.dueOn > lastCycleDay) continue;
        // A current account's payment on D was its first instalment.
        if (k === 0 && !facts.pastDue[i] && facts.paidOnD[i]! > 0) continue;
        pay(i, s.dueOn === cycleDay ? addDays(cycleDay, 1) : s.dueOn, s.total, channel);
      }
    } else if (rnd.chance(cureShare(-offset))) {
      figures.curingAccounts += 1;
      const cureDay = addDays(cycleDay, rnd.int(1, CURE_WITHIN_DAYS));
      let owed = -facts.paidOnD[i]!;
      for (const s of schedule) {
        if (s.dueOn > cureDay) continue;
        owed += s.total;
        if (s.dueOn < cureDay) {
          owed += facts.lateFee[i]!;
          owed +=
            (s.principal * facts.rateBp[i]! * PENALTY_UPLIFT * daysBetween(cureDay, s.dueOn)) /
            (10_000 * facts.basis[i]!);
        }
      }
      // Rounded up to whole yuan, as people pay a figure they were told.
      pay(i, cureDay, Math.max(100, Math.ceil(owed / 100) * 100), rnd.pick(CHANNELS));
      for (const s of schedule) if (s.dueOn > cureDay && inYear(s.dueOn)) pay(i, s.dueOn, s.total, rnd.pick(CHANNELS));
    } else if (rnd.chance(PARTIAL_SHARE)) {
      figures.partialAccounts += 1;
      const count = rnd.int(1, 6);
      const offsets = Array.from({ length: count }, () => rnd.int(1, YEAR_DAYS)).sort((a, b) => a - b);
      for (const d of offsets) {
        const amount = Math.max(100, Math.round(schedule[0]!.total * (0.2 + 0.8 * rnd.next())));
        pay(i, addDays(cycleDay, d), amount, rnd.pick(CHANNELS));
      }
    } else {
      figures.silentAccounts += 1;
    }
    await out.drain();
  }
  await out.close();
  return { path, rows: out.rows, lastCycleDay, lastPaymentDay, ...figures };
}
