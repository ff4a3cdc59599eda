/**
 * Property: importing any valid set of files twice leaves the database exactly as the first import left
 * it, and the second import reports every row unchanged. Files are written as CSV or JSON lines so the
 * reader is part of the property; keys are unique per file, with some rows repeated verbatim.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { addDays } from '../domain/calendar/calendar.js';
import { formatAmount, minorDigits } from '../domain/money/money.js';
import type { Store } from '../store/open-database.js';
import { importFile } from './import-file.js';
import { dumpDatabase, type TempDir, tempDir } from './import-fixtures.js';
import { IMPORT_KINDS, type ImportKind, KIND_COLUMNS } from './import-kinds.js';

type Rec = Record<string, string>;
type Files = Record<ImportKind, Rec[]>;

const text = fc.string({ unit: fc.constantFrom('a', 'Z', '王', '芳', ',', '"', ' ', '\n', '-', '1'), maxLength: 12 });
const date = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2020-01-01', d));
const currency = fc.constantFrom('CNY', 'USD', 'JPY', 'KWD');
const rate = fc.constantFrom('0', '0.18', '0.065', '1', '0.2400');

const accountArb = fc.record({
  portfolio: fc.constantFrom('p-1', 'p-2', 'p-3'),
  product: fc.constantFrom('installment_loan', 'credit_card', 'invoice'),
  currency,
  // Opened by 2026-07-29, so that payments (up to 100 days after opening) are all before the import's today.
  opened_on: fc.integer({ min: 0, max: 2400 }).map((d) => addDays('2020-01-01', d)),
  annual_rate: rate,
  penalty_uplift: fc.constantFrom('', '0.5'),
  grace_days: fc.constantFrom('', '0', '3'),
  allocation: fc.constantFrom('', 'standard', 'principal_first'),
  day_count: fc.constantFrom('', 'act360', 'act365'),
  cost_cap_rate: fc.constantFrom('', '0.24', '0.36'),
  instalments: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), p: fc.nat(), i: fc.nat(), f: fc.nat() }), {
    maxLength: 4,
  }),
  payments: fc.array(
    fc.record({ minor: fc.integer({ min: 1, max: 1_000_000 }), hour: fc.integer({ min: 0, max: 2400 }) }),
    {
      maxLength: 3,
    },
  ),
  collateral: fc.boolean(),
});

const partyArb = fc.record({
  kind: fc.constantFrom('person', 'company'),
  name: text.filter((s) => s.trim() !== ''),
  segment: fc.constantFrom('', 'worker', 'retiree', 'company'),
  timezone: fc.constantFrom('', 'Asia/Shanghai', 'Europe/London'),
  language: fc.constantFrom('', 'zh-CN', 'en'),
  birth_date: fc.option(
    date.filter((d) => d <= '2026-11-29'),
    { nil: '' },
  ),
  occupation: text,
  contacts: fc.uniqueArray(fc.constantFrom('mobile', 'email', 'wechat'), { maxLength: 3 }),
});

const dataset = fc.record({
  parties: fc.array(partyArb, { minLength: 1, maxLength: 6 }),
  accounts: fc.array(fc.tuple(accountArb, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 6 }),
  repeats: fc.array(fc.nat(), { maxLength: 4 }),
  jsonl: fc.boolean(),
});

type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

function buildFiles(prefix: string, data: Dataset): Files {
  const files: Files = {
    parties: [],
    accounts: [],
    schedules: [],
    relations: [],
    contacts: [],
    payments: [],
    collateral: [],
    events: [],
    activities: [],
  };
  data.parties.forEach((p, n) => {
    const party_id = `${prefix}P${n}`;
    files.parties.push({
      party_id,
      kind: p.kind,
      name: p.name.trim(),
      id_number: '',
      segment: p.segment,
      region: '',
      timezone: p.timezone,
      language: p.language,
      birth_date: p.birth_date,
      occupation: p.occupation.trim(),
      employer: '',
    });
    for (const type of p.contacts) {
      const value = type === 'mobile' ? `+86 138 0000 ${String(n).padStart(4, '0')}` : `${party_id}@example.com`;
      files.contacts.push({ party_id, type, value, verified: n % 2 ? 'true' : '0', do_not_contact: '' });
    }
  });
  data.accounts.forEach(([a, partyPick], n) => {
    const account_id = `${prefix}A${n}`;
    const digits = minorDigits(a.currency);
    const money = (minor: number) => formatAmount(minor % 10 ** (8 + digits), a.currency);
    files.accounts.push({
      account_id,
      portfolio: `${prefix}${a.portfolio}`,
      product: a.product,
      currency: a.currency,
      opened_on: a.opened_on,
      principal: money(a.instalments.reduce((s, i) => s + i.p, 0)),
      annual_rate: a.annual_rate,
      penalty_uplift: a.penalty_uplift,
      late_fee: money(500),
      grace_days: a.grace_days,
      allocation: a.allocation,
      day_count: a.day_count,
      cost_cap_rate: a.cost_cap_rate,
    });
    let due = a.opened_on;
    a.instalments.forEach((i, k) => {
      due = addDays(due, i.gap);
      files.schedules.push({
        account_id,
        installment_no: String(k + 1),
        due_on: due,
        principal: money(i.p),
        interest: money(i.i),
        fee: money(i.f),
      });
    });
    const partyId = `${prefix}P${partyPick % data.parties.length}`;
    files.relations.push({ account_id, party_id: partyId, role: 'borrower' });
    // A watch event on the borrower (it applies to each of the party's accounts), and some on an account.
    files.events.push({
      event_id: `${account_id}-EVP`,
      account_id: '',
      party_id: partyId,
      type: 'employer_change',
      occurred_on: '2026-11-01',
      details: 'new employer, "ACME"',
      source: '',
    });
    if (n % 2 === 0) {
      files.events.push({
        event_id: `${account_id}-EVA`,
        account_id,
        party_id: '',
        type: 'litigation',
        occurred_on: a.opened_on,
        details: '',
        source: 'court',
      });
    }
    a.payments.forEach((p, k) => {
      // On or after the opening day in every portfolio zone (they are all Asia/Shanghai, UTC+8).
      const paidAt = new Date(Date.parse(`${a.opened_on}T00:00:00Z`) + p.hour * 3_600_000)
        .toISOString()
        .replace('.000Z', '+00:00');
      files.payments.push({
        payment_id: `${account_id}-PAY${k}`,
        account_id,
        paid_at: paidAt,
        amount: money(p.minor),
        currency: a.currency,
        channel: k % 2 ? 'alipay' : 'bank_transfer',
        payer_party_id: k % 2 ? partyId : '',
      });
    });
    if (a.collateral) {
      files.collateral.push({
        collateral_id: `${account_id}-C`,
        account_id,
        type: 'vehicle',
        description: 'car, "blue"',
        value: money(123_456),
        valued_on: a.opened_on,
      });
    }
    // A reminder the source system sent, or a note; `system` is the staff (this dataset has no users).
    files.activities.push({
      activity_id: `${account_id}-ACT`,
      account_id,
      party_id: n % 2 ? partyId : '',
      channel: n % 2 ? 'sms' : 'note',
      direction: '',
      contact_point: n % 2 ? '+86 138 0000 0001' : '',
      staff: 'system',
      started_at: `${a.opened_on}T09:30:00+08:00`,
      ended_at: '',
      outcome: n % 2 ? 'delivered' : 'note',
      excuse: '',
      note: 'said "later", will call back',
      evidence: n % 2 ? 'sms-1,sms-2' : '',
    });
  });
  // Some rows appear twice, verbatim.
  for (const r of data.repeats) {
    const kind = IMPORT_KINDS[r % IMPORT_KINDS.length] as ImportKind;
    const rows = files[kind];
    const row = rows[r % Math.max(1, rows.length)];
    if (row) rows.push({ ...row });
  }
  return files;
}

function serialise(rows: readonly Rec[], columns: readonly string[], jsonl: boolean): string {
  if (jsonl) return rows.map((r) => JSON.stringify(r)).join('\n');
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(',')).join('\n')}\n`;
}

describe.each(testEngines)('re-importing on $name', (engine) => {
  let store: Store;
  let dir: TempDir;
  let run = 0;
  beforeAll(async () => {
    store = await engine.open();
    dir = tempDir();
  });
  afterAll(async () => {
    dir.remove();
    await store.close();
  });

  it('changes nothing: the database is identical and every row of the second import is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const prefix = `r${run++}-`;
        const files = buildFiles(prefix, data);
        // A JSON-lines file has no header: with no rows it would be empty, which an import refuses.
        const kinds = IMPORT_KINDS.filter((kind) => !data.jsonl || files[kind].length > 0);
        const paths = kinds.map((kind) => {
          const name = `${prefix}${kind}.${data.jsonl ? 'jsonl' : 'csv'}`;
          return [kind, dir.file(name, serialise(files[kind], KIND_COLUMNS[kind].columns, data.jsonl))] as const;
        });
        for (const [kind, path] of paths) {
          const first = await importFile({ store, kind, path, now: new Date('2026-11-29T00:00:00Z') });
          expect(first.rejected, kind).toEqual([]);
        }
        const before = await dumpDatabase(store);
        for (const [kind, path] of paths) {
          const second = await importFile({ store, kind, path, now: new Date('2026-12-31T00:00:00Z') });
          expect(second, kind).toMatchObject({ inserted: 0, updated: 0, rejected: [], createdPortfolios: [] });
          expect(second.unchanged, kind).toBe(files[kind].length);
        }
        expect(await dumpDatabase(store)).toEqual(before);
      }),
      { numRuns: engine.name === 'postgres' ? 15 : 30 },
    );
  });
});
