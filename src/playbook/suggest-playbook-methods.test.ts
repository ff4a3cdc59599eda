/**
 * `playbook suggest` on a small book, on both engines: the facts come from the stored account (the cycle's
 * features, relations, collateral, watch events, promises, arrangements and activities), the methods and
 * reasons from the playbook in force.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { recordActivities } from '../activity/record-activities.js';
import { runCycle } from '../cycle/run-cycle.js';
import type { ExcuseCategory, Outcome } from '../domain/activity/activity-codes.js';
import { isAppError } from '../domain/errors.js';
import { account, instalment, party, runImport, watchEvent } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { setPlaybook } from './set-playbook.js';
import { suggestPlaybookMethods } from './suggest-playbook-methods.js';

const D = '2026-11-29';
const NOW = new Date('2026-11-29T02:00:00Z');
const STAMP = NOW.toISOString();

async function book(store: Store) {
  const ok = async (kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) => {
    const report = await runImport(store, kind, rows, { allOrNothing: true });
    expect(report.rejected).toEqual([]);
  };
  await ok('parties', [
    party({ party_id: 'P-1', name: '王芳' }),
    party({ party_id: 'P-SP', name: '陈伟' }),
    party({ party_id: 'P-SME', name: '李强', segment: 'small_business' }),
    party({ party_id: 'P-GU', name: '李娜' }),
    party({ party_id: 'P-DEAD', name: '张敏', segment: 'retiree' }),
  ]);
  await ok('accounts', [
    account({ account_id: 'A-1' }),
    account({ account_id: 'A-SME', opened_on: '2025-06-01', principal: '50000.00', product: 'invoice' }),
    account({ account_id: 'A-DEAD' }),
    account({ account_id: 'A-NOTARY', notarized_on: '2026-01-02', insured: 'yes' }),
    account({ account_id: 'A-OK' }),
  ]);
  await ok('schedules', [
    instalment({ account_id: 'A-1', due_on: '2026-10-15' }),
    instalment({ account_id: 'A-SME', due_on: '2026-04-01', principal: '50000.00' }),
    instalment({ account_id: 'A-DEAD', due_on: '2026-09-01' }),
    instalment({ account_id: 'A-NOTARY', due_on: '2026-09-01' }),
    instalment({ account_id: 'A-OK', due_on: '2026-12-20' }),
  ]);
  await ok('relations', [
    { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
    { account_id: 'A-1', party_id: 'P-SP', role: 'spouse' },
    { account_id: 'A-SME', party_id: 'P-SME', role: 'borrower' },
    { account_id: 'A-SME', party_id: 'P-GU', role: 'guarantor' },
    { account_id: 'A-DEAD', party_id: 'P-DEAD', role: 'borrower' },
    { account_id: 'A-NOTARY', party_id: 'P-1', role: 'borrower' },
    { account_id: 'A-OK', party_id: 'P-1', role: 'borrower' },
  ]);
  await ok('collateral', [
    {
      collateral_id: 'C-1',
      account_id: 'A-SME',
      type: 'equipment',
      description: '数控机床',
      value: '30000.00',
      valued_on: '2026-01-10',
    },
  ]);
  await ok('events', [
    watchEvent({ event_id: 'EV-LIT', account_id: 'A-SME', type: 'litigation', occurred_on: '2026-11-03' }),
    // The guarantor died: news for the account, but not the debtor's estate.
    watchEvent({ event_id: 'EV-GU', account_id: '', party_id: 'P-GU', type: 'death', occurred_on: '2026-11-10' }),
    watchEvent({ event_id: 'EV-DEAD', account_id: '', party_id: 'P-DEAD', type: 'death', occurred_on: '2026-11-12' }),
  ]);
}

async function key(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

async function call(store: Store, accountId: string, on: string, outcome: Outcome, excuse: ExcuseCategory | null) {
  const accountKey = await key(store, accountId);
  await store.db.transaction().execute((trx) =>
    recordActivities(
      store,
      trx,
      [
        {
          accountId: accountKey,
          partyId: null,
          channel: 'phone',
          direction: 'outbound',
          contactPoint: null,
          staff: ['col'],
          startedAt: `${on}T02:00:00.000Z`,
          endedAt: null,
          occurredOn: on,
          outcome,
          excuse,
          note: null,
          evidence: [],
          workItemId: null,
          messageId: null,
          source: 'desk',
        },
      ],
      NOW,
    ),
  );
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('not refused');
}

describe.each(testEngines)('playbook suggest on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  const suggest = (accountId: string, lang: 'en' | 'zh-CN' = 'en') =>
    suggestPlaybookMethods({ db: store.db, accountId, lang, now: NOW });

  beforeEach(async () => {
    store = await fresh();
    await book(store);
    await runCycle({ store, asOf: D, now: () => NOW });
    // After the cycle, so the day's facts are what the test says: calls, a pending promise, a proposed plan.
    await call(store, 'A-1', '2026-10-01', 'refused', 'hiding');
    await call(store, 'A-1', '2026-11-20', 'hardship', 'crying_poor_or_scene');
    await call(store, 'A-1', '2026-11-25', 'no_answer', null);
    const a1 = await key(store, 'A-1');
    await store.db
      .insertInto('promises')
      .values({
        promise_id: 'prm-1',
        account_id: a1,
        party_id: null,
        amount: 50_000,
        currency: 'CNY',
        due_on: '2026-12-05',
        due_at: '17:00',
        taken_at: STAMP,
        taken_on: D,
        taken_by: 'col',
        channel: 'phone',
        activity_id: null,
        status: 'pending',
        decided_on: null,
        created_at: STAMP,
        updated_at: STAMP,
      })
      .execute();
    await store.db
      .insertInto('arrangements')
      .values({
        arrangement_id: 'arr-1',
        account_id: a1,
        type: 'plan',
        status: 'proposed',
        terms: '{}',
        answers: null,
        required_role: null,
        proposed_by: 'col',
        proposed_at: STAMP,
        proposed_on: D,
        decided_by: null,
        decided_at: null,
        decided_on: null,
        effective_on: null,
        closed_on: null,
        note: null,
        created_at: STAMP,
        updated_at: STAMP,
      })
      .execute();
  });

  it('reads the facts of the stored account', async () => {
    const s = await suggest('A-1');
    const row = await store.db
      .selectFrom('accounts')
      .select(['dpd', 'stage', 'bucket'])
      .where('account_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    expect(s.account).toMatchObject({ account_id: 'A-1', currency: 'CNY', as_of: D, status: 'active' });
    expect(s.facts).toMatchObject({
      product: 'installment_loan',
      customer_type: 'white_collar',
      dpd: Number(row.dpd),
      stage: row.stage,
      bucket: row.bucket,
      third_parties: ['spouse'],
      has_guarantor: false,
      has_collateral: false,
      collateral_types: [],
      watch: [],
      deceased: false,
      last_excuse: 'crying_poor_or_scene',
      last_outcome: 'no_answer',
      recent_outcomes: ['hardship', 'no_answer'],
      open_promises: 1,
      open_arrangements: ['plan'],
      notarized_instrument: null,
      insured: null,
    });
    expect(s.facts?.dpd).toBeGreaterThanOrEqual(31);
    expect(s.playbook).toMatchObject({ source: 'default', version: null });
  });

  it('gives the last excuse’s catalogue entry and the methods that follow from it', async () => {
    const s = await suggest('A-1');
    expect(s.excuse).toMatchObject({
      category: 'crying_poor_or_scene',
      given_on: '2026-11-20',
      label: 'Pleading poverty or making a scene',
      follow_up: { action: 'ask_hardship_proof_and_replan' },
      arrangements: ['plan', 'principal_first'],
    });
    expect(s.excuse?.response).toMatch(/ask for proof/);
    const ids = s.methods.map((m) => m.id);
    expect(ids).toContain('empathy_first');
    expect(ids).toContain('instalment_plan');
    const plan = s.methods.find((m) => m.id === 'instalment_plan');
    expect(plan).toMatchObject({ number: 20, name: 'Instalment plan', arrangements: ['plan'] });
    expect(plan?.because).toEqual(['The debtor reported hardship; spread the arrears over what they can afford.']);
    expect(ids).not.toContain('guarantor_pursuit');
    expect(ids).not.toContain('proactive_visit');
    expect(s.methods.map((m) => m.number)).toEqual([...s.methods.map((m) => m.number)].sort((a, b) => a - b));
  });

  it('suggests the guarantor, the collateral and the business’s cash for a secured business debtor', async () => {
    const s = await suggest('A-SME');
    expect(s.facts).toMatchObject({
      customer_type: 'small_business',
      has_guarantor: true,
      has_collateral: true,
      collateral_types: ['equipment'],
      watch: ['death', 'litigation'],
      deceased: false,
    });
    expect(s.facts?.collateral_cover).toBeGreaterThan(0.4);
    expect(s.facts?.collateral_cover).toBeLessThan(0.6);
    const why = Object.fromEntries(s.methods.map((m) => [m.id, m.because.join(' | ')]));
    expect(why.guarantor_pursuit).toMatch(/has a guarantor and is \d+ days past due/);
    expect(why.collateral_enforcement).toMatch(/\(equipment, covering 5\d% of the debt\)/);
    expect(why.follow_cash_inflows).toMatch(/A business debtor/);
    expect(why.proactive_visit).toMatch(/small_business/);
    expect(why.discount_settlement).toMatch(/\(death, litigation\)/);
    expect(why.lawsuit).toMatch(/secured loan \d+ days overdue/);
    expect(s.methods.map((m) => m.id)).not.toContain('family_shares');
  });

  it('turns to the estate when the borrower died, and lists what to look up', async () => {
    const s = await suggest('A-DEAD');
    expect(s.facts).toMatchObject({ deceased: true, watch: ['death'], customer_type: 'retiree' });
    const lawsuit = s.methods.find((m) => m.id === 'lawsuit');
    expect(lawsuit?.because).toContain(
      'The borrower has died; claim against the estate administrator or heirs (up to the estate), in court if need be.',
    );
    expect(s.to_check.map((c) => c.id)).toEqual(['insurance_proceeds', 'notarized_enforcement']);
    expect(s.to_check[1]?.unknown).toEqual([
      {
        fact: 'notarized_instrument',
        check:
          'No notarization with an enforcement clause is on file for this loan (accounts import field notarized_on): check the loan file.',
      },
    ]);
    const zh = await suggest('A-DEAD', 'zh-CN');
    expect(zh.to_check[0]).toMatchObject({
      name: '保险收益清偿法',
      because: ['借款人已去世：如有保险，理赔款可用于还款。'],
    });
  });

  it('suggests notarized enforcement for a loan notarized with an enforcement clause, as the import says', async () => {
    const s = await suggest('A-NOTARY');
    expect(s.facts).toMatchObject({ notarized_instrument: true, insured: true });
    expect(s.methods.map((m) => m.id)).toContain('notarized_enforcement');
    expect(s.to_check.map((c) => c.id)).not.toContain('notarized_enforcement');
  });

  it('suggests nothing for an account that is not past due', async () => {
    const s = await suggest('A-OK');
    expect(s.facts?.dpd).toBe(0);
    expect(s.methods).toEqual([]);
    expect(s.to_check).toEqual([]);
    expect(s.excuse).toBeNull();
  });

  it('uses the playbook in force', async () => {
    await addUser({ db: store.db, userId: 'mgr', name: 'mgr', role: 'manager', actor: 'test', now: NOW });
    const doc = parse(DEFAULT_PLAYBOOK_YAML) as {
      methods: { id: string; when: { because: { en: string } }[] }[];
    };
    const guarantor = doc.methods.find((m) => m.id === 'guarantor_pursuit');
    if (!guarantor?.when[0]) throw new Error('no guarantor method');
    guarantor.when[0].because.en = 'Guarantor on file, {dpd} days late.';
    await setPlaybook({ db: store.db, text: stringify(doc), by: 'mgr', now: NOW });
    const s = await suggest('A-SME');
    expect(s.playbook).toMatchObject({ source: 'stored', version: 1 });
    expect(s.methods.find((m) => m.id === 'guarantor_pursuit')?.because[0]).toBe(
      `Guarantor on file, ${s.facts?.dpd} days late.`,
    );
  });

  it('answers for an account the cycle has never had to work that nothing applies yet', async () => {
    await runImport(store, 'accounts', [account({ account_id: 'A-LATER' })], { allOrNothing: true });
    await runImport(store, 'schedules', [instalment({ account_id: 'A-LATER', due_on: '2026-12-31' })], {
      allOrNothing: true,
    });
    const s = await suggest('A-LATER');
    expect(s).toMatchObject({ facts: null, methods: [], to_check: [], excuse: null });
    expect(s.account).toMatchObject({ account_id: 'A-LATER', as_of: null });
  });

  it('refuses an unknown account, and a past-due one the cycle has not seen yet', async () => {
    expect(await refusal(suggest('A-NONE'))).toBe('NOT_FOUND: no account with account_id "A-NONE"');
    await runImport(store, 'accounts', [account({ account_id: 'A-NEW' })], { allOrNothing: true });
    await runImport(store, 'schedules', [instalment({ account_id: 'A-NEW', due_on: '2026-11-01' })], {
      allOrNothing: true,
    });
    expect(await refusal(suggest('A-NEW'))).toMatch(
      /^CONFLICT: the cycle has not yet worked out the facts of account A-NEW/,
    );
  });
});
