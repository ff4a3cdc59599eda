/**
 * Restrictions on both engines: a blacklist and a stop on new credit in force at once; a credit-bureau
 * report refused without prior notice, `noticed` through the pack's notice period and `reported` after it
 * (at once when the notice is old enough, else by the cycle on the day); only obligors restricted; public
 * posting refused with its reason and the law; lifting by hand; and the cycle lifting every restriction of
 * a paid debt that day, a bureau report then kept 5 years.
 */
import { describe, expect, it } from 'vitest';
import { activityRow } from '../src/activity/activity-fixtures.js';
import { runCycle } from '../src/cycle/run-cycle.js';
import { runImport } from '../src/import/import-fixtures.js';
import { addRestriction } from '../src/legal/add-restriction.js';
import { LEGAL_SEEDED_AT, seedLegalBook, seedLegalPayment } from '../src/legal/legal-fixtures.js';
import { liftRestriction } from '../src/legal/lift-restriction.js';
import { listRestrictions } from '../src/legal/list-restrictions.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { refusal } from './support/refusal.js';

const now = new Date('2026-11-29T03:00:00Z');

describe.each(testEngines)('restrictions on $name', (engine) => {
  const open = freshStores(engine);
  async function book(): Promise<Store> {
    const store = await open();
    await seedLegalBook(store);
    return store;
  }
  const add = (store: Store, accountId: string, type: string, more: Record<string, string> = {}) =>
    addRestriction({ store, accountId, type, by: 'legal-1', actor: 'test', now, ...more });

  it('puts a blacklist and a stop on new credit in force at once, on the borrower unless another obligor is named', async () => {
    const store = await book();
    const black = await add(store, 'L-1', 'blacklist');
    expect(black).toMatchObject({
      account_id: 'L-1',
      party_id: 'P-1',
      type: 'blacklist',
      status: 'active',
      effective_on: '2026-11-29',
      notice_sent_on: null,
      placed_by: 'legal-1',
      credit_reporting: null,
    });
    expect(black.id).toMatch(/^rst_/);
    const guarantor = await add(store, 'L-1', 'stop_new_credit', { partyId: 'G-1' });
    expect(guarantor).toMatchObject({ party_id: 'G-1', status: 'active' });
    const third = await refusal(add(store, 'L-1', 'blacklist', { partyId: 'C-1' }));
    expect(third).toMatchObject({ code: 'INVALID_INPUT' });
    expect(third.message).toMatch(/emergency_contact, who does not owe the debt/);
    const twice = await refusal(add(store, 'L-1', 'blacklist'));
    expect(twice.code).toBe('CONFLICT');
    const collector = await refusal(
      addRestriction({ store, accountId: 'L-1', type: 'stop_new_credit', by: 'col-1', actor: 'test', now }),
    );
    expect(collector.code).toBe('FORBIDDEN');
  });

  it('refuses a credit-bureau report without prior notice and waits out the notice period', async () => {
    const store = await book();
    const bare = await refusal(add(store, 'L-1', 'credit_bureau'));
    expect(bare.code).toBe('INVALID_INPUT');
    expect(bare.message).toMatch(/征信业管理条例 art\. 15/);
    expect(bare.message).toMatch(/事先告知本人/);
    const future = await refusal(add(store, 'L-1', 'credit_bureau', { noticeSentOn: '2026-11-30' }));
    expect(future.message).toMatch(/after today/);
    expect(await store.db.selectFrom('restrictions').select('id').execute()).toEqual([]);

    // Sent on the 20th: 15 days (cn, the notice letter's) to wait; reported by the cycle on the day they end.
    const waiting = await add(store, 'L-1', 'credit_bureau', { noticeSentOn: '2026-11-20' });
    expect(waiting).toMatchObject({
      status: 'noticed',
      notice_sent_on: '2026-11-20',
      effective_on: '2026-12-05',
      credit_reporting: { notice_days: 15, record_kept_until: null },
    });
    const later = new Date('2026-12-04T02:00:00Z');
    const dayBefore = await runCycle({ store, asOf: '2026-12-04', now: () => later });
    expect(dayBefore.steps.find((s) => s.name === 'restrictions')?.counts).toEqual({ lifted: 0, reported: 0 });
    const onTheDay = await runCycle({ store, asOf: '2026-12-05', now: () => new Date('2026-12-05T02:00:00Z') });
    expect(onTheDay.steps.find((s) => s.name === 'restrictions')?.counts).toEqual({ lifted: 0, reported: 1 });
    const [reported] = await listRestrictions({ db: store.db, accountId: 'L-1' });
    expect(reported).toMatchObject({ status: 'reported', effective_on: '2026-12-05' });
    expect(reported?.credit_reporting?.keep.en).toBe('kept 5 years from the day the debt is paid');
    const events = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'restriction.report')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.actor).toBe('cycle');
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({
      status_before: 'noticed',
      status_after: 'reported',
    });
  });

  it('takes the notice day from the letter that carried it, and reports at once when the period has passed', async () => {
    const store = await book();
    const report = await runImport(
      store,
      'activities',
      [
        activityRow({
          activity_id: 'LTR-1',
          staff: 'col-1',
          account_id: 'L-1',
          party_id: 'P-1',
          channel: 'post',
          direction: 'outbound',
          contact_point: '',
          outcome: 'delivered',
          excuse: '',
          evidence: '',
          note: '征信报送事先告知函 / notice before credit reporting',
          started_at: '2026-11-10T10:00:00+08:00',
          ended_at: '',
        }),
        activityRow({
          activity_id: 'CALL-1',
          staff: 'col-1',
          account_id: 'L-1',
          party_id: 'P-1',
          outcome: 'right_party_contact',
          excuse: '',
          started_at: '2026-11-11T10:00:00+08:00',
          ended_at: '',
        }),
      ],
      { now },
    );
    expect(report.rejected).toEqual([]);
    // A demand letter is no notice of a credit report.
    const [l1, p1] = await Promise.all([
      store.db.selectFrom('accounts').select('id').where('account_id', '=', 'L-1').executeTakeFirstOrThrow(),
      store.db.selectFrom('parties').select('id').where('party_id', '=', 'P-1').executeTakeFirstOrThrow(),
    ]);
    const letter = (activityId: string, kind: string) => ({
      letter_id: `L-${activityId}`,
      account_id: Number(l1.id),
      party_id: Number(p1.id),
      kind,
      language: 'zh-CN',
      letter_date: '2026-11-10',
      respond_by: '2026-11-25',
      currency: 'CNY',
      amount_due: 200_000,
      outstanding: 300_000,
      activity_id: activityId,
      sha256: 'a'.repeat(64),
      issued_by: 'col-1',
      created_at: now.toISOString(),
    });
    await store.db.insertInto('letters').values(letter('LTR-1', 'credit_report_notice')).execute();
    await runImport(store, 'activities', [
      activityRow({
        activity_id: 'LTR-2',
        account_id: 'L-1',
        party_id: 'P-1',
        staff: 'col-1',
        channel: 'post',
        contact_point: '',
        outcome: 'delivered',
        excuse: '',
        evidence: '',
        started_at: '2026-11-09T10:00:00+08:00',
        ended_at: '',
      }),
    ]);
    await store.db.insertInto('letters').values(letter('LTR-2', 'demand')).execute();
    const demand = await refusal(add(store, 'L-1', 'credit_bureau', { noticeActivity: 'LTR-2' }));
    expect(demand.message).toMatch(/sent a demand letter, not the notice before credit reporting/);
    const byCall = await refusal(add(store, 'L-1', 'credit_bureau', { noticeActivity: 'CALL-1' }));
    expect(byCall.message).toMatch(/a notice is a letter or message we sent/);
    const placed = await add(store, 'L-1', 'credit_bureau', { noticeActivity: 'LTR-1' });
    expect(placed).toMatchObject({ status: 'reported', notice_sent_on: '2026-11-10', effective_on: '2026-11-25' });
    // Entered late: decided on the 12th with a notice of the 10th; by today its 15 days have run.
    const late = await add(store, 'L-1', 'credit_bureau', {
      partyId: 'G-1',
      noticeSentOn: '2026-11-10',
      on: '2026-11-12',
    });
    expect(late).toMatchObject({ status: 'reported', effective_on: '2026-11-25' });
    expect((await refusal(add(store, 'L-1', 'blacklist', { on: '2026-11-30' }))).message).toMatch(
      /on: 2026-11-30 is after today/,
    );
    const event = await store.db
      .selectFrom('events')
      .select('payload')
      .where('kind', '=', 'restriction.add')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toMatchObject({ notice_activity: 'LTR-1', status_after: 'reported', pack: 'cn' });
  });

  it('refuses public posting whoever asks, with the reason and the law, and writes nothing', async () => {
    const store = await book();
    for (const type of ['public_posting', 'social_media']) {
      const refused = await refusal(addRestriction({ store, accountId: 'L-1', type, by: 'mgr-1', actor: 'test', now }));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.message).toMatch(/may not be made public/);
      expect(refused.message).toMatch(/不得公开债务人/);
      expect(refused.message).toMatch(/民法典 arts\. 1033, 1034; 个人信息保护法 arts\. 10, 25/);
    }
    expect(await store.db.selectFrom('restrictions').select('id').execute()).toEqual([]);
  });

  it('lifts by hand with a reason; a notice lifted in its period was never reported', async () => {
    const store = await book();
    const noticed = await add(store, 'L-1', 'credit_bureau', { noticeSentOn: '2026-11-28' });
    const noReason = await refusal(
      liftRestriction({ store, restrictionId: noticed.id, reason: ' ', by: 'legal-1', actor: 'test', now }),
    );
    expect(noReason.code).toBe('INVALID_INPUT');
    const lifted = await liftRestriction({
      store,
      restrictionId: noticed.id,
      reason: '债务人提出异议，核实中 / the debtor disputes the debt',
      by: 'mgr-1',
      actor: 'test',
      now,
    });
    expect(lifted).toMatchObject({
      status: 'lifted',
      lifted_on: '2026-11-29',
      effective_on: null,
      credit_reporting: { record_kept_until: null, keep: { en: 'never reported: no negative record' } },
    });
    const again = await refusal(
      liftRestriction({ store, restrictionId: noticed.id, reason: 'again', by: 'mgr-1', actor: 'test', now }),
    );
    expect(again.code).toBe('CONFLICT');
  });

  it('lifts every restriction of a paid debt in the cycle that day, and keeps a reported record 5 years', async () => {
    const store = await book();
    await add(store, 'R-1', 'blacklist');
    await add(store, 'R-1', 'stop_new_credit');
    const reported = await add(store, 'R-1', 'credit_bureau', { noticeSentOn: '2026-11-01' });
    const noticed = await add(store, 'R-1', 'credit_bureau', { partyId: 'G-1', noticeSentOn: '2026-11-27' });
    expect([reported.status, noticed.status]).toEqual(['reported', 'noticed']);
    const unpaid = await add(store, 'L-1', 'blacklist');

    await seedLegalPayment(store, 'PAY-R1', 'R-1', '2026-11-29T09:30:00+08:00', '700.00');
    const run = await runCycle({ store, asOf: '2026-11-29', now: () => LEGAL_SEEDED_AT });
    expect(run.steps.find((s) => s.name === 'restrictions')?.counts).toEqual({ lifted: 4, reported: 0 });
    const r1 = await listRestrictions({ db: store.db, accountId: 'R-1' });
    expect(r1.map((r) => [r.type, r.party_id, r.status, r.lifted_on, r.lifted_reason])).toEqual([
      ['blacklist', 'P-1', 'lifted', '2026-11-29', 'paid'],
      ['stop_new_credit', 'P-1', 'lifted', '2026-11-29', 'paid'],
      ['credit_bureau', 'P-1', 'lifted', '2026-11-29', 'paid'],
      ['credit_bureau', 'G-1', 'lifted', '2026-11-29', 'paid'],
    ]);
    expect(r1[2]?.credit_reporting).toMatchObject({
      record_kept_until: '2031-11-29',
      keep_citation: '征信业管理条例 art. 16',
    });
    expect(r1[3]?.credit_reporting?.record_kept_until).toBeNull();
    expect(r1[3]?.effective_on).toBeNull();
    expect((await listRestrictions({ db: store.db, accountId: 'L-1' })).map((r) => [r.id, r.status])).toEqual([
      [unpaid.id, 'active'],
    ]);
    const events = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'restriction.lift')
      .execute();
    expect(events.map((e) => [e.actor, JSON.parse(e.payload).reason, JSON.parse(e.payload).status_after])).toEqual(
      Array(4).fill(['cycle', 'paid', 'lifted']),
    );
    // A paid debt takes no new restriction.
    expect((await refusal(add(store, 'R-1', 'blacklist'))).code).toBe('CONFLICT');
    // Idempotent: the same day again lifts nothing more.
    const rerun = await runCycle({ store, asOf: '2026-11-29', now: () => LEGAL_SEEDED_AT });
    expect(rerun.steps.find((s) => s.name === 'restrictions')?.counts).toEqual({ lifted: 0, reported: 0 });
  });
});
