import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dateInZone, isIsoDate, isTimeZone, parseInstant, toDay } from '../domain/calendar/calendar.js';
import { parseAmount } from '../domain/money/money.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import {
  CHANNELS,
  COLLATERAL_TYPES,
  CONTACT_TYPES,
  PARTY_KINDS,
  PRODUCTS,
  ROLES,
  SEGMENTS,
} from '../import/import-codes.js';
import { KIND_COLUMNS } from '../import/import-kinds.js';
import {
  DEMO_KINDS,
  type DemoKind,
  type DemoOptions,
  type DemoRecord,
  demoAccounts,
  demoRecords,
  PORTFOLIO_TIME_ZONES,
  type Portfolio,
} from './generate-demo.js';

const AS_OF = '2026-11-29';
const OPTIONS: DemoOptions = { accounts: 1000, seed: 1, asOf: AS_OF };

function all(options: DemoOptions, kind: DemoKind): DemoRecord[] {
  return [...demoRecords(options, kind)];
}

/** A digest of every record of every kind, in order, as the importer would receive them. */
function digest(options: DemoOptions): string {
  const hash = createHash('sha256');
  for (const kind of DEMO_KINDS) for (const r of demoRecords(options, kind)) hash.update(JSON.stringify(r));
  return hash.digest('hex');
}

describe('demo generator', () => {
  const records = Object.fromEntries(DEMO_KINDS.map((k) => [k, all(OPTIONS, k)])) as Record<DemoKind, DemoRecord[]>;
  const accountsById = new Map(records.accounts.map((a) => [a.account_id, a]));
  const partiesById = new Map(records.parties.map((p) => [p.party_id, p]));

  it('gives byte-identical records for the same seed, count and as-of date, and different ones otherwise', () => {
    const small = { accounts: 150, seed: 7, asOf: AS_OF };
    expect(digest(small)).toBe(digest({ ...small }));
    expect(digest({ ...small, seed: 8 })).not.toBe(digest(small));
    expect(digest({ ...small, asOf: '2026-11-30' })).not.toBe(digest(small));
    // The first accounts do not depend on how many follow them.
    const fewer = all({ ...small, accounts: 20 }, 'payments');
    expect(all(small, 'payments').slice(0, fewer.length)).toEqual(fewer);
  });

  it('writes exactly the import columns of each kind, in the documented order', () => {
    for (const kind of DEMO_KINDS) {
      expect(records[kind].length, kind).toBeGreaterThan(0);
      const columns = KIND_COLUMNS[kind].columns.join(',');
      expect(
        records[kind].filter((r) => Object.keys(r).join(',') !== columns),
        kind,
      ).toEqual([]);
    }
    expect(records.accounts).toHaveLength(1000);
  });

  it('keeps every external id unique and every reference pointing at a record of an earlier kind', () => {
    const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    const keys = (kind: DemoKind, key: (r: DemoRecord) => string) => new Set(records[kind].map(key)).size;
    expect(keys('parties', (p) => p.party_id as string)).toBe(records.parties.length);
    expect(keys('accounts', (a) => a.account_id as string)).toBe(records.accounts.length);
    expect(keys('payments', (p) => p.payment_id as string)).toBe(records.payments.length);
    expect(duplicates(records.collateral.map((c) => c.collateral_id as string))).toEqual([]);
    expect(keys('relations', (r) => `${r.account_id}/${r.party_id}/${r.role}`)).toBe(records.relations.length);
    expect(keys('contacts', (c) => `${c.party_id}/${c.type}/${c.value}`)).toBe(records.contacts.length);
    expect(keys('schedules', (s) => `${s.account_id}/${s.installment_no}`)).toBe(records.schedules.length);
    const dangling = [
      ...records.relations.filter(
        (r) => !accountsById.has(r.account_id as string) || !partiesById.has(r.party_id as string),
      ),
      ...records.contacts.filter((c) => !partiesById.has(c.party_id as string)),
      ...records.payments.filter(
        (p) =>
          !accountsById.has(p.account_id as string) ||
          (p.payer_party_id !== '' && !partiesById.has(p.payer_party_id as string)),
      ),
      ...records.collateral.filter((c) => !accountsById.has(c.account_id as string)),
    ];
    expect(dangling).toEqual([]);
  });

  it('uses only the issue’s codes, real dates, IANA zones and obviously synthetic identity numbers', () => {
    const bad: DemoRecord[] = [];
    for (const p of records.parties) {
      const ok =
        (PARTY_KINDS as readonly string[]).includes(p.kind as string) &&
        (p.segment === '' || (SEGMENTS as readonly string[]).includes(p.segment as string)) &&
        isTimeZone(p.timezone as string) &&
        ['zh-CN', 'en'].includes(p.language as string) &&
        (p.id_number === '' || (p.id_number as string).startsWith('DEMO-')) &&
        (p.birth_date === '' || (isIsoDate(p.birth_date as string) && (p.birth_date as string) < AS_OF));
      if (!ok) bad.push(p);
    }
    const codes = (kind: DemoKind, field: string, allowed: readonly string[]) =>
      bad.push(...records[kind].filter((r) => !allowed.includes(r[field] as string)));
    codes('contacts', 'type', CONTACT_TYPES);
    codes('relations', 'role', ROLES);
    codes('payments', 'channel', CHANNELS);
    codes('collateral', 'type', COLLATERAL_TYPES);
    codes('accounts', 'product', PRODUCTS);
    for (const c of records.collateral) {
      const account = accountsById.get(c.account_id as string);
      if (!parseAmount(c.value as string, account?.currency ?? '').ok || !isIsoDate(c.valued_on as string)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('schedules every account on real calendar days after it opened, and the principals add up to the loan', () => {
    const byAccount = new Map<string, DemoRecord[]>();
    for (const s of records.schedules) {
      const list = byAccount.get(s.account_id as string) ?? [];
      list.push(s);
      byAccount.set(s.account_id as string, list);
    }
    const problems: string[] = [];
    for (const a of records.accounts) {
      const id = a.account_id as string;
      const currency = a.currency as string;
      const opened = a.opened_on as string;
      const age = toDay(AS_OF) - toDay(opened);
      if (age < 200 || age > 720) problems.push(`${id} opened ${age} days before as-of`);
      const rows = byAccount.get(id) ?? [];
      if (rows.length === 0) problems.push(`${id} has no schedule`);
      let principal = 0;
      rows.forEach((s, i) => {
        const due = s.due_on as string;
        if (s.installment_no !== String(i + 1)) problems.push(`${id} instalment ${s.installment_no} out of order`);
        if (!isIsoDate(due) || due < opened) problems.push(`${id} instalment ${i + 1} due ${due}`);
        if (i > 0 && due < (rows[i - 1]?.due_on as string)) problems.push(`${id} due dates go backwards`);
        for (const f of ['interest', 'fee']) {
          if (!parseAmount(s[f] as string, currency).ok) problems.push(`${id} ${f} ${s[f]}`);
        }
        const p = parseAmount(s.principal as string, currency);
        if (p.ok) principal += p.minor;
        else problems.push(`${id} principal ${s.principal}`);
      });
      const declared = parseAmount(a.principal as string, currency);
      if (!declared.ok || declared.minor !== principal) problems.push(`${id} principal ${a.principal} ≠ schedule`);
    }
    expect(problems).toEqual([]);
  });

  it('has a realistic mix: every product, portfolio, segment and role, Chinese and English names, several zones', () => {
    const count = (values: string[]) => {
      const m = new Map<string, number>();
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    };
    const products = count(records.accounts.map((a) => a.product as string));
    expect([...products.keys()].sort()).toEqual([...PRODUCTS].sort());
    expect((products.get('installment_loan') ?? 0) / 1000).toBeGreaterThan(0.4);
    const portfolios = count(records.accounts.map((a) => `${a.portfolio}/${a.currency}`));
    expect([...portfolios.keys()].sort()).toEqual([
      'cards/CNY',
      'consumer-loans/CNY',
      'sme-invoices/CNY',
      'us-consumer/USD',
    ]);
    expect(portfolios.get('us-consumer/USD') ?? 0).toBeLessThan(150);
    const segments = count(records.parties.map((p) => p.segment as string).filter((s) => s !== ''));
    for (const s of SEGMENTS) expect(segments.get(s) ?? 0, s).toBeGreaterThan(0);
    const roles = count(records.relations.map((r) => r.role as string));
    for (const role of [
      'borrower',
      'co_borrower',
      'guarantor',
      'emergency_contact',
      'spouse',
      'relative',
      'friend',
      'employer',
      'colleague',
    ]) {
      expect(roles.get(role) ?? 0, role).toBeGreaterThan(0);
    }
    expect(roles.get('borrower')).toBe(1000);
    const names = records.parties.map((p) => p.name as string);
    expect(names.some((n) => /^[\u4e00-\u9fff]{2,4}$/.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z][a-z]+ [A-Z][a-z']+$/.test(n))).toBe(true);
    expect(names.some((n) => n.endsWith('有限公司'))).toBe(true);
    const zones = new Set(records.parties.map((p) => p.timezone));
    for (const z of ['Asia/Shanghai', 'Asia/Urumqi', 'America/New_York', 'America/Los_Angeles', 'Europe/London']) {
      expect(zones.has(z), z).toBe(true);
    }
    expect(records.contacts.some((c) => c.do_not_contact === '1')).toBe(true);
    expect(records.contacts.some((c) => c.verified === '0')).toBe(true);
    expect(records.accounts.some((a) => a.allocation === 'principal_first')).toBe(true);
    expect(records.accounts.some((a) => a.cost_cap_rate !== '')).toBe(true);
    const channels = count(records.payments.map((p) => p.channel as string));
    for (const c of ['bank_transfer', 'direct_debit', 'wechat_pay', 'alipay', 'card', 'counter_deposit']) {
      expect(channels.get(c) ?? 0, c).toBeGreaterThan(0);
    }
  });

  it('never makes a third party an obligor', () => {
    const rolesOf = new Map<string, Set<string>>();
    for (const r of records.relations) {
      const set = rolesOf.get(r.party_id as string) ?? new Set();
      set.add(r.role as string);
      rolesOf.set(r.party_id as string, set);
    }
    for (const [party, roles] of rolesOf) {
      const obligor = [...roles].some((r) => isObligorRole(r));
      const third = [...roles].some((r) => !isObligorRole(r));
      expect(obligor && third, `${party} has roles ${[...roles].join(', ')}`).toBe(false);
    }
    // And the lender holds no identity numbers for them.
    for (const [party, roles] of rolesOf) {
      if (![...roles].some((r) => isObligorRole(r))) expect(partiesById.get(party)?.id_number).toBe('');
    }
  });

  it('dates every payment on or before the as-of date, with the payer’s own offset, in the account currency', () => {
    const problems: string[] = [];
    for (const p of records.payments) {
      const paidAt = p.paid_at as string;
      const parsed = parseInstant(paidAt);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(paidAt) || !parsed.ok) {
        problems.push(`${p.payment_id} paid_at ${paidAt}`);
        continue;
      }
      // Neither the portfolio's business date nor the payer's own calendar date is after as-of.
      const portfolio = accountsById.get(p.account_id as string)?.portfolio as Portfolio;
      if (dateInZone(parsed.iso, PORTFOLIO_TIME_ZONES[portfolio]) > AS_OF || paidAt.slice(0, 10) > AS_OF) {
        problems.push(`${p.payment_id} paid after as-of: ${paidAt}`);
      }
      const payer = p.payer_party_id === '' ? undefined : partiesById.get(p.payer_party_id as string);
      if (payer && dateInZone(parsed.iso, payer.timezone as string) !== paidAt.slice(0, 10)) {
        problems.push(`${p.payment_id} ${paidAt} is not a wall-clock time in ${payer.timezone}`);
      }
      if (p.currency !== accountsById.get(p.account_id as string)?.currency) problems.push(`${p.payment_id} currency`);
      const amount = parseAmount(p.amount as string, p.currency as string);
      if (!amount.ok || amount.minor <= 0) problems.push(`${p.payment_id} amount ${p.amount}`);
    }
    expect(problems).toEqual([]);
    expect(records.payments.some((p) => (p.paid_at as string).endsWith('+08:00'))).toBe(true);
    expect(records.payments.some((p) => /-0[45]:00$/.test(p.paid_at as string))).toBe(true);
  });

  it('drives histories by archetype: punctual payers stay current, settlers are paid off, the tail spreads', () => {
    const asOfDay = toDay(AS_OF);
    const buckets = new Map<string, number>();
    const wrong: string[] = [];
    for (const account of demoAccounts(OPTIONS)) {
      const { mirror } = account.history();
      const dpd = mirror.dpdOn(asOfDay);
      if (account.archetype === 'punctual' && dpd !== 0) wrong.push(`${account.accountId} punctual at ${dpd} DPD`);
      if (account.archetype === 'early_settler' && !mirror.settled()) wrong.push(`${account.accountId} not settled`);
      const bucket = dpd === 0 ? 'M0' : dpd <= 30 ? 'M1' : dpd <= 90 ? 'M2-M3' : dpd <= 180 ? 'M4-M6' : 'M7+';
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
    expect(wrong).toEqual([]);
    expect(buckets.get('M0') ?? 0).toBeGreaterThan(600);
    expect(buckets.get('M0') ?? 0).toBeLessThan(900);
    for (const b of ['M1', 'M2-M3', 'M4-M6', 'M7+']) expect(buckets.get(b) ?? 0, b).toBeGreaterThan(10);
  });

  it('streams: records come out one at a time without building the portfolio first', () => {
    const iterator = demoRecords({ accounts: 1_000_000, seed: 1, asOf: AS_OF }, 'accounts')[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value?.account_id).toMatch(/^[A-Z]+-0000001$/);
    iterator.return?.(undefined);
  });
});
