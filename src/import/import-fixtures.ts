/**
 * Helpers for the import tests (no test framework in here): run an import from in-memory records, write a
 * temporary file, and dump the database for "nothing changed" comparisons.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../store/open-database.js';
import type { ImportKind } from './import-kinds.js';
import { type ImportReport, importRecords } from './import-records.js';

export const FIXTURE_NOW = new Date('2026-11-29T00:00:00Z');

export function runImport(
  store: Store,
  kind: ImportKind,
  records: Record<string, string>[],
  options: { allOrNothing?: boolean; now?: Date } = {},
): Promise<ImportReport> {
  return importRecords({ store, kind, records, now: options.now ?? FIXTURE_NOW, allOrNothing: options.allOrNothing });
}

/** Rows from a CSV-like table: the first array is the header. */
export function rowsOf(table: readonly (readonly string[])[]): Record<string, string>[] {
  const [header, ...rows] = table;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function account(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    account_id: 'A-1',
    portfolio: 'consumer',
    product: 'installment_loan',
    currency: 'CNY',
    opened_on: '2026-01-01',
    principal: '3000.00',
    annual_rate: '0.18',
    penalty_uplift: '0.5',
    late_fee: '50.00',
    grace_days: '3',
    allocation: 'standard',
    day_count: 'act360',
    cost_cap_rate: '0.24',
    ...over,
  } as Record<string, string>;
}

export function party(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    party_id: 'P-1',
    kind: 'person',
    name: '王芳',
    id_number: '',
    segment: 'white_collar',
    region: '上海',
    timezone: 'Asia/Shanghai',
    language: 'zh-CN',
    birth_date: '1988-04-12',
    occupation: '会计',
    employer: '华东贸易有限公司',
    ...over,
  } as Record<string, string>;
}

export function instalment(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    account_id: 'A-1',
    installment_no: '1',
    due_on: '2026-01-31',
    principal: '1000.00',
    interest: '45.00',
    fee: '0.00',
    ...over,
  } as Record<string, string>;
}

export function payment(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    payment_id: 'PAY-1',
    account_id: 'A-1',
    paid_at: '2026-02-02T23:30:00+08:00',
    amount: '500.00',
    currency: 'CNY',
    channel: 'wechat_pay',
    payer_party_id: '',
    ...over,
  } as Record<string, string>;
}

export function watchEvent(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    event_id: 'EV-1',
    account_id: 'A-1',
    party_id: '',
    type: 'address_change',
    occurred_on: '2026-11-20',
    details: '搬到浦东新区',
    source: 'bureau',
    ...over,
  } as Record<string, string>;
}

export interface TempDir {
  path: string;
  file(name: string, content: string | Buffer): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'dunwell-import-'));
  return {
    path,
    file(name, content) {
      const at = join(path, name);
      writeFileSync(at, content);
      return at;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

const DUMPED = [
  'portfolios',
  'parties',
  'accounts',
  'installments',
  'payments',
  'ledger_entries',
  'relations',
  'contact_points',
  'collateral',
  'watch_events',
  'activities',
] as const;

/** Every row of the portfolio and ledger tables (not the event log), in a stable order. */
export async function dumpDatabase(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of DUMPED) {
    const rows = await store.db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
