/**
 * Writes the benchmark portfolio as import files (CSV, the formats of the README) into a directory:
 * parties, accounts, relations (one borrower per account), schedules (monthly instalments) and the payments
 * that arrive on the cycle day. Seeded, so the same options always give the same bytes.
 *
 * Shape on the cycle day D: a share of the accounts (30% by default) is past due, spread over the buckets
 * M1…M7+ by choosing the first instalment's due date D − dpd; the others are new loans whose first
 * instalment falls due on or after D. No payment history before D, so the catch-up cycle at D − 1 only
 * accrues penalty interest and late fees; the payments of D go mostly to past-due accounts (full cures,
 * one instalment, small partials) and some to current accounts paying their first instalment early.
 */
import { join } from 'node:path';
import { fromDay, type IsoDate, toDay } from '../src/domain/calendar/calendar.js';
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { type CsvWriter, csvWriter } from './csv-writer.js';
import { type Random, seededRandom } from './seeded-random.js';

export interface GenerateDatasetOptions {
  dir: string;
  accounts: number;
  /** Payments dated on the cycle day. */
  payments: number;
  cycleDay: IsoDate;
  seed: number;
  /** Share of accounts past due on the cycle day (0..1). */
  pastDueShare?: number;
  installments?: number;
}

export const DATASET_KINDS = ['parties', 'accounts', 'relations', 'schedules', 'payments'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export interface Dataset {
  files: Record<DatasetKind, string>;
  rows: Record<DatasetKind, number>;
  pastDueAccounts: number;
  /** Past-due accounts per bucket on the cycle day before that day's payments. */
  pastDueByBucket: Record<string, number>;
  portfolio: string;
  currency: string;
  ms: number;
}

const PORTFOLIO = 'bench';
const CURRENCY = 'CNY';

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

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
];
const FIRST_EN = [
  'James',
  'Mary',
  'John',
  'Linda',
  'David',
  'Susan',
  'Michael',
  'Karen',
  'Daniel',
  'Emma',
  'Wei',
  'Lin',
];
const LAST_EN = ['Smith', 'Chen', 'Brown', 'Wong', 'Taylor', 'Lee', 'Walker', 'Ng', 'Harris', 'Clark', 'Young', 'Lau'];
const COMPANY_WORDS = ['星河', '华信', '金桥', '恒通', '远航', '嘉禾', '鼎盛', '新源'];
const COMPANY_TRADES = ['贸易', '物流', '餐饮', '建材', '科技', '服装'];
const CITIES = ['深圳市', '广州市', '杭州市', '成都市', '武汉市', '上海市', '北京市', '西安市'];
const REGIONS = ['广东', '浙江', '四川', '湖北', '上海', '北京', '陕西', '江苏', '山东', '河南', '新疆'];
const PERSON_SEGMENTS = ['white_collar', 'white_collar', 'worker', 'worker', 'retiree', 'small_business', 'other'];
const OCCUPATIONS: Record<string, string> = {
  white_collar: '职员',
  worker: '工人',
  retiree: '退休',
  small_business: '个体经营',
  other: '自由职业',
  company: '',
};
const RATES = ['0.0720', '0.1200', '0.1500', '0.1800', '0.2400', '0.3600'];
const CHANNELS = ['bank_transfer', 'direct_debit', 'card', 'wechat_pay', 'alipay', 'counter_deposit'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const money = (minor: number) => `${Math.floor(minor / 100)}.${pad(minor % 100, 2)}`;

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Math.min(d, last), 2)}`;
}

function pickBucket(rnd: Random): readonly [string, number, number, number] {
  let u = rnd.next();
  for (const rung of PAST_DUE_SPREAD) {
    u -= rung[1];
    if (u < 0) return rung;
  }
  return PAST_DUE_SPREAD[PAST_DUE_SPREAD.length - 1]!;
}

function personName(rnd: Random): string {
  if (rnd.chance(0.85)) return `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}${rnd.chance(0.5) ? rnd.pick(GIVEN) : ''}`;
  return `${rnd.pick(FIRST_EN)} ${rnd.pick(LAST_EN)}`;
}

function writeParty(out: CsvWriter, rnd: Random, n: number): void {
  const company = rnd.chance(0.05);
  const segment = company ? 'company' : rnd.pick(PERSON_SEGMENTS);
  const region = rnd.pick(REGIONS);
  const birth = company ? '' : `${rnd.int(1955, 2003)}-${pad(rnd.int(1, 12), 2)}-${pad(rnd.int(1, 28), 2)}`;
  out.row([
    `P${pad(n, 8)}`,
    company ? 'company' : 'person',
    company ? `${rnd.pick(CITIES)}${rnd.pick(COMPANY_WORDS)}${rnd.pick(COMPANY_TRADES)}有限公司` : personName(rnd),
    company
      ? `91${pad(rnd.int(0, 99_999_999), 8)}${pad(rnd.int(0, 99_999_999), 8)}`
      : `${pad(rnd.int(110_000, 659_999), 6)}${birth.replaceAll('-', '')}${pad(rnd.int(0, 9999), 4)}`,
    segment,
    region,
    region === '新疆' ? 'Asia/Urumqi' : 'Asia/Shanghai',
    rnd.chance(0.92) ? 'zh-CN' : 'en',
    birth,
    OCCUPATIONS[segment] ?? '',
    company || segment === 'retiree'
      ? ''
      : `${rnd.pick(CITIES)}${rnd.pick(COMPANY_WORDS)}${rnd.pick(COMPANY_TRADES)}有限公司`,
  ]);
}

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
    payments: join(dir, 'payments.csv'),
  };
  const parties = csvWriter(files.parties, KIND_COLUMNS.parties.columns);
  const accounts = csvWriter(files.accounts, KIND_COLUMNS.accounts.columns);
  const relations = csvWriter(files.relations, KIND_COLUMNS.relations.columns);
  const schedules = csvWriter(files.schedules, KIND_COLUMNS.schedules.columns);

  // What the payments of D need to know about each account, kept compactly.
  const pastDue = new Uint8Array(n);
  const firstInstalment = new Float64Array(n);
  const overdue = new Float64Array(n);
  const pastDueByBucket: Record<string, number> = Object.fromEntries(PAST_DUE_SPREAD.map(([b]) => [b, 0]));
  let pastDueAccounts = 0;
  const cycleDayNumber = toDay(cycleDay);
  // Only a few hundred distinct first due dates occur: compute each one's opening date and due dates once.
  const calendarFor = new Map<number, { opened: IsoDate; dues: IsoDate[] }>();
  const calendarOf = (offset: number) => {
    let entry = calendarFor.get(offset);
    if (!entry) {
      const first = fromDay(cycleDayNumber + offset);
      entry = { opened: addMonths(first, -1), dues: Array.from({ length: count }, (_, k) => addMonths(first, k)) };
      calendarFor.set(offset, entry);
    }
    return entry;
  };

  for (let i = 0; i < n; i++) {
    const id = `A${pad(i + 1, 8)}`;
    writeParty(parties, rnd, i + 1);

    let offset: number;
    if (rnd.chance(pastDueShare)) {
      const [bucket, , lo, hi] = pickBucket(rnd);
      offset = -rnd.int(lo, hi);
      pastDue[i] = 1;
      pastDueAccounts += 1;
      pastDueByBucket[bucket] = (pastDueByBucket[bucket] ?? 0) + 1;
    } else {
      offset = rnd.int(0, 30);
    }
    const { opened, dues } = calendarOf(offset);
    const principal = rnd.int(30, 2000) * 10_000;
    const rate = rnd.pick(RATES);
    const rateBp = Math.round(Number(rate) * 10_000);
    accounts.row([
      id,
      PORTFOLIO,
      'installment_loan',
      CURRENCY,
      opened,
      money(principal),
      rate,
      '0.5',
      rnd.chance(0.8) ? '50.00' : '0.00',
      rnd.int(0, 5),
      rnd.chance(0.15) ? 'principal_first' : 'standard',
      rnd.chance(0.8) ? 'act360' : 'act365',
      rnd.chance(0.3) ? '0.3600' : '',
    ]);
    relations.row([id, `P${pad(i + 1, 8)}`, 'borrower']);

    // Equal principal, interest on the declining balance, a small service fee on some loans.
    const part = Math.floor(principal / count);
    const fee = rnd.chance(0.1) ? 500 : 0;
    let remaining = principal;
    let overdueSum = 0;
    for (let k = 1; k <= count; k++) {
      const p = k === count ? remaining : part;
      const interest = Math.round((remaining * rateBp) / 120_000);
      const due = dues[k - 1]!;
      schedules.row([id, k, due, money(p), money(interest), money(fee)]);
      if (k === 1) firstInstalment[i] = p + interest + fee;
      if (due < cycleDay) overdueSum += p + interest + fee;
      remaining -= p;
    }
    overdue[i] = overdueSum;
    if ((i & 1023) === 0) {
      await Promise.all([parties.drain(), accounts.drain(), relations.drain(), schedules.drain()]);
    }
  }
  await Promise.all([parties.close(), accounts.close(), relations.close(), schedules.close()]);

  // The payments of D: 60% to past-due accounts, the rest early payments by current accounts.
  const payments = csvWriter(files.payments, KIND_COLUMNS.payments.columns);
  const pastDuePool = new Int32Array(pastDueAccounts);
  const currentPool = new Int32Array(n - pastDueAccounts);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    if (pastDue[i]) pastDuePool[a++] = i;
    else currentPool[b++] = i;
  }
  const toPastDue = pickDistinct(pastDuePool, Math.round(options.payments * 0.6), rnd);
  const toCurrent = pickDistinct(currentPool, options.payments - toPastDue.length, rnd);
  const payers = [...toPastDue, ...toCurrent].sort((x, y) => x - y);
  const compactDay = cycleDay.replaceAll('-', '');
  let seq = 0;
  for (const i of payers) {
    let amount: number;
    if (pastDue[i]) {
      const u = rnd.next();
      const one = firstInstalment[i]!;
      if (u < 0.35) amount = Math.round(overdue[i]! * 1.1);
      else if (u < 0.75) amount = one;
      else amount = Math.max(100, Math.round(one * (0.1 + rnd.next() * 0.4)));
    } else {
      amount = firstInstalment[i]!;
    }
    seq += 1;
    payments.row([
      `PAY${compactDay}${pad(seq, 8)}`,
      `A${pad(i + 1, 8)}`,
      // Local business hours in Shanghai, so the payment's date in the portfolio's zone is D.
      `${cycleDay}T${pad(rnd.int(8, 21), 2)}:${pad(rnd.int(0, 59), 2)}:${pad(rnd.int(0, 59), 2)}+08:00`,
      money(amount),
      CURRENCY,
      rnd.pick(CHANNELS),
      rnd.chance(0.85) ? `P${pad(i + 1, 8)}` : '',
    ]);
    await payments.drain();
  }
  await payments.close();

  return {
    files,
    rows: {
      parties: parties.rows,
      accounts: accounts.rows,
      relations: relations.rows,
      schedules: schedules.rows,
      payments: payments.rows,
    },
    pastDueAccounts,
    pastDueByBucket,
    portfolio: PORTFOLIO,
    currency: CURRENCY,
    ms: performance.now() - started,
  };
}
