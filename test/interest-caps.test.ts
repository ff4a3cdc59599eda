/**
 * Interest caps per pack and portfolio, on both engines: the import stores the lower of the contract's
 * cost cap and the pack's for the portfolio's lender kind (24 % for a licensed lender, 4 × the one-year
 * LPR at the contract date for private lending), refuses a licensed lender's penalty uplift outside
 * 30 %–50 %, changes nothing on a re-import; the cycle's ledger then keeps every account under its cap;
 * `portfolio set --lender-kind` is taken before accounts come in and refused after.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCycle } from '../src/cycle/run-cycle.js';
import { toDay } from '../src/domain/calendar/calendar.js';
import { costCapOn } from '../src/domain/ledger/cost-cap.js';
import { account, instalment, runImport } from '../src/import/import-fixtures.js';
import { configurePortfolio } from '../src/portfolio/configure-portfolio.js';
import type { Store } from '../src/store/open-database.js';
import { ACCOUNT_TERMS_COLUMNS, termsFromTuple } from '../src/store/shapes/account-terms.js';
import { testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';

const NOW = new Date('2026-11-29T02:00:00Z');

async function caps(store: Store): Promise<Record<string, string | null>> {
  const rows = await store.db
    .selectFrom('accounts')
    .select(['account_id', 'cost_cap_rate'])
    .orderBy('account_id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.account_id, r.cost_cap_rate]));
}

describe.each(testEngines)('interest caps on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('a licensed lender: the 24 % line unless the contract says less; not for invoices', async () => {
    const rows = [
      account({ account_id: 'L-NONE', cost_cap_rate: '' }),
      account({ account_id: 'L-36', cost_cap_rate: '0.36' }),
      account({ account_id: 'L-15', cost_cap_rate: '0.15' }),
      account({ account_id: 'L-INV', product: 'invoice', penalty_uplift: '0', cost_cap_rate: '' }),
    ];
    const report = await runImport(store, 'accounts', rows);
    expect(report).toMatchObject({ inserted: 4, rejected: [] });
    expect(await caps(store)).toEqual({ 'L-15': '0.15', 'L-36': '0.24', 'L-INV': null, 'L-NONE': '0.24' });
    // The same file again: resolved the same way, nothing changes.
    expect(await runImport(store, 'accounts', rows)).toMatchObject({ unchanged: 4, updated: 0, rejected: [] });
  });

  it('a private lender: 4 × the one-year LPR in force on the contract date; 24 % before the 2020 rules', async () => {
    await configurePortfolio({ db: store.db, portfolioId: 'p2p', lenderKind: 'private', actor: 'test', now: NOW });
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'P-2021', portfolio: 'p2p', opened_on: '2021-03-01', cost_cap_rate: '' }),
      account({ account_id: 'P-2025', portfolio: 'p2p', opened_on: '2025-01-01', cost_cap_rate: '0.36' }),
      account({ account_id: 'P-2020', portfolio: 'p2p', opened_on: '2020-05-01', cost_cap_rate: '' }),
      // Outside the licensed range, but private lending is capped by the LPR alone.
      account({ account_id: 'P-UPLIFT', portfolio: 'p2p', opened_on: '2025-06-01', penalty_uplift: '1' }),
    ]);
    expect(report.rejected).toEqual([]);
    // 4 × 3.85 % = 15.4 %; 4 × 3.10 % = 12.4 %; 4 × 3.00 % = 12 %.
    expect(await caps(store)).toEqual({ 'P-2020': '0.24', 'P-2021': '0.154', 'P-2025': '0.124', 'P-UPLIFT': '0.12' });
  });

  it('refuses a licensed lender’s penalty uplift outside 30 %–50 %, naming the range and its source', async () => {
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'U-60', penalty_uplift: '0.6' }),
      account({ account_id: 'U-20', penalty_uplift: '0.2' }),
      account({ account_id: 'U-30', penalty_uplift: '0.3' }),
      account({ account_id: 'U-0', penalty_uplift: '0' }),
    ]);
    expect(report.rejected).toEqual([
      {
        row: 1,
        field: 'penalty_uplift',
        reason: expect.stringMatching(
          /^penalty_uplift 0\.6 is outside 0\.3–0\.5 \(\+30 % to \+50 % of the contract rate\), the range for a licensed lender's penalty interest \(.*银发〔2003〕251号/,
        ),
      },
      { row: 2, field: 'penalty_uplift', reason: expect.stringMatching(/^penalty_uplift 0\.2 is outside 0\.3–0\.5/) },
    ]);
    expect(Object.keys(await caps(store))).toEqual(['U-0', 'U-30']);
  });

  it('the ledger keeps a private loan under 4 × LPR where the licensed line would not bite', async () => {
    await configurePortfolio({ db: store.db, portfolioId: 'p2p', lenderKind: 'private', actor: 'test', now: NOW });
    // 10,000.00 at 10 % a year plus a 50 % uplift, one instalment due 2025-02-01 and never paid: about
    // 15 % a year of penalty, above the 12.4 % cap of a contract made on 2025-01-01; the same loan from a
    // licensed lender stays under its 24 % line.
    const loan = {
      opened_on: '2025-01-01',
      principal: '10000.00',
      annual_rate: '0.10',
      cost_cap_rate: '',
      late_fee: '50.00',
    };
    expect(
      await runImport(store, 'accounts', [
        account({ ...loan, account_id: 'PRIVATE', portfolio: 'p2p' }),
        account({ ...loan, account_id: 'LICENSED' }),
      ]),
    ).toMatchObject({ rejected: [] });
    const due = { due_on: '2025-02-01', principal: '10000.00', interest: '83.33' };
    await runImport(store, 'schedules', [
      instalment({ ...due, account_id: 'PRIVATE' }),
      instalment({ ...due, account_id: 'LICENSED' }),
    ]);
    await runCycle({ store, asOf: '2026-11-29', now: () => NOW });
    const rows = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'opened_on', 'posted_costs', 'out_interest', ...ACCOUNT_TERMS_COLUMNS])
      .orderBy('account_id')
      .execute();
    const [licensed, privateLoan] = rows;
    if (!licensed || !privateLoan) throw new Error('two accounts');
    const capOf = (r: typeof licensed) => {
      const terms = termsFromTuple(
        String(r.opened_on),
        ACCOUNT_TERMS_COLUMNS.map((c) => r[c]) as Parameters<typeof termsFromTuple>[1],
      );
      return costCapOn(terms, toDay('2026-11-29')) ?? Number.POSITIVE_INFINITY;
    };
    // Scheduled interest plus every penalty and late fee charged: at the cap for the private loan.
    const spent = (r: typeof licensed) => Number(r.posted_costs) + 8_333;
    const privateCap = capOf(privateLoan);
    expect(privateLoan.cost_cap_rate).toBe('0.124');
    expect(spent(privateLoan)).toBeLessThanOrEqual(privateCap);
    expect(spent(privateLoan)).toBeGreaterThan(privateCap - 1_000);
    expect(spent(licensed)).toBeGreaterThan(spent(privateLoan));
    expect(spent(licensed)).toBeLessThan(capOf(licensed));
  });

  it('takes the lender kind before accounts come in, and refuses to change it after', async () => {
    const db = await engine.location();
    try {
      const set = (...args: string[]) => runCli(db.location, 'portfolio', 'set', 'p2p', ...args);
      const created = await set('--lender-kind', 'private', '--json');
      expect(created.code, created.err).toBe(0);
      expect(JSON.parse(created.out)).toMatchObject({ portfolio_id: 'p2p', lender_kind: 'private' });
      expect((await set('--lender-kind', 'public')).err).toMatch(
        /lender kind "public" is not one of licensed, private/,
      );
      const text = await runCli(db.location, 'portfolio', 'list');
      expect(text.out).toContain('  lender kind private');
    } finally {
      await db.drop();
    }
    await runImport(store, 'accounts', [account({ account_id: 'K-1' })]);
    await expect(
      configurePortfolio({ db: store.db, portfolioId: 'consumer', lenderKind: 'private', actor: 'test', now: NOW }),
    ).rejects.toThrow(
      /portfolio consumer holds 1 account whose interest caps were set for a licensed lender; set the lender kind before importing/,
    );
    // Saying the kind it already has is no change.
    await configurePortfolio({
      db: store.db,
      portfolioId: 'consumer',
      lenderKind: 'licensed',
      actor: 'test',
      now: NOW,
    });
  });
});
