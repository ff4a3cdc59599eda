import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, party, runImport } from './import-fixtures.js';

describe.each(testEngines)('import parties, contacts, relations and collateral on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('imports parties with Chinese text, canonical language tags and blanks as NULL', async () => {
    const report = await runImport(store, 'parties', [
      party(),
      party({
        party_id: 'P-2',
        kind: 'company',
        name: 'Harbour Trading Ltd, "HTL"',
        segment: '',
        region: '',
        timezone: 'Europe/London',
        language: 'en-gb',
        birth_date: '',
        occupation: '',
        employer: '',
      }),
    ]);
    expect(report).toMatchObject({ inserted: 2, rejected: [] });
    const rows = await store.db.selectFrom('parties').selectAll().orderBy('party_id').execute();
    expect(rows[0]).toMatchObject({ name: '王芳', region: '上海', language: 'zh-CN', birth_date: '1988-04-12' });
    expect(rows[1]).toMatchObject({
      kind: 'company',
      name: 'Harbour Trading Ltd, "HTL"',
      segment: null,
      language: 'en-GB',
      birth_date: null,
      employer: null,
    });
  });

  it('rejects bad party fields and updates changed ones', async () => {
    const report = await runImport(store, 'parties', [
      party({ party_id: 'X1', kind: 'robot' }),
      party({ party_id: 'X2', segment: 'student' }),
      party({ party_id: 'X3', timezone: 'Mars/Olympus' }),
      party({ party_id: 'X4', timezone: 'EST' }),
      party({ party_id: 'X5', language: 'chinese_simplified' }),
      party({ party_id: 'X6', birth_date: '2026-11-30' }),
      party({ party_id: 'X7', birth_date: '1990-13-01' }),
      party({ party_id: 'X8', name: '' }),
      party({ party_id: 'X9', timezone: 'asia/shanghai' }),
    ]);
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'kind'],
      [2, 'segment'],
      [3, 'timezone'],
      [4, 'timezone'],
      [5, 'language'],
      [6, 'birth_date'],
      [7, 'birth_date'],
      [8, 'name'],
      [9, 'timezone'],
    ]);
    expect(report.rejected[2]?.reason).toBe('timezone "Mars/Olympus" is not an IANA time zone such as Asia/Shanghai');
    expect(report.rejected[5]?.reason).toBe('birth_date 2026-11-30 is after 2026-11-29 (today)');

    await runImport(store, 'parties', [party()]);
    const renamed = await runImport(store, 'parties', [party({ name: '王芳芳', region: '' })]);
    expect(renamed).toMatchObject({ updated: 1, inserted: 0 });
    const row = await store.db.selectFrom('parties').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: '王芳芳', region: null, updated_at: '2026-11-29T00:00:00.000Z' });
  });

  it('imports contacts, updates their flags and refuses bad values', async () => {
    await runImport(store, 'parties', [party()]);
    const contacts = [
      { party_id: 'P-1', type: 'mobile', value: '+86 138 0013 8000', verified: 'true', do_not_contact: '' },
      { party_id: 'P-1', type: 'email', value: 'wang.fang@example.com', verified: '0', do_not_contact: 'no' },
      {
        party_id: 'P-1',
        type: 'address',
        value: '上海市浦东新区世纪大道100号\n2楼',
        verified: 'yes',
        do_not_contact: '1',
      },
    ];
    expect(await runImport(store, 'contacts', contacts)).toMatchObject({ inserted: 3, rejected: [] });
    expect(await runImport(store, 'contacts', contacts)).toMatchObject({ unchanged: 3, inserted: 0, updated: 0 });
    const changed = await runImport(store, 'contacts', [
      { ...contacts[0], do_not_contact: 'TRUE' } as Record<string, string>,
      { party_id: 'P-1', type: 'fax', value: '123' },
      { party_id: 'P-1', type: 'email', value: 'not-an-address' },
      { party_id: 'P-1', type: 'mobile', value: 'call me' },
      { party_id: 'P-404', type: 'wechat', value: 'wx_id' },
      { party_id: 'P-1', type: 'wechat', value: 'wx_id', verified: 'maybe' },
    ]);
    expect(changed).toMatchObject({ updated: 1 });
    expect(changed.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [2, 'type', 'type "fax" is not one of mobile, landline, email, address, wechat'],
      // Rejections quote the value masked: reports and logs never carry personal data.
      [3, 'value', 'value "n***" is not an e-mail address'],
      [4, 'value', 'value "****" is not a phone number (digits, spaces, +, -, parentheses)'],
      [5, 'party_id', 'party P-404 does not exist'],
      [6, 'verified', 'verified "maybe" is not a yes/no value (1 or 0, true or false)'],
    ]);
    const stored = await store.db.selectFrom('contact_points').selectAll().orderBy('type').execute();
    expect(stored.map((c) => [c.type, c.verified, c.do_not_contact])).toEqual([
      ['address', 1, 1],
      ['email', 0, 0],
      ['mobile', 1, 1],
    ]);
  });

  it('links parties to accounts by role, once', async () => {
    await runImport(store, 'parties', [party(), party({ party_id: 'P-2' })]);
    await runImport(store, 'accounts', [account()]);
    const relations = [
      { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
      { account_id: 'A-1', party_id: 'P-2', role: 'guarantor' },
      { account_id: 'A-1', party_id: 'P-2', role: 'emergency_contact' },
    ];
    expect(await runImport(store, 'relations', relations)).toMatchObject({ inserted: 3, rejected: [] });
    const again = await runImport(store, 'relations', [
      ...relations,
      relations[0] as Record<string, string>,
      { account_id: 'A-1', party_id: 'P-2', role: 'landlord' },
      { account_id: 'A-404', party_id: 'P-2', role: 'friend' },
      { account_id: 'A-1', party_id: 'P-404', role: 'friend' },
    ]);
    expect(again).toMatchObject({ inserted: 0, unchanged: 4 });
    expect(again.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [5, 'role', expect.stringContaining('role "landlord" is not one of borrower, co_borrower, guarantor')],
      [6, 'account_id', 'account A-404 does not exist'],
      [7, 'party_id', 'party P-404 does not exist'],
    ]);
    expect(await store.db.selectFrom('relations').select('role').execute()).toHaveLength(3);
  });

  it('values collateral in the account currency, updates revaluations and refuses a move to another account', async () => {
    await runImport(store, 'accounts', [
      account(),
      account({ account_id: 'A-2', currency: 'JPY', principal: '100000' }),
    ]);
    const item = {
      collateral_id: 'C-1',
      account_id: 'A-1',
      type: 'vehicle',
      description: '比亚迪 汉, 2023',
      value: '150000.00',
      valued_on: '2026-01-01',
    };
    expect(await runImport(store, 'collateral', [item])).toMatchObject({ inserted: 1, rejected: [] });
    const before = await dumpDatabase(store);
    expect(await runImport(store, 'collateral', [item])).toMatchObject({ unchanged: 1 });
    expect(await dumpDatabase(store)).toEqual(before);
    const report = await runImport(store, 'collateral', [
      { ...item, value: '120000.00', valued_on: '2026-06-30' },
      { ...item, account_id: 'A-2', value: '1000' },
      { ...item, collateral_id: 'C-2', account_id: 'A-2', value: '1000.5' },
      { ...item, collateral_id: 'C-3', type: 'painting' },
      { ...item, collateral_id: 'C-4', valued_on: '2026-04-31' },
      { ...item, collateral_id: 'C-5', description: '' },
    ]);
    expect(report).toMatchObject({ updated: 1, inserted: 0 });
    expect(report.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [2, 'account_id', 'collateral C-1 secures account A-1; it cannot move to account A-2'],
      [3, 'value', 'value 1000.5 has more than 0 decimal places for JPY'],
      [4, 'type', expect.stringContaining('type "painting" is not one of real_estate')],
      [5, 'valued_on', 'valued_on 2026-04-31 is not a date that exists (YYYY-MM-DD)'],
      [6, 'description', 'description is required'],
    ]);
    const stored = await store.db.selectFrom('collateral').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      value: 12_000_000,
      currency: 'CNY',
      valued_on: '2026-06-30',
      description: '比亚迪 汉, 2023',
    });
  });
});
