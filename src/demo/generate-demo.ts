/**
 * The demo portfolio: a pure, seeded generator of import records (the same seed, account count and as-of
 * date always give byte-identical records). It walks the accounts in order; each account draws from its
 * own random streams (see random.ts), so every kind of record can be produced on its own, streamed, without
 * holding the portfolio in memory. A customer sometimes holds a second or third account (a loan and a
 * card); their party is written once, with the first.
 *
 * Portfolios: consumer-loans (CNY instalment loans), cards (CNY revolving balances as minimum-payment
 * plans), sme-invoices (CNY invoices owed by companies) and a small us-consumer book (USD loans).
 */
import type { Product } from '../domain/account/account-codes.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { fromDay, type IsoDate, toDay } from '../domain/calendar/calendar.js';
import { formatAmount, type Minor } from '../domain/money/money.js';
import { applyRates, rateOf } from '../domain/money/rate.js';
import { contractCaps, DEFAULT_LENDER } from '../legal/contract-caps.js';
import {
  amortisingSchedule,
  type Invoice,
  invoiceSchedule,
  monthlyDate,
  revolvingSchedule,
  type ScheduledInstallment,
} from './build-schedule.js';
import { streetAddress } from './demo-places.js';
import { watchEventsFor } from './demo-watch-events.js';
import {
  type DemoParty,
  type DemoRecord,
  makeCompany,
  makeEmployerParty,
  makeObligorPerson,
  makeThirdPerson,
  type Segment,
  type ThirdPartyRole,
} from './make-party.js';
import { ledgerTermsOf } from './mirror-ledger.js';
import { Random, streamFor } from './random.js';
import { type Archetype, type Channel, type SimulatedHistory, simulatePayments } from './simulate-payments.js';

export type { DemoRecord } from './make-party.js';

/** The order the loader imports them in: every reference points at something imported before. */
export const DEMO_KINDS = [
  'parties',
  'accounts',
  'schedules',
  'relations',
  'contacts',
  'collateral',
  'payments',
  'events',
] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

export const DEFAULT_DEMO_ACCOUNTS = 5000;

export interface DemoOptions {
  /** How many accounts (default 5,000). */
  accounts: number;
  seed: number;
  /** The business date the history ends on; no payment is dated after it. */
  asOf: IsoDate;
}

export type { Product };
export type Portfolio = 'consumer-loans' | 'cards' | 'sme-invoices' | 'us-consumer';

/**
 * One account and everything that came with it. Only the account row is built eagerly; the rest is built
 * when asked for (and then kept), so a pass that streams one kind of record does only that kind's work.
 */
export interface DemoAccount {
  index: number;
  accountId: string;
  portfolio: Portfolio;
  product: Product;
  currency: string;
  archetype: Archetype;
  borrower: DemoParty;
  account: DemoRecord;
  /** Parties first written with this account (a returning customer is not repeated). */
  newParties(): DemoParty[];
  schedule(): DemoRecord[];
  relations(): DemoRecord[];
  collateral(): DemoRecord[];
  history(): SimulatedHistory;
  /** Watch events on the borrower over the last months (address, phone, employer, lawsuits, death…). */
  events(): DemoRecord[];
}

/**
 * Each book's business calendar, which dates its payments: the US lender uses New York's, the others the
 * default (Asia/Shanghai). The loader sets the portfolios up with these before any payment is imported.
 */
export const PORTFOLIO_TIME_ZONES: Readonly<Record<Portfolio, string>> = {
  'consumer-loans': DEFAULT_TIME_ZONE,
  cards: DEFAULT_TIME_ZONE,
  'sme-invoices': DEFAULT_TIME_ZONE,
  'us-consumer': 'America/New_York',
};

const ACCOUNT_PREFIX: Readonly<Record<Portfolio, string>> = {
  'consumer-loans': 'CL',
  cards: 'CC',
  'sme-invoices': 'INV',
  'us-consumer': 'US',
};

const ARCHETYPE_WEIGHTS: Readonly<Record<Segment, Readonly<Record<Archetype, number>>>> = {
  white_collar: {
    punctual: 56,
    payday: 16,
    roller: 8,
    partial: 5,
    broken_promises: 5,
    early_settler: 6,
    chronic: 4,
  },
  retiree: { punctual: 60, payday: 8, roller: 6, partial: 10, broken_promises: 5, early_settler: 6, chronic: 5 },
  small_business: {
    punctual: 40,
    payday: 12,
    roller: 12,
    partial: 10,
    broken_promises: 10,
    early_settler: 6,
    chronic: 10,
  },
  worker: { punctual: 44, payday: 20, roller: 10, partial: 8, broken_promises: 8, early_settler: 2, chronic: 8 },
  other: { punctual: 44, payday: 14, roller: 10, partial: 9, broken_promises: 10, early_settler: 3, chronic: 10 },
  company: { punctual: 55, payday: 20, roller: 8, partial: 4, broken_promises: 5, early_settler: 0, chronic: 8 },
};

const CN_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  bank_transfer: 22,
  direct_debit: 20,
  wechat_pay: 22,
  alipay: 22,
  card: 8,
  counter_deposit: 6,
};
const RETIREE_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  bank_transfer: 20,
  direct_debit: 25,
  wechat_pay: 12,
  alipay: 8,
  counter_deposit: 35,
};
const WESTERN_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  bank_transfer: 30,
  direct_debit: 35,
  card: 30,
  counter_deposit: 5,
};
const COMPANY_CHANNELS: Readonly<Partial<Record<Channel, number>>> = {
  bank_transfer: 85,
  direct_debit: 8,
  counter_deposit: 7,
};

/** Rate text from basis points: 1350 → "0.135". */
function rateText(basisPoints: number): string {
  const text = `0.${String(basisPoints).padStart(4, '0')}`.replace(/0+$/, '');
  return text.endsWith('.') ? `${text}0` : text;
}

/**
 * A random amount between two sizes in major units of a two-decimal currency (CNY, USD), spread evenly on
 * a log scale (a book has many small loans and a few large ones), as whole multiples of `step` minor
 * units. The float only picks the size; the amount itself is an integer from the start.
 */
function amountBetween(random: Random, minMajor: number, maxMajor: number, step: Minor): Minor {
  const major = Math.exp(Math.log(minMajor) + random.next() * (Math.log(maxMajor) - Math.log(minMajor)));
  return Math.max(step, Math.round((major * 100) / step) * step);
}

interface Customer {
  party: DemoParty;
  /** The account that introduced the customer; names the customer's own random streams. */
  firstIndex: number;
  accountsHeld: number;
}

function newCustomer(seed: number, index: number, asOfDay: number, pad: number): Customer {
  const random = streamFor(seed, 'customer', index);
  const partyId = `PTY-${String(index).padStart(pad, '0')}`;
  if (random.chance(0.09))
    return { party: makeCompany(random, { partyId, asOfDay }), firstIndex: index, accountsHeld: 0 };
  const country = random.weighted({ CN: 91, US: 6, GB: 3 } as const);
  // Overseas Chinese keep their language; Americans of Chinese origin often do too.
  const language = country === 'CN' ? undefined : random.chance(country === 'GB' ? 0.7 : 0.2) ? 'zh-CN' : 'en';
  const party = makeObligorPerson(random, { partyId, asOfDay, country, language });
  return { party, firstIndex: index, accountsHeld: 0 };
}

function chooseProduct(random: Random, customer: DemoParty): { portfolio: Portfolio; product: Product } {
  if (customer.kind === 'company') return { portfolio: 'sme-invoices', product: 'invoice' };
  if (customer.place.country === 'US') return { portfolio: 'us-consumer', product: 'installment_loan' };
  return random.chance(0.64)
    ? { portfolio: 'consumer-loans', product: 'installment_loan' }
    : { portfolio: 'cards', product: 'credit_card' };
}

interface Terms {
  account: DemoRecord;
  principal: Minor;
  /** Computed only for the kinds that need it: most passes over the demo never look at schedules. */
  schedule: () => ScheduledInstallment[];
}

/** Memoises a computation that may never be needed. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

function loanTerms(
  random: Random,
  accountId: string,
  portfolio: Portfolio,
  borrower: DemoParty,
  asOfDay: number,
): Terms {
  const usd = portfolio === 'us-consumer';
  const currency = usd ? 'USD' : 'CNY';
  const openedOn = fromDay(asOfDay - random.int(200, 720));
  // Business owners borrow the most (up to 200,000), retirees the least.
  const ceiling = borrower.segment === 'small_business' ? 200000 : borrower.segment === 'retiree' ? 30000 : 100000;
  const principal = usd ? amountBetween(random, 1000, 40000, 5000) : amountBetween(random, 3000, ceiling, 10000);
  const months = random.weightedItem([
    [12, 20],
    [24, 40],
    [36, 40],
  ] as const);
  const rateBp = random.int(12, 48) * 50; // 6% … 24% a year
  const annualRate = rateText(rateBp);
  const monthlyFee = !usd && random.chance(0.25) ? applyRates(principal, [rateOf(rateText(random.int(2, 5) * 5))]) : 0;
  const schedule = once(() =>
    amortisingSchedule({ principal, annualRate: rateOf(annualRate), months, openedOn, monthlyFee }),
  );
  const allocation = !usd && random.chance(0.15) ? 'principal_first' : 'standard';
  const dayCount = usd || random.chance(0.2) ? 'act365' : 'act360';
  const penaltyUplift = usd ? '0' : '0.5';
  const lateFee = usd ? random.pick([25, 29, 35, 39]) * 100 : random.pick([20, 30, 50, 80, 100]) * 100;
  const graceDays = usd ? random.pick([10, 15]) : random.int(3, 5);
  let costCap = '';
  if (usd ? random.chance(0.5) : rateBp <= 1800 ? random.chance(0.4) : random.chance(0.35)) {
    costCap = !usd && rateBp <= 1800 ? '0.24' : '0.36';
  }
  // The import stores the lower of this and the pack's cap (src/legal/contract-caps.ts); the demo's books
  // keep the default pack and lender kind, so the record says what the ledger will really be capped at.
  const lawfulCap =
    contractCaps(DEFAULT_LENDER, { product: 'installment_loan', openedOn, costCapRate: costCap || null, penaltyUplift })
      .costCapRate ?? '';
  return {
    account: {
      account_id: accountId,
      portfolio,
      product: 'installment_loan',
      currency,
      opened_on: openedOn,
      principal: formatAmount(principal, currency),
      annual_rate: annualRate,
      penalty_uplift: penaltyUplift,
      late_fee: formatAmount(lateFee, currency),
      grace_days: String(graceDays),
      allocation,
      day_count: dayCount,
      cost_cap_rate: lawfulCap,
      ...contractExtras(accountId, openedOn, usd),
    },
    principal,
    schedule,
  };
}

/**
 * What a Chinese consumer loan's file says beyond its terms: about one in five was notarized with an
 * enforcement clause when it was signed (赋强公证), and payment-protection insurance is on file as bought or
 * not for most. Drawn from the account's own stream so the rest of the book stays as it was.
 */
function contractExtras(accountId: string, openedOn: string, usd: boolean): { notarized_on: string; insured: string } {
  if (usd) return { notarized_on: '', insured: '' };
  const random = new Random(`contract-extras/${accountId}`);
  return {
    notarized_on: random.chance(0.2) ? openedOn : '',
    insured: random.weightedItem([
      ['yes', 25],
      ['no', 50],
      ['', 25],
    ] as const),
  };
}

function cardTerms(random: Random, accountId: string, asOfDay: number): Terms {
  const openedOn = fromDay(asOfDay - random.int(200, 720));
  const balance = amountBetween(random, 2000, 80000, 1);
  const paymentDay = random.int(1, 28);
  // The first payment day at least 25 days after the card was opened (statement date plus the free period).
  let firstDueOn = monthlyDate(openedOn, 0, paymentDay);
  while (toDay(firstDueOn) < toDay(openedOn) + 25) firstDueOn = monthlyDate(firstDueOn, 1, paymentDay);
  const annualRate = '0.1825'; // 0.05% a day, the usual card rate in China
  const annualFee = random.chance(0.3) ? random.pick([100, 200, 300]) * 100 : 0;
  const months = random.pick([24, 36]);
  const schedule = once(() =>
    revolvingSchedule({ balance, annualRate: rateOf(annualRate), months, firstDueOn, annualFee }),
  );
  const lateFee = random.pick([30, 50, 100]) * 100;
  return {
    account: {
      account_id: accountId,
      portfolio: 'cards',
      product: 'credit_card',
      currency: 'CNY',
      opened_on: openedOn,
      principal: formatAmount(balance, 'CNY'),
      annual_rate: annualRate,
      // Overdue card balances keep accruing at the card rate; no uplift.
      penalty_uplift: '0',
      late_fee: formatAmount(lateFee, 'CNY'),
      grace_days: '3',
      allocation: 'standard',
      day_count: 'act365',
      cost_cap_rate: '',
      notarized_on: '',
      insured: '',
    },
    principal: balance,
    schedule,
  };
}

function invoiceTerms(random: Random, accountId: string, asOfDay: number): Terms {
  const openedDay = asOfDay - random.int(200, 720);
  // The supply agreement is old; the open invoices under it are from the last ten months.
  const count = random.weightedItem([
    [1, 40],
    [2, 30],
    [3, 20],
    [4, 10],
  ] as const);
  const invoices: Invoice[] = [];
  for (let i = 0; i < count; i++) {
    invoices.push({
      issuedOn: fromDay(random.int(Math.max(openedDay, asOfDay - 300), asOfDay - 3)),
      netDays: random.pick([30, 60]),
      amount: amountBetween(random, 8000, 500000, 1),
    });
  }
  const schedule = invoiceSchedule(invoices);
  const principal = invoices.reduce((sum, inv) => sum + inv.amount, 0);
  const annualRate = random.chance(0.6) ? '0' : random.pick(['0.05', '0.08', '0.1']);
  const lateFee = random.chance(0.3) ? 20000 : 0;
  const graceDays = random.pick([0, 3, 5, 7]);
  return {
    account: {
      account_id: accountId,
      portfolio: 'sme-invoices',
      product: 'invoice',
      currency: 'CNY',
      opened_on: fromDay(openedDay),
      principal: formatAmount(principal, 'CNY'),
      annual_rate: annualRate,
      penalty_uplift: '0',
      late_fee: formatAmount(lateFee, 'CNY'),
      grace_days: String(graceDays),
      allocation: 'standard',
      day_count: 'act365',
      cost_cap_rate: '',
      notarized_on: '',
      insured: '',
    },
    principal,
    schedule: () => schedule,
  };
}

function ageOn(party: DemoParty, asOfDay: number): number {
  const birth = party.record.birth_date ?? '';
  return birth === '' ? 0 : Math.floor((asOfDay - toDay(birth)) / 365.25);
}

interface Circle {
  relations: DemoRecord[];
  parties: DemoParty[];
  /** Who may pay on the borrower's behalf. */
  helpers: DemoParty[];
}

/** The obligors and third parties of one account. */
function peopleAround(
  random: Random,
  accountId: string,
  borrower: DemoParty,
  product: Product,
  principal: Minor,
  asOfDay: number,
): Circle {
  const relations: DemoRecord[] = [{ account_id: accountId, party_id: borrower.partyId, role: 'borrower' }];
  const parties: DemoParty[] = [];
  const helpers: DemoParty[] = [];
  const counters = new Map<string, number>();
  const idFor = (letter: string) => {
    const n = (counters.get(letter) ?? 0) + 1;
    counters.set(letter, n);
    return `${accountId.replace(/^[A-Z]+-/, 'PTY-')}-${letter}${n}`;
  };
  const relate = (party: DemoParty, ...roles: string[]) => {
    parties.push(party);
    for (const role of roles) relations.push({ account_id: accountId, party_id: party.partyId, role });
  };
  const third = (role: ThirdPartyRole, letter: string) =>
    makeThirdPerson(random, { partyId: idFor(letter), asOfDay, of: borrower, role });
  const country = borrower.place.country;

  if (borrower.kind === 'company') {
    if (random.chance(0.45)) {
      // The owner personally guarantees the company's debts.
      const owner = makeObligorPerson(random, {
        partyId: idFor('G'),
        asOfDay,
        country: 'CN',
        segment: 'small_business',
      });
      relate(owner, 'guarantor');
      helpers.push(owner);
    }
    if (random.chance(0.6)) relate(third('emergency_contact', 'E'), 'emergency_contact');
    if (random.chance(0.2)) relate(third('other', 'O'), 'other');
    return { relations, parties, helpers };
  }

  const large = product === 'installment_loan' && principal >= (country === 'US' ? 1_500_000 : 5_000_000);
  if (product === 'installment_loan' && random.chance(0.07)) {
    const co = makeObligorPerson(random, { partyId: idFor('C'), asOfDay, country, language: borrower.language });
    relate(co, 'co_borrower');
    helpers.push(co);
  }
  if (large && random.chance(0.3)) {
    const guarantor = makeObligorPerson(random, {
      partyId: idFor('G'),
      asOfDay,
      country,
      language: borrower.language,
    });
    relate(guarantor, 'guarantor');
    helpers.push(guarantor);
  }
  let emergency = 0;
  if (ageOn(borrower, asOfDay) > 26 && random.chance(0.4)) {
    const spouse = third('spouse', 'S');
    if (random.chance(0.5)) {
      relate(spouse, 'spouse', 'emergency_contact');
      emergency++;
    } else {
      relate(spouse, 'spouse');
    }
  }
  if (emergency === 0 && random.chance(0.88)) {
    relate(third('emergency_contact', 'E'), 'emergency_contact');
    if (random.chance(0.25)) relate(third('emergency_contact', 'E'), 'emergency_contact');
  }
  if (random.chance(borrower.segment === 'retiree' ? 0.7 : 0.25)) {
    const relative = third('relative', 'R');
    relate(relative, 'relative');
    // Grown-up children often step in for a retired parent.
    if (borrower.segment === 'retiree') helpers.push(relative);
  }
  if (random.chance(0.15)) relate(third('friend', 'F'), 'friend');
  const employed = borrower.employer !== null && (borrower.segment === 'white_collar' || borrower.segment === 'worker');
  if (employed && random.chance(0.35)) {
    relate(makeEmployerParty(random, { partyId: idFor('W'), asOfDay, of: borrower }), 'employer');
  }
  if (employed && random.chance(0.1)) relate(third('colleague', 'K'), 'colleague');
  return { relations, parties, helpers };
}

function collateralFor(
  random: Random,
  accountId: string,
  product: Product,
  principal: Minor,
  currency: string,
  borrower: DemoParty,
  openedOn: IsoDate,
  asOfDay: number,
): DemoRecord[] {
  const zh = borrower.language === 'zh-CN';
  const major = 100; // minor units per major unit in CNY and USD
  let type: string | null = null;
  let value = 0;
  let description = '';
  if (product === 'installment_loan' && currency === 'USD') {
    if (principal >= 15000 * major && random.chance(0.6)) {
      type = 'vehicle';
      value = Math.round((principal * (0.8 + random.next() * 0.6)) / (100 * major)) * 100 * major;
      const car = random.pick(['Toyota Camry', 'Honda Civic', 'Ford F-150', 'Chevrolet Malibu', 'Nissan Rogue']);
      description = `${random.int(2016, 2024)} ${car}, VIN DEMO${random.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 13)}`;
    }
  } else if (product === 'installment_loan') {
    if (principal >= 80000 * major) {
      const roll = random.next();
      if (roll < 0.4) {
        type = 'real_estate';
        value = Math.round((principal * (2 + random.next() * 4)) / (10000 * major)) * 10000 * major;
        const area = random.int(55, 160);
        description = zh
          ? `住宅 ${area}平方米：${streetAddress(random, borrower.place)}`
          : `Flat, ${area} m²: ${streetAddress(random, borrower.place)}`;
      } else if (roll < 0.65) {
        type = 'vehicle';
        value = Math.round((principal * (0.8 + random.next() * 0.7)) / (1000 * major)) * 1000 * major;
        const car = random.pick([
          '比亚迪 秦PLUS',
          '大众 朗逸',
          '丰田 凯美瑞',
          '吉利 星瑞',
          '本田 雅阁',
          '特斯拉 Model 3',
        ]);
        description = zh
          ? `${random.int(2017, 2024)}款 ${car}，车牌 DEMO-${random.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${random.digits(5)}`
          : `${random.int(2017, 2024)} ${car.split(' ').at(-1) ?? car}, plate DEMO-${random.digits(5)}`;
      }
    }
    if (type === null && borrower.segment === 'small_business' && principal >= 30000 * major && random.chance(0.3)) {
      type = 'equipment';
      value = Math.round((principal * (0.5 + random.next())) / (1000 * major)) * 1000 * major;
      const kit = random.pick(['数控车床', '商用冷柜', '注塑机', '叉车', '工业缝纫机']);
      description = zh ? `${kit} ${random.int(1, 6)}台` : `Business equipment (${random.int(1, 6)} units)`;
    }
    if (type === null && random.chance(0.05)) {
      type = 'deposit';
      value = Math.round((principal * (0.1 + random.next() * 0.2)) / (100 * major)) * 100 * major;
      description = zh ? '借款保证金（存于本行保证金账户）' : 'Cash security deposit held by the lender';
    }
  } else if (product === 'credit_card') {
    if (random.chance(0.04)) {
      type = 'deposit';
      value = Math.round((principal * (0.2 + random.next() * 0.3)) / (100 * major)) * 100 * major;
      description = zh ? '担保卡保证金' : 'Secured card deposit';
    }
  } else if (random.chance(0.25)) {
    type = 'receivable';
    value = Math.round((principal * (0.5 + random.next() * 1.5)) / major) * major;
    description = `应收账款质押：下游客户货款 ${random.int(1, 12)} 笔`;
  }
  if (type === null || value <= 0) return [];
  const openedDay = toDay(openedOn);
  const valuedDay = random.chance(0.3) ? asOfDay - random.int(0, 150) : openedDay - random.int(0, 20);
  return [
    {
      collateral_id: `${accountId}-COL1`,
      account_id: accountId,
      type,
      description,
      value: formatAmount(value, currency),
      valued_on: fromDay(Math.min(asOfDay, Math.max(valuedDay, openedDay - 20))),
    },
  ];
}

function scheduleRecords(accountId: string, schedule: readonly ScheduledInstallment[], currency: string): DemoRecord[] {
  return schedule.map((r) => ({
    account_id: accountId,
    installment_no: String(r.no),
    due_on: r.dueOn,
    principal: formatAmount(r.principal, currency),
    interest: formatAmount(r.interest, currency),
    fee: formatAmount(r.fee, currency),
  }));
}

function paydaysFor(random: Random, party: DemoParty): number[] {
  if (party.kind === 'company') return [random.pick([25, 30])];
  if (party.segment === 'retiree') return [random.pick([5, 10, 15])];
  return random
    .weightedItem([
      [[5], 2],
      [[10], 4],
      [[15], 4],
      [[25], 2],
      [[28], 2],
      [[30], 3],
      [[15, 30], 2],
    ] as const)
    .slice();
}

function channelsFor(party: DemoParty): Readonly<Partial<Record<Channel, number>>> {
  if (party.kind === 'company') return COMPANY_CHANNELS;
  if (party.place.country === 'US') return WESTERN_CHANNELS;
  if (party.segment === 'retiree') return RETIREE_CHANNELS;
  return CN_CHANNELS;
}

/** Every demo account in order, with its records. Cheap to walk again: nothing is kept between accounts. */
export function* demoAccounts(options: DemoOptions): Generator<DemoAccount> {
  const { accounts, seed, asOf } = options;
  if (!Number.isInteger(accounts) || accounts < 1) throw new RangeError('the demo needs at least one account');
  const asOfDay = toDay(asOf);
  const pad = Math.max(6, String(accounts).length);
  let customer: Customer | undefined;
  for (let index = 1; index <= accounts; index++) {
    const owner = streamFor(seed, 'owner', index);
    const returning =
      customer !== undefined &&
      customer.accountsHeld < 3 &&
      owner.chance(customer.party.kind === 'company' ? 0.15 : 0.09);
    if (!returning || customer === undefined) customer = newCustomer(seed, index, asOfDay, pad);
    const borrower = customer.party;
    const firstAccount = customer.accountsHeld === 0;
    customer.accountsHeld++;

    const random = streamFor(seed, 'account', index);
    const { portfolio, product } = chooseProduct(random, borrower);
    const accountId = `${ACCOUNT_PREFIX[portfolio]}-${String(index).padStart(pad, '0')}`;
    const terms =
      product === 'credit_card'
        ? cardTerms(random, accountId, asOfDay)
        : product === 'invoice'
          ? invoiceTerms(random, accountId, asOfDay)
          : loanTerms(random, accountId, portfolio, borrower, asOfDay);
    const currency = terms.account.currency ?? 'CNY';
    const archetype = random.weighted(ARCHETYPE_WEIGHTS[borrower.segment ?? 'other']);
    const circle = once(() =>
      peopleAround(streamFor(seed, 'people', index), accountId, borrower, product, terms.principal, asOfDay),
    );
    const paydaysStream = streamFor(seed, 'paydays', customer.firstIndex);
    yield {
      index,
      accountId,
      portfolio,
      product,
      currency,
      archetype,
      borrower,
      account: terms.account,
      newParties: () => (firstAccount ? [borrower, ...circle().parties] : circle().parties),
      schedule: () => scheduleRecords(accountId, terms.schedule(), currency),
      relations: () => circle().relations,
      collateral: () =>
        collateralFor(
          streamFor(seed, 'collateral', index),
          accountId,
          product,
          terms.principal,
          currency,
          borrower,
          terms.account.opened_on ?? asOf,
          asOfDay,
        ),
      events: () =>
        watchEventsFor({
          random: streamFor(seed, 'events', index),
          accountId,
          partyId: borrower.partyId,
          company: borrower.kind === 'company',
          archetype,
          asOf,
        }),
      history: once(() =>
        simulatePayments({
          random: streamFor(seed, 'payments', index),
          accountId,
          currency,
          schedule: terms.schedule(),
          terms: ledgerTermsOf(terms.account),
          asOf,
          timeZone: PORTFOLIO_TIME_ZONES[portfolio],
          archetype,
          borrower,
          helpers: circle().helpers,
          channels: channelsFor(borrower),
          paydays: paydaysFor(paydaysStream, borrower),
        }),
      ),
    };
  }
}

/** The records of one kind, streamed in account order, in exactly the import file's columns. */
export function* demoRecords(options: DemoOptions, kind: DemoKind): Generator<DemoRecord> {
  for (const account of demoAccounts(options)) {
    switch (kind) {
      case 'parties':
        for (const p of account.newParties()) yield p.record;
        break;
      case 'accounts':
        yield account.account;
        break;
      case 'schedules':
        yield* account.schedule();
        break;
      case 'relations':
        yield* account.relations();
        break;
      case 'contacts':
        for (const p of account.newParties()) yield* p.contacts;
        break;
      case 'collateral':
        yield* account.collateral();
        break;
      case 'payments':
        yield* account.history().payments;
        break;
      case 'events':
        yield* account.events();
        break;
    }
  }
}
