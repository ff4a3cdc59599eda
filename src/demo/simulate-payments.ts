/**
 * The payment history of one demo account, driven by a behaviour archetype. The shapes come from the
 * collection methodology's view of delinquency: most customers pay on time; some pay a few days late
 * around their payday and cure by themselves; some roll from M1 into M2 and then catch up; some pay part
 * of each instalment; some make a few small payments on promises and then stop; some settle early; and a
 * hard core stopped paying long ago (M3 and beyond).
 *
 * Amounts come from a MirrorLedger, which asks the real ledger engine what is owed on the day the customer
 * pays, so a customer who "pays everything owed" really clears the account when the cycle posts it.
 * Payments only fall on or before the as-of date.
 */
import { fromDay, type IsoDate, toDay } from '../domain/calendar/calendar.js';
import type { AccountTerms } from '../domain/ledger/ledger-types.js';
import { formatAmount, type Minor, minorDigits } from '../domain/money/money.js';
import type { Channel as PaymentChannel } from '../domain/payment/payment-codes.js';
import { monthlyDate, type ScheduledInstallment } from './build-schedule.js';
import type { DemoParty, DemoRecord } from './make-party.js';
import { MirrorLedger } from './mirror-ledger.js';
import type { Random } from './random.js';
import { dayInZone, instantIn, zonedInstant } from './zoned-time.js';

export const ARCHETYPES = [
  'punctual',
  'payday',
  'roller',
  'partial',
  'broken_promises',
  'early_settler',
  'chronic',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** The channels a simulated customer pays through: every payment channel but settlements (offset, other). */
export type Channel = Exclude<PaymentChannel, 'offset' | 'other'>;

export interface SimulatePaymentsOptions {
  random: Random;
  accountId: string;
  currency: string;
  schedule: readonly ScheduledInstallment[];
  /** The account's ledger terms, as the cycle will read them (see ledgerTermsOf). */
  terms: AccountTerms;
  asOf: IsoDate;
  /** The portfolio's business calendar: a payment's date there is the day the cycle posts it on. */
  timeZone: string;
  archetype: Archetype;
  borrower: DemoParty;
  /** Others who sometimes pay: co-borrowers, guarantors, and (for retirees) grown-up children. */
  helpers: readonly DemoParty[];
  /** The account's usual channels and their weights. */
  channels: Readonly<Partial<Record<Channel, number>>>;
  /** Days of the month the borrower is paid (payday-late payers pay on the first one after the due date). */
  paydays: readonly number[];
}

export interface SimulatedHistory {
  payments: DemoRecord[];
  /** The customer's view of the account after the last payment, for tests and tuning. */
  mirror: MirrorLedger;
}

type Intent =
  | { day: number; kind: 'clear'; through: number; late: boolean; habitual: boolean }
  | { day: number; kind: 'scheduled'; no: number }
  | { day: number; kind: 'fraction'; no: number; fraction: number }
  | { day: number; kind: 'cure'; full: boolean }
  | { day: number; kind: 'fixed'; amount: Minor }
  | { day: number; kind: 'settle' };

/** The first of the borrower's paydays on or after `day` (a payday of the 30th falls on the 28th in February). */
function nextPayday(day: number, paydays: readonly number[]): number {
  const date = fromDay(day);
  let best = Number.POSITIVE_INFINITY;
  for (const months of [0, 1]) {
    for (const p of paydays) {
      const candidate = toDay(monthlyDate(date, months, p));
      if (candidate >= day && candidate < best) best = candidate;
    }
  }
  return Number.isFinite(best) ? best : day;
}

function roundUp(amount: Minor, unit: Minor): Minor {
  return Math.ceil(amount / unit) * unit;
}

function roundDown(amount: Minor, unit: Minor): Minor {
  return Math.floor(amount / unit) * unit;
}

const EVENING_HOURS: readonly (readonly [number, number])[] = [
  [7, 2],
  [8, 4],
  [9, 6],
  [10, 6],
  [11, 5],
  [12, 7],
  [13, 4],
  [14, 4],
  [15, 4],
  [16, 4],
  [17, 5],
  [18, 6],
  [19, 8],
  [20, 10],
  [21, 10],
  [22, 7],
  [23, 3],
];

/**
 * An instant at a plausible local time for `payer` whose date in the portfolio's time zone is `valueDay`:
 * a payment from New York at 20:14 on the 4th is dated the 5th by a Shanghai book, and the simulation has
 * already decided which business date the payment belongs to (the one the cycle will post it on).
 */
function paidAt(random: Random, valueDay: number, payer: DemoParty, channel: Channel, timeZone: string): string {
  const value = fromDay(valueDay);
  for (let attempt = 0; attempt < 12; attempt++) {
    const minute =
      channel === 'direct_debit'
        ? random.int(6 * 60, 9 * 60 + 59)
        : random.weightedItem(EVENING_HOURS) * 60 + random.int(0, 59);
    const localDay = random.chance(0.5) ? valueDay : valueDay - 1;
    const instant = zonedInstant(fromDay(localDay), minute, payer.place.timeZone);
    if (dayInZone(instant.utcMs, timeZone) === valueDay) return instant.text;
  }
  // Rarely reached: midday in the portfolio's zone, written as the payer's wall-clock time.
  return instantIn(zonedInstant(value, 12 * 60, timeZone).utcMs, payer.place.timeZone).text;
}

const MANUAL_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  bank_transfer: 4,
  wechat_pay: 3,
  alipay: 3,
  counter_deposit: 1,
};

export function simulatePayments(options: SimulatePaymentsOptions): SimulatedHistory {
  const { random, schedule, terms, asOf, archetype, borrower, helpers, currency } = options;
  const asOfDay = toDay(asOf);
  const unit = 10 ** minorDigits(currency);
  const mirror = new MirrorLedger(terms, schedule);
  const dueDays = schedule.map((r) => toDay(r.dueOn));
  const isCompany = borrower.kind === 'company';
  // Outside their trouble, customers keep one habit: on time, or a few days late around payday.
  const habit =
    archetype === 'payday' ? 'payday' : archetype === 'punctual' || random.chance(0.8) ? 'punctual' : 'payday';
  const preferred = random.weighted(options.channels);
  // Paying ahead of the due date is only safe under standard allocation (see mirror-ledger.ts).
  const paysEarly = terms.allocation === 'standard' && preferred !== 'direct_debit' && random.chance(0.5);

  let troubleFrom = Number.POSITIVE_INFINITY;
  let troubleTo = Number.POSITIVE_INFINITY;
  let settleOn = Number.POSITIVE_INFINITY;
  let fullCure = true;
  switch (archetype) {
    case 'roller':
      troubleFrom = asOfDay - random.int(5, 175);
      troubleTo = troubleFrom + random.int(28, 85);
      fullCure = random.chance(0.7);
      break;
    case 'partial':
      troubleFrom = asOfDay - random.int(20, 175);
      break;
    case 'broken_promises':
      troubleFrom = asOfDay - random.int(35, 178);
      break;
    case 'chronic':
      troubleFrom = asOfDay - random.int(95, 520);
      break;
    case 'early_settler':
      settleOn = asOfDay - random.int(1, 178);
      break;
    default:
      break;
  }
  const fraction = 0.3 + random.next() * 0.5;

  const intents: Intent[] = [];
  let oneBehind = false;
  for (let i = 0; i < schedule.length; i++) {
    const due = dueDays[i] as number;
    const no = i + 1;
    if (due - 5 > asOfDay) break;
    if (due > settleOn) break;
    const troubled = due >= troubleFrom && due < troubleTo;
    if (troubled) {
      if (archetype === 'partial') intents.push({ day: due + random.int(0, 6), kind: 'fraction', no, fraction });
      continue;
    }
    if (due >= troubleTo && !fullCure) oneBehind = true;
    if (oneBehind) {
      intents.push({ day: due + random.int(0, 3), kind: 'scheduled', no });
      continue;
    }
    if (habit === 'punctual') {
      const early = paysEarly ? random.int(0, 4) : 0;
      intents.push({ day: due - early, kind: 'clear', through: no, late: false, habitual: true });
    } else {
      // People wait for the next payday unless it is too far off; then they scrape the money together.
      // Companies pay in their next payment run, often well after the invoice's net date.
      const payday = nextPayday(due + (isCompany ? random.int(3, 20) : random.int(0, 1)), options.paydays);
      const day = payday - due <= (isCompany ? 40 : 12) ? payday : due + random.int(1, 6);
      intents.push({ day, kind: 'clear', through: no, late: day > due, habitual: true });
    }
  }
  if (archetype === 'roller') intents.push({ day: troubleTo, kind: 'cure', full: fullCure });
  if (archetype === 'early_settler') intents.push({ day: settleOn, kind: 'settle' });
  if (archetype === 'broken_promises') {
    // A few small payments on the strength of promises to pay in full, then silence.
    const promises = random.int(1, 3);
    const first = dueDays.find((d) => d >= troubleFrom) ?? troubleFrom;
    let day = first + random.int(6, 15);
    const base = mirror.scheduledAmount(Math.max(1, dueDays.findIndex((d) => d >= troubleFrom) + 1));
    for (let p = 0; p < promises; p++) {
      intents.push({
        day,
        kind: 'fixed',
        amount: roundUp(Math.max(unit, base * (0.1 + random.next() * 0.25)), 50 * unit),
      });
      day += random.int(12, 28);
    }
  }
  if (archetype === 'chronic') {
    // Token payments now and then, usually after a collector's call; they never catch up.
    // Never before the account opened: the importer refuses a payment dated before its account exists.
    const start = Math.max(troubleFrom, toDay(options.terms.openedOn));
    for (let day = start + random.int(20, 60); day <= asOfDay; day += random.int(40, 110)) {
      if (random.chance(0.35)) intents.push({ day, kind: 'fixed', amount: random.int(1, 10) * 100 * unit });
    }
  }
  intents.sort((a, b) => a.day - b.day);

  const payments: DemoRecord[] = [];
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const intent of intents) {
    const day = Math.max(intent.day, lastDay);
    // Nothing left to pay once the account is settled.
    if (day > asOfDay || mirror.toSettle(day) === 0) continue;
    let amount: Minor;
    switch (intent.kind) {
      case 'clear': {
        const exact = mirror.toClearThrough(day, intent.through);
        // Someone paying late pays a round figure at least what the statement says.
        amount = intent.late ? roundUp(exact, unit) : exact;
        break;
      }
      case 'scheduled':
        amount = roundUp(mirror.scheduledAmount(intent.no), unit);
        break;
      case 'fraction':
        amount = roundDown(mirror.scheduledAmount(intent.no) * intent.fraction, 10 * unit);
        break;
      case 'cure':
        amount = roundUp(intent.full ? mirror.pastDueOn(day) : mirror.oldestOwed(day), unit);
        break;
      case 'fixed':
        amount = Math.min(intent.amount, roundUp(mirror.toSettle(day), unit));
        break;
      case 'settle':
        amount = mirror.toSettle(day);
        break;
    }
    if (amount <= 0) continue;
    mirror.pay(day, amount);
    lastDay = day;
    const habitual = intent.kind === 'clear' && intent.habitual && !intent.late;
    const channel: Channel =
      preferred === 'direct_debit'
        ? habitual && day === dueDays[intent.through - 1]
          ? 'direct_debit'
          : random.weighted(manualChannels(options.channels))
        : random.chance(0.85)
          ? preferred
          : random.weighted(options.channels);
    // A direct debit is drawn on the borrower's own bank account.
    const payer = channel === 'direct_debit' ? borrower : choosePayer(random, borrower, helpers, habitual);
    payments.push({
      payment_id: `${options.accountId}-P${String(payments.length + 1).padStart(3, '0')}`,
      account_id: options.accountId,
      paid_at: paidAt(random, day, payer, channel, options.timeZone),
      amount: formatAmount(amount, currency),
      currency,
      channel,
      payer_party_id: random.chance(0.04) && channel === 'counter_deposit' ? '' : payer.partyId,
    });
  }
  return { payments, mirror };
}

/** Channels without direct debit (a missed debit is made good by hand), keeping the account's options. */
function manualChannels(channels: Readonly<Partial<Record<Channel, number>>>): Partial<Record<Channel, number>> {
  const manual: Partial<Record<Channel, number>> = {};
  for (const [c, w] of Object.entries(channels) as [Channel, number][]) if (c !== 'direct_debit') manual[c] = w;
  return Object.keys(manual).length > 0 ? manual : { ...MANUAL_CHANNELS };
}

function choosePayer(random: Random, borrower: DemoParty, helpers: readonly DemoParty[], habitual: boolean): DemoParty {
  if (helpers.length === 0) return borrower;
  // Family and guarantors step in mostly when the account is in trouble.
  return random.chance(habitual ? 0.08 : 0.3) ? random.pick(helpers) : borrower;
}
