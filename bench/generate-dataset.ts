/**
 * Writes the benchmark portfolio as import files (CSV, the formats of the README) into a directory: parties,
 * accounts, relations (one borrower per account), schedules (monthly instalments), contacts (one or two per
 * party), collateral (a share of the accounts), the payments that arrive on the cycle day, — optionally —
 * the payments of the year after it, and the floor's activities on past-due accounts in the 30 days before
 * the cycle day. Seeded, so the same options always give the same bytes; each later
 * file draws from the same generator after the earlier ones, so adding one never changes those before it.
 *
 * Shape on the cycle day D: a share of the accounts (30% by default) is past due, spread over the buckets
 * M1…M7+ by choosing the first instalment's due date D − dpd; the others are new loans whose first
 * instalment falls due on or after D. No payment history before D, so the catch-up cycle at D − 1 only
 * accrues penalty interest and late fees; the payments of D are described in generate-day-payments.ts,
 * the year's in generate-year-payments.ts and the activities in generate-activities.ts.
 */
import { join } from 'node:path';
import type { IsoDate } from '../src/domain/calendar/calendar.js';
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { bookCalendar, emptyBookFacts, instalmentsOf } from './book-facts.js';
import { csvWriter } from './csv-writer.js';
import { CURRENCY, money, PORTFOLIO, pad } from './dataset-format.js';
import { type ActivityStaff, writeActivities } from './generate-activities.js';
import { writeCollateral } from './generate-collateral.js';
import { writeContacts } from './generate-contacts.js';
import { writeDayPayments } from './generate-day-payments.js';
import { writeYearPayments, type YearPayments } from './generate-year-payments.js';
import { type Random, seededRandom } from './seeded-random.js';
import { writeParty } from './write-party.js';

export interface GenerateDatasetOptions {
  dir: string;
  accounts: number;
  /** Payments dated on the cycle day. */
  payments: number;
  cycleDay: IsoDate;
  seed: number;
  /** Also write the year's payments after the cycle day (year-payments.csv); default false. */
  year?: boolean;
  /** The floor's people the activities name (they must be users when the activities are imported). */
  staff: ActivityStaff;
  /** Share of accounts past due on the cycle day (0..1). */
  pastDueShare?: number;
  installments?: number;
}

/**
 * The files imported before the cycle, in import order; the payments of D and the activities of the 30 days
 * before it (which name the floor's users) follow the catch-up run.
 */
export const BOOK_KINDS = ['parties', 'accounts', 'relations', 'schedules', 'contacts', 'collateral'] as const;
export type DatasetKind = (typeof BOOK_KINDS)[number] | 'payments' | 'activities';

export interface Dataset {
  files: Record<DatasetKind, string>;
  rows: Record<DatasetKind, number>;
  /** The year's payments, when asked for. */
  year: YearPayments | null;
  pastDueAccounts: number;
  /** Past-due accounts with activities in the 30 days before D. */
  workedAccounts: number;
  /** Past-due accounts per bucket on the cycle day before that day's payments. */
  pastDueByBucket: Record<string, number>;
  portfolio: string;
  currency: string;
  ms: number;
}

// Where the past-due accounts sit, by bucket: [bucket, share, lowest dpd, highest dpd].
const PAST_DUE_SPREAD: readonly (readonly [string, number, number, number])[] = [
  ['M1', 0.38, 1, 30],
  ['M2', 0.17, 31, 60],
  ['M3', 0.12, 61, 90],
  ['M4', 0.09, 91, 120],
  ['M5', 0.07, 121, 150],
  ['M6', 0.06, 151, 180],
  ['M7+', 0.11, 181, 360],
];

const RATES = ['0.0720', '0.1200', '0.1500', '0.1800', '0.2400', '0.3600'];

function pickBucket(rnd: Random): readonly [string, number, number, number] {
  let u = rnd.next();
  for (const rung of PAST_DUE_SPREAD) {
    u -= rung[1];
    if (u < 0) return rung;
  }
  return PAST_DUE_SPREAD[PAST_DUE_SPREAD.length - 1]!;
}

export async function generateDataset(options: GenerateDatasetOptions): Promise<Dataset> {
  const started = performance.now();
  const { dir, accounts: n, cycleDay } = options;
  const pastDueShare = options.pastDueShare ?? 0.3;
  const count = options.installments ?? 12;
  const rnd = seededRandom(options.seed);
  const files: Record<DatasetKind, string> = {
    parties: join(dir, 'parties.csv'),
    accounts: join(dir, 'accounts.csv'),
    relations: join(dir, 'relations.csv'),
    schedules: join(dir, 'schedules.csv'),
    contacts: join(dir, 'contacts.csv'),
    collateral: join(dir, 'collateral.csv'),
    payments: join(dir, 'payments.csv'),
    activities: join(dir, 'activities.csv'),
  };
  const parties = csvWriter(files.parties, KIND_COLUMNS.parties.columns);
  const accounts = csvWriter(files.accounts, KIND_COLUMNS.accounts.columns);
  const relations = csvWriter(files.relations, KIND_COLUMNS.relations.columns);
  const schedules = csvWriter(files.schedules, KIND_COLUMNS.schedules.columns);

  const facts = emptyBookFacts(n, cycleDay);
  const pastDueByBucket: Record<string, number> = Object.fromEntries(PAST_DUE_SPREAD.map(([b]) => [b, 0]));
  let pastDueAccounts = 0;
  const calendarOf = bookCalendar(cycleDay, count);

  for (let i = 0; i < n; i++) {
    const id = `A${pad(i + 1, 8)}`;
    facts.company[i] = writeParty(parties, rnd, i + 1) ? 1 : 0;

    let offset: number;
    if (rnd.chance(pastDueShare)) {
      const [bucket, , lo, hi] = pickBucket(rnd);
      offset = -rnd.int(lo, hi);
      facts.pastDue[i] = 1;
      pastDueAccounts += 1;
      pastDueByBucket[bucket] = (pastDueByBucket[bucket] ?? 0) + 1;
    } else {
      offset = rnd.int(0, 30);
    }
    const { opened, dues } = calendarOf(offset);
    const principal = rnd.int(30, 2000) * 10_000;
    const rate = rnd.pick(RATES);
    // Drawn in the column order, so the file stays what it was before these were kept in the facts.
    const lateFee = rnd.chance(0.8) ? 5000 : 0;
    const graceDays = rnd.int(0, 5);
    const allocation = rnd.chance(0.15) ? 'principal_first' : 'standard';
    const dayCount = rnd.chance(0.8) ? 'act360' : 'act365';
    const costCap = rnd.chance(0.3) ? '0.3600' : '';
    accounts.row([
      id,
      PORTFOLIO,
      'installment_loan',
      CURRENCY,
      opened,
      money(principal),
      rate,
      '0.5',
      money(lateFee),
      graceDays,
      allocation,
      dayCount,
      costCap,
      // notarized_on and insured: not known for the bench's book (blank: not notarized, insurance unknown).
      '',
      '',
    ]);
    relations.row([id, `P${pad(i + 1, 8)}`, 'borrower']);

    // Equal principal, interest on the declining balance, a small service fee on some loans.
    const fee = rnd.chance(0.1) ? 500 : 0;
    facts.firstDueOffset[i] = offset;
    facts.principal[i] = principal;
    facts.rateBp[i] = Math.round(Number(rate) * 10_000);
    facts.fee[i] = fee;
    facts.lateFee[i] = lateFee;
    facts.basis[i] = dayCount === 'act360' ? 360 : 365;
    for (const [k, s] of instalmentsOf(principal, facts.rateBp[i]!, fee, dues).entries()) {
      schedules.row([id, k + 1, s.dueOn, money(s.principal), money(s.interest), money(s.fee)]);
    }
    if ((i & 1023) === 0) {
      await Promise.all([parties.drain(), accounts.drain(), relations.drain(), schedules.drain()]);
    }
  }
  await Promise.all([parties.close(), accounts.close(), relations.close(), schedules.close()]);

  const payments = await writeDayPayments(files.payments, facts, calendarOf, options.payments, rnd);
  const contacts = await writeContacts(files.contacts, facts.company, rnd);
  const collateral = await writeCollateral(files.collateral, facts, calendarOf, rnd);
  const year = options.year ? await writeYearPayments(join(dir, 'year-payments.csv'), facts, calendarOf, rnd) : null;
  // Its own stream (seed + 1), so the activities, the timed day's input, are the same with or without the
  // year's payments; written last, so no earlier file changes.
  const activities = await writeActivities(files.activities, facts, options.staff, seededRandom(options.seed + 1));

  return {
    files,
    rows: {
      parties: parties.rows,
      accounts: accounts.rows,
      relations: relations.rows,
      schedules: schedules.rows,
      contacts,
      collateral,
      payments,
      activities: activities.rows,
    },
    year,
    pastDueAccounts,
    workedAccounts: activities.accounts,
    pastDueByBucket,
    portfolio: PORTFOLIO,
    currency: CURRENCY,
    ms: performance.now() - started,
  };
}
