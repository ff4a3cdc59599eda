/**
 * The payments that arrive on the cycle day D, the load of the timed daily run: 60% from past-due accounts
 * (35% of those clear everything past due with a margin for penalty and late fees, 40% pay one instalment,
 * 25% a small part of one) and the rest from current accounts paying their first instalment early. Records
 * in the book's facts what each account paid on D, for the year's payments that follow.
 */
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { type AccountCalendar, type BookFacts, instalmentsOf } from './book-facts.js';
import { csvWriter } from './csv-writer.js';
import { businessHoursAt, CHANNELS, CURRENCY, money, pad } from './dataset-format.js';
import type { Random } from './seeded-random.js';

/** Picks `count` distinct members of `pool` (a partial Fisher–Yates shuffle; the pool is reordered). */
function pickDistinct(pool: Int32Array, count: number, rnd: Random): Int32Array {
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd.next() * (pool.length - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, n);
}

export async function writeDayPayments(
  path: string,
  facts: BookFacts,
  calendarOf: (offset: number) => AccountCalendar,
  payments: number,
  rnd: Random,
): Promise<number> {
  const { accounts: n, cycleDay, pastDue } = facts;
  const out = csvWriter(path, KIND_COLUMNS.payments.columns);
  let pastDueAccounts = 0;
  for (let i = 0; i < n; i++) pastDueAccounts += pastDue[i]!;
  const pastDuePool = new Int32Array(pastDueAccounts);
  const currentPool = new Int32Array(n - pastDueAccounts);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    if (pastDue[i]) pastDuePool[a++] = i;
    else currentPool[b++] = i;
  }
  const toPastDue = pickDistinct(pastDuePool, Math.round(payments * 0.6), rnd);
  const toCurrent = pickDistinct(currentPool, payments - toPastDue.length, rnd);
  const payers = [...toPastDue, ...toCurrent].sort((x, y) => x - y);
  const compactDay = cycleDay.replaceAll('-', '');
  let seq = 0;
  for (const i of payers) {
    const schedule = instalmentsOf(
      facts.principal[i]!,
      facts.rateBp[i]!,
      facts.fee[i]!,
      calendarOf(facts.firstDueOffset[i]!).dues,
    );
    const one = schedule[0]!.total;
    let amount: number;
    if (pastDue[i]) {
      const overdue = schedule.reduce((sum, s) => (s.dueOn < cycleDay ? sum + s.total : sum), 0);
      const u = rnd.next();
      if (u < 0.35) {
        amount = Math.round(overdue * 1.1);
        facts.curedOnD[i] = 1;
      } else if (u < 0.75) amount = one;
      else amount = Math.max(100, Math.round(one * (0.1 + rnd.next() * 0.4)));
    } else {
      amount = one;
    }
    facts.paidOnD[i] = amount;
    seq += 1;
    out.row([
      `PAY${compactDay}${pad(seq, 8)}`,
      `A${pad(i + 1, 8)}`,
      businessHoursAt(cycleDay, rnd.int(8, 21), rnd.int(0, 59), rnd.int(0, 59)),
      money(amount),
      CURRENCY,
      rnd.pick(CHANNELS),
      rnd.chance(0.85) ? `P${pad(i + 1, 8)}` : '',
    ]);
    await out.drain();
  }
  await out.close();
  return out.rows;
}
