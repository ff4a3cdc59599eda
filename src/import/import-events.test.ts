import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, party, runImport, watchEvent } from './import-fixtures.js';

describe.each(testEngines)('import events on $name', (engine) => {
  let store: Store;
  let keys: Map<string, number>;
  beforeEach(async () => {
    store = await engine.open();
    await runImport(store, 'parties', [
      party(),
      party({ party_id: 'G-1', name: '李强', segment: 'small_business' }),
      party({ party_id: 'C-1', name: '张伟' }),
      party({ party_id: 'P-9', name: '陈静' }),
    ]);
    await runImport(store, 'accounts', [account(), account({ account_id: 'A-2' }), account({ account_id: 'A-3' })]);
    await runImport(store, 'relations', [
      { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
      { account_id: 'A-2', party_id: 'G-1', role: 'borrower' },
      // G-1 guarantees A-1 as well; C-1 is only A-3's emergency contact (a third party, not an obligor).
      { account_id: 'A-1', party_id: 'G-1', role: 'guarantor' },
      { account_id: 'A-3', party_id: 'C-1', role: 'emergency_contact' },
    ]);
    const ids = await store.db.selectFrom('accounts').select(['id', 'account_id']).execute();
    const parties = await store.db.selectFrom('parties').select(['id', 'party_id']).execute();
    keys = new Map([
      ...ids.map((r) => [r.account_id, Number(r.id)] as const),
      ...parties.map((r) => [r.party_id, Number(r.id)] as const),
    ]);
  });
  afterEach(async () => {
    await store.close();
  });

  const stored = async () =>
    (
      await store.db
        .selectFrom('watch_events')
        .select(['event_id', 'account_id', 'party_id', 'type', 'occurred_on', 'details', 'source'])
        .orderBy('event_id')
        .orderBy('account_id')
        .execute()
    ).map((r) => ({
      ...r,
      account_id: Number(r.account_id),
      party_id: r.party_id === null ? null : Number(r.party_id),
    }));

  it('records an account event, and a party event once for every account the party owes', async () => {
    const report = await runImport(store, 'events', [
      watchEvent(),
      // G-1 is A-2's borrower and A-1's guarantor: the insolvency filing concerns both debts.
      watchEvent({ event_id: 'EV-2', account_id: '', party_id: 'G-1', type: 'insolvency', details: '', source: '' }),
    ]);
    expect(report).toMatchObject({ rows: 2, inserted: 2, updated: 0, unchanged: 0, rejected: [] });
    expect(await stored()).toEqual([
      {
        event_id: 'EV-1',
        account_id: keys.get('A-1'),
        party_id: null,
        type: 'address_change',
        occurred_on: '2026-11-20',
        details: '搬到浦东新区',
        source: 'bureau',
      },
      ...[keys.get('A-1'), keys.get('A-2')]
        .sort((a = 0, b = 0) => a - b)
        .map((account_id) => ({
          event_id: 'EV-2',
          account_id,
          party_id: keys.get('G-1'),
          type: 'insolvency',
          occurred_on: '2026-11-20',
          details: null,
          source: null,
        })),
    ]);
  });

  it('re-importing the same file changes nothing; a correction updates every account the event is on', async () => {
    const file = [
      watchEvent(),
      watchEvent({ event_id: 'EV-2', account_id: '', party_id: 'G-1', type: 'death', details: '' }),
    ];
    await runImport(store, 'events', file);
    const before = await dumpDatabase(store);
    const again = await runImport(store, 'events', file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: [] });
    expect(await dumpDatabase(store)).toEqual(before);

    const corrected = await runImport(store, 'events', [
      watchEvent({ event_id: 'EV-2', account_id: '', party_id: 'G-1', type: 'death', occurred_on: '2026-11-18' }),
    ]);
    expect(corrected).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejected: [] });
    const rows = (await stored()).filter((r) => r.event_id === 'EV-2');
    expect(rows.map((r) => [r.occurred_on, r.details])).toEqual([
      ['2026-11-18', '搬到浦东新区'],
      ['2026-11-18', '搬到浦东新区'],
    ]);
  });

  it('a party event reaches an account the party later became liable for; the old accounts are unchanged', async () => {
    const file = [watchEvent({ account_id: '', party_id: 'P-1', type: 'phone_change' })];
    expect(await runImport(store, 'events', file)).toMatchObject({ inserted: 1 });
    await runImport(store, 'relations', [{ account_id: 'A-3', party_id: 'P-1', role: 'co_borrower' }]);
    expect(await runImport(store, 'events', file)).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored()).map((r) => r.account_id)).toEqual([keys.get('A-1'), keys.get('A-3')]);
  });

  it('reports bad rows by row, field and reason and keeps the good ones', async () => {
    await runImport(store, 'events', [watchEvent()]);
    const report = await runImport(store, 'events', [
      watchEvent({ event_id: 'EV-10', account_id: '' }),
      watchEvent({ event_id: 'EV-11', account_id: 'A-404' }),
      watchEvent({ event_id: 'EV-12', account_id: '', party_id: 'P-404' }),
      watchEvent({ event_id: 'EV-13', type: 'divorce' }),
      watchEvent({ event_id: 'EV-14', occurred_on: '2026-12-01' }),
      watchEvent({ event_id: 'EV-15', occurred_on: '2026-02-30' }),
      // A third party's news is not an obligor's: C-1 owes nothing.
      watchEvent({ event_id: 'EV-16', account_id: '', party_id: 'C-1' }),
      watchEvent({ event_id: 'EV-17', account_id: 'A-2', party_id: 'P-1' }),
      // EV-1 is about account A-1; it cannot move to A-2 or to a party.
      watchEvent({ account_id: 'A-2' }),
      watchEvent({ account_id: '', party_id: 'P-1' }),
      watchEvent({ event_id: '', account_id: 'A-1' }),
      watchEvent({
        event_id: 'EV-20',
        account_id: 'A-1',
        party_id: 'G-1',
        type: 'litigation',
        occurred_on: '2026-11-30',
      }),
    ]);
    expect(report).toMatchObject({ rows: 12, inserted: 1, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([
      {
        row: 1,
        field: 'account_id',
        reason: 'account_id or party_id is required (the account or the party the event is about)',
      },
      { row: 2, field: 'account_id', reason: 'account A-404 does not exist' },
      { row: 3, field: 'party_id', reason: 'party P-404 does not exist' },
      expect.objectContaining({ row: 4, field: 'type', reason: expect.stringContaining('"divorce" is not one of') }),
      {
        row: 5,
        field: 'occurred_on',
        reason: 'occurred_on 2026-12-01 is after 2026-11-30 (one day after today, 2026-11-29)',
      },
      expect.objectContaining({ row: 6, field: 'occurred_on' }),
      {
        row: 7,
        field: 'party_id',
        reason:
          'party C-1 is not a borrower, co-borrower or guarantor of any account, so the event applies to none; import its relations first',
      },
      expect.objectContaining({ row: 8, field: 'party_id', reason: expect.stringContaining('of account A-2') }),
      {
        row: 9,
        field: 'account_id',
        reason: 'event EV-1 is recorded for account A-1; it cannot be moved to account A-2',
      },
      { row: 10, field: 'party_id', reason: 'event EV-1 is recorded for account A-1; it cannot be moved to party P-1' },
      { row: 11, field: 'event_id', reason: 'event_id is required' },
    ]);
    // Row 12: the guarantor's lawsuit, on the one account named, dated tomorrow UTC (already today east of it).
    expect((await stored()).filter((r) => r.event_id === 'EV-20')).toEqual([
      expect.objectContaining({ account_id: keys.get('A-1'), party_id: keys.get('G-1'), occurred_on: '2026-11-30' }),
    ]);
  });

  it('all-or-nothing applies nothing when a row is bad', async () => {
    const before = await dumpDatabase(store);
    const report = await runImport(store, 'events', [watchEvent(), watchEvent({ event_id: 'EV-2', type: 'x' })], {
      allOrNothing: true,
    });
    expect(report).toMatchObject({ inserted: 0, rejected: [expect.objectContaining({ row: 2, field: 'type' })] });
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('within one file, a repeated event is unchanged when identical and the last correction wins', async () => {
    const report = await runImport(store, 'events', [watchEvent(), watchEvent(), watchEvent({ details: '又搬家了' })]);
    expect(report).toMatchObject({ inserted: 1, unchanged: 1, updated: 1, rejected: [] });
    expect((await stored()).map((r) => r.details)).toEqual(['又搬家了']);
  });
});
