/**
 * Legal cases on both engines: opening (notarized enforcement only on a notarized contract), the state
 * machine and its refusals, the claim fixed at filing from the ledger, `suit_filed` written for the
 * limitation clock, judgments, costs and recoveries, documents stored as evidence, and every instalment's
 * deadline to apply for enforcement with the nearest one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLegalBook } from '../src/legal/legal-fixtures.js';
import { listLegalCases } from '../src/legal/list-legal-cases.js';
import { openLegalCase } from '../src/legal/open-legal-case.js';
import { showLegalCase } from '../src/legal/show-legal-case.js';
import { updateLegalCase } from '../src/legal/update-legal-case.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { refusal } from './support/refusal.js';

/** 11:00 in Shanghai on 2026-11-29, the day after the fixture's cycle. */
const now = new Date('2026-11-29T03:00:00Z');

describe.each(testEngines)('legal cases on $name', (engine) => {
  const open = freshStores(engine);
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'dunwell-legal-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function book(): Promise<Store> {
    const store = await open();
    await seedLegalBook(store);
    return store;
  }
  const common = (store: Store) => ({ store, actor: 'test', now, evidenceFolder: folder });

  it('runs a lawsuit from preparing to a judgment and enforcement, fixing the claim and writing suit_filed', async () => {
    const store = await book();
    const opened = await openLegalCase({
      ...common(store),
      accountId: 'L-1',
      kind: 'lawsuit',
      by: 'legal-1',
      forum: '上海市浦东新区人民法院',
      on: '2026-11-20',
    });
    expect(opened).toMatchObject({
      account_id: 'L-1',
      kind: 'lawsuit',
      status: 'preparing',
      opened_on: '2026-11-20',
      claim_amount: '0.00',
      claim: null,
      next_statuses: ['filed', 'settled', 'withdrawn'],
    });
    expect(opened.id).toMatch(/^case_/);

    const filed = await updateLegalCase({
      ...common(store),
      caseId: opened.id,
      by: 'legal-1',
      status: 'filed',
      on: '2026-11-28',
      costs: '1250.00',
    });
    // The claim is the outstanding by component on the filing day, from the ledger the cycle left.
    const account = await store.db
      .selectFrom('accounts')
      .selectAll()
      .where('account_id', '=', 'L-1')
      .executeTakeFirstOrThrow();
    const owed =
      Number(account.out_principal) +
      Number(account.out_interest) +
      Number(account.out_fee) +
      Number(account.out_penalty) +
      Number(account.out_late_fee);
    expect(filed.claim_amount).toBe((owed / 100).toFixed(2));
    expect(filed.claim).toMatchObject({ as_of: '2026-11-28', principal: '3000.00' });
    expect(filed.costs).toBe('1250.00');
    const events = await store.db.selectFrom('legal_events').selectAll().execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      account_id: Number(account.id),
      type: 'suit_filed',
      occurred_on: '2026-11-28',
      method: 'lawsuit',
      recorded_by: 'legal-1',
    });

    // A lawsuit goes accepted → hearing → judgment → enforcement → closed; it may not skip a step.
    const skipped = await refusal(
      updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', status: 'enforcement' }),
    );
    expect(skipped.code).toBe('CONFLICT');
    expect(skipped.message).toMatch(/at filed may go to accepted, not_accepted, settled, withdrawn, not enforcement/);
    await updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', status: 'accepted', on: '2026-11-28' });
    await updateLegalCase({ ...common(store), caseId: opened.id, by: 'mgr-1', status: 'hearing', on: '2026-11-29' });
    const noAmount = await refusal(
      updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', status: 'judgment' }),
    );
    expect(noAmount).toMatchObject({ code: 'INVALID_INPUT' });
    expect(noAmount.message).toMatch(/judgment-amount/);
    const judged = await updateLegalCase({
      ...common(store),
      caseId: opened.id,
      by: 'legal-1',
      status: 'judgment',
      judgmentAmount: '3100.00',
    });
    expect(judged).toMatchObject({
      status: 'judgment',
      judgment_on: '2026-11-29',
      judgment_amount: '3100.00',
      judgment_enforcement_by: '2028-11-29',
      next_deadline: { on: '2028-11-29' },
      next_statuses: ['appeal', 'enforcement', 'closed', 'settled'],
    });
    await updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', status: 'enforcement' });
    const closed = await updateLegalCase({
      ...common(store),
      caseId: opened.id,
      by: 'legal-1',
      status: 'closed',
      recovered: '2000.00',
    });
    expect(closed).toMatchObject({ status: 'closed', closed_on: '2026-11-29', recovered: '2000.00', net: '750.00' });
    // An ended case keeps its story: no new status, but a late lawyer's bill may still be added.
    const reopened = await refusal(
      updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', status: 'enforcement' }),
    );
    expect(reopened.code).toBe('CONFLICT');
    const lateBill = await updateLegalCase({ ...common(store), caseId: opened.id, by: 'legal-1', costs: '1800.00' });
    expect(lateBill.costs).toBe('1800.00');

    const shown = await showLegalCase({ store, caseId: opened.id, now });
    expect(shown.history.map((e) => `${e.status_before ?? '-'}>${e.status_after}`)).toEqual([
      '->preparing',
      'preparing>filed',
      'filed>accepted',
      'accepted>hearing',
      'hearing>judgment',
      'judgment>enforcement',
      'enforcement>closed',
      'closed>closed',
    ]);
    expect(shown.history[1]).toMatchObject({
      by: 'legal-1',
      on: '2026-11-28',
      changes: { status: { before: 'preparing', after: 'filed' }, costs: { before: '0.00', after: '1250.00' } },
    });
    // Only filing writes suit_filed.
    expect(await store.db.selectFrom('legal_events').select('id').execute()).toHaveLength(1);
  });

  it('arbitration writes suit_filed too, and an award cannot be appealed', async () => {
    const store = await book();
    const c = await openLegalCase({ ...common(store), accountId: 'L-1', kind: 'arbitration', by: 'mgr-1' });
    await updateLegalCase({ ...common(store), caseId: c.id, by: 'legal-1', status: 'filed' });
    await updateLegalCase({ ...common(store), caseId: c.id, by: 'legal-1', status: 'accepted' });
    await updateLegalCase({
      ...common(store),
      caseId: c.id,
      by: 'legal-1',
      status: 'judgment',
      judgmentAmount: '3000',
    });
    const appeal = await refusal(updateLegalCase({ ...common(store), caseId: c.id, by: 'legal-1', status: 'appeal' }));
    expect(appeal.code).toBe('CONFLICT');
    expect(appeal.message).toMatch(/arbitration/);
    const events = await store.db.selectFrom('legal_events').select(['type', 'method', 'occurred_on']).execute();
    expect(events).toEqual([{ type: 'suit_filed', method: 'arbitration', occurred_on: '2026-11-29' }]);
  });

  it('refuses notarized enforcement without notarized_on, a second open case of a kind, and roles outside legal work', async () => {
    const store = await book();
    const notNotarized = await refusal(
      openLegalCase({ ...common(store), accountId: 'L-1', kind: 'notarized_enforcement', by: 'legal-1' }),
    );
    expect(notNotarized.code).toBe('CONFLICT');
    expect(notNotarized.message).toMatch(/no notarized_on/);
    const collector = await refusal(
      openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'col-1' }),
    );
    expect(collector).toMatchObject({ code: 'FORBIDDEN' });
    expect(collector.message).toMatch(/legal, manager, admin/);
    const unknown = await refusal(
      openLegalCase({ ...common(store), accountId: 'L-1', kind: 'mediation', by: 'legal-1' }),
    );
    expect(unknown.code).toBe('INVALID_INPUT');
    const future = await refusal(
      openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'legal-1', on: '2026-11-30' }),
    );
    expect(future.message).toMatch(/after today \(2026-11-29\)/);
    const early = await refusal(
      openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'legal-1', on: '2025-12-31' }),
    );
    expect(early.message).toBe('on: 2025-12-31 is before account L-1 was opened (2026-01-01)');
    await openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'legal-1' });
    const twice = await refusal(openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'legal-1' }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/already has an open lawsuit case/);
    // Nothing half-written: one case, one open event.
    expect(await store.db.selectFrom('legal_cases').select('id').execute()).toHaveLength(1);
    expect(
      await store.db.selectFrom('events').select('id').where('kind', '=', 'legal_case.open').execute(),
    ).toHaveLength(1);
  });

  it('computes every instalment’s enforcement deadline on a notarized contract, restarted by the certificate application', async () => {
    const store = await book();
    const c = await openLegalCase({
      ...common(store),
      accountId: 'N-1',
      kind: 'notarized_enforcement',
      by: 'legal-1',
      forum: '上海市东方公证处',
      on: '2026-11-20',
    });
    expect(c.enforcement_deadlines?.map((d) => [d.installment_no, d.due_on, d.deadline_on, d.state])).toEqual([
      [1, '2024-06-30', '2026-06-30', 'passed'],
      [2, '2025-03-31', '2027-03-31', 'open'],
      [3, '2026-10-31', '2028-10-31', 'open'],
      [4, '2027-01-31', '2029-01-31', 'not_due'],
    ]);
    expect(c.next_deadline).toEqual({
      on: '2027-03-31',
      what: { en: 'apply for enforcement of instalment 2', zh: '申请强制执行第 2 期' },
    });
    // The certificate needs the certificate: no document, no status.
    await updateLegalCase({
      ...common(store),
      caseId: c.id,
      by: 'legal-1',
      status: 'certificate_applied',
      on: '2026-11-25',
    });
    const bare = await refusal(
      updateLegalCase({ ...common(store), caseId: c.id, by: 'legal-1', status: 'certificate_issued' }),
    );
    expect(bare.message).toMatch(/执行证书/);
    const certificate = join(folder, 'enforcement-certificate.pdf');
    writeFileSync(certificate, '%PDF-1.4 执行证书 (2026)沪东证执字第 1 号');
    const issued = await updateLegalCase({
      ...common(store),
      caseId: c.id,
      by: 'legal-1',
      status: 'certificate_issued',
      documents: [certificate],
    });
    // Applying for the certificate on 2026-11-25 restarted the periods still running that day (not the one
    // already lapsed, nor the instalment not yet due).
    expect(issued.enforcement_deadlines?.map((d) => [d.installment_no, d.deadline_on, d.restarted, d.state])).toEqual([
      [1, '2026-06-30', false, 'passed'],
      [2, '2028-11-27', true, 'open'],
      [3, '2028-11-27', true, 'open'],
      [4, '2029-01-31', false, 'not_due'],
    ]);
    // 2028-11-25 is a Saturday: the last day moves to Monday (民法典 art. 203).
    expect(issued.next_deadline?.on).toBe('2028-11-27');
    expect(issued.documents).toHaveLength(1);
    const doc = issued.documents[0];
    expect(doc).toMatchObject({ name: 'enforcement-certificate.pdf' });
    expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const evidence = await store.db.selectFrom('evidence_files').selectAll().execute();
    expect(evidence.map((e) => [e.sha256, e.kind, e.media_type])).toEqual([
      [doc?.sha256, 'document', 'application/pdf'],
    ]);
    // Filing the application restarts the limitation clock as a suit would.
    await updateLegalCase({ ...common(store), caseId: c.id, by: 'legal-1', status: 'filed' });
    const events = await store.db.selectFrom('legal_events').select(['type', 'method']).execute();
    expect(events).toEqual([{ type: 'suit_filed', method: 'notarized_enforcement' }]);
    const listed = await listLegalCases({ store, kind: 'notarized_enforcement', now });
    expect(listed.map((v) => [v.id, v.status, v.next_deadline])).toEqual([[c.id, 'filed', null]]);
  });

  it('lists by account and status and refuses an unknown one', async () => {
    const store = await book();
    await openLegalCase({ ...common(store), accountId: 'L-1', kind: 'lawsuit', by: 'legal-1' });
    const n = await openLegalCase({ ...common(store), accountId: 'N-1', kind: 'notarized_enforcement', by: 'legal-1' });
    await updateLegalCase({ ...common(store), caseId: n.id, by: 'legal-1', status: 'withdrawn' });
    expect((await listLegalCases({ store, accountId: 'N-1', now })).map((v) => v.status)).toEqual(['withdrawn']);
    expect((await listLegalCases({ store, status: 'preparing', now })).map((v) => v.account_id)).toEqual(['L-1']);
    expect((await refusal(listLegalCases({ store, status: 'won', now }))).code).toBe('INVALID_INPUT');
  });
});
