/**
 * What encrypting personal data costs, on its own: `node dist/bench/privacy-cost.js [--accounts N]
 * [--rounds R] [--dir DIR]`.
 *
 * 1. The primitives, per value, over the benchmark's own contact values: sealing (AES-256-GCM with a fresh
 *    IV and the masked form), the blind index (HMAC-SHA-256 of the normalised value), opening, and masking
 *    a sealed value (which reads the masked form it carries: no decryption).
 * 2. The imports that seal: the benchmark's parties (each with an ID number) and contacts files, imported
 *    into a fresh SQLite database, rows per second, `--rounds` times (median). Run the same script on a build
 *    without sealing for the "before" figure (the README's "Personal data" section gives both).
 *
 * The daily cycle reads no personal value and so decrypts nothing; the outbox opens one recipient per
 * message it sends, right before the adapter.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../src/import/import-file.js';
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { csvWriter } from './csv-writer.js';
import { writeContacts } from './generate-contacts.js';
import { seededRandom } from './seeded-random.js';
import { writeParty } from './write-party.js';

const { values } = parseArgs({
  options: { accounts: { type: 'string' }, rounds: { type: 'string' }, dir: { type: 'string' } },
});
const accounts = Number(values.accounts ?? 100_000);
const rounds = Number(values.rounds ?? 3);
const NOW = new Date('2026-11-29T02:00:00Z');

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const µs = (ms: number, n: number) => ((ms * 1000) / n).toFixed(2);

async function writeBook(dir: string): Promise<{ parties: string; contacts: string; values: string[] }> {
  const rnd = seededRandom(20261129);
  const parties = join(dir, 'parties.csv');
  const out = csvWriter(parties, KIND_COLUMNS.parties.columns);
  const company = new Uint8Array(accounts);
  for (let i = 0; i < accounts; i++) {
    company[i] = writeParty(out, rnd, i + 1) ? 1 : 0;
    await out.drain();
  }
  await out.close();
  const contacts = join(dir, 'contacts.csv');
  await writeContacts(contacts, company, rnd);
  const values = readFileSync(contacts, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split(',')[2] ?? '');
  return { parties, contacts, values };
}

/** The primitives, if this build has them (a build from before encryption has not). */
async function primitives(values: readonly string[]): Promise<void> {
  let sealed: typeof import('../src/privacy/sealed-value.js');
  let key: typeof import('../src/privacy/personal-data-key.js');
  try {
    sealed = await import('../src/privacy/sealed-value.js');
    key = await import('../src/privacy/personal-data-key.js');
  } catch {
    console.log('primitives: this build has no src/privacy (before encryption)');
    return;
  }
  const keys = key.keysFromText(randomBytes(32).toString('base64'), 'bench');
  const time = (fn: () => void) => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };
  const stored: string[] = [];
  const seal = time(() => {
    for (const v of values) stored.push(sealed.sealValue(keys, 'phone', v));
  });
  const index = time(() => {
    for (const v of values) sealed.blindIndex(keys, 'phone', v);
  });
  const open = time(() => {
    for (const s of stored) sealed.openValue(keys, s);
  });
  const mask = time(() => {
    for (const s of stored) sealed.maskStored('phone', s);
  });
  const n = values.length;
  console.log(
    `primitives over ${n.toLocaleString('en-US')} values: seal ${µs(seal, n)} µs, blind index ${µs(index, n)} µs, ` +
      `open ${µs(open, n)} µs, mask a sealed value ${µs(mask, n)} µs`,
  );
}

async function imports(book: { parties: string; contacts: string }, dir: string): Promise<void> {
  const rates: Record<'parties' | 'contacts', number[]> = { parties: [], contacts: [] };
  for (let round = 0; round < rounds; round++) {
    const location = join(dir, `round-${round}.db`);
    const store = openStore(location);
    try {
      await migrate(store.db, store.engine, NOW);
      for (const kind of ['parties', 'contacts'] as const) {
        const started = performance.now();
        const report = await importFile({ store, kind, path: book[kind], now: NOW });
        const ms = performance.now() - started;
        rates[kind].push(Math.round(report.rows / (ms / 1000)));
      }
    } finally {
      await store.close();
    }
  }
  for (const kind of ['parties', 'contacts'] as const) {
    console.log(
      `import ${kind}: ${median(rates[kind]).toLocaleString('en-US')} rows/s (median of ${rounds}: ${rates[kind].join(', ')})`,
    );
  }
}

const dir = mkdtempSync(join(values.dir ?? tmpdir(), 'dunwell-privacy-cost-'));
try {
  const book = await writeBook(dir);
  console.log(`${accounts.toLocaleString('en-US')} parties, ${book.values.length.toLocaleString('en-US')} contacts`);
  await primitives(book.values);
  await imports(book, dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
