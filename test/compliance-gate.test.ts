/**
 * The contact gate on the store (gateContacts), on both engines, on a small book: A-1 (portfolio
 * `consumer`, pack cn, Asia/Shanghai) with borrower P-1, guarantor G-1 and emergency contact C-1. Each test
 * writes the rows the desk and the outbox would (activities, requests, holds, overrides, marks) and asks the
 * gate about an attempt, as the queue, the outbox and `activity log` do.
 */
import { describe, expect, it } from 'vitest';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { recordActivities } from '../src/activity/record-activities.js';
import { type GateAttempt, gateContacts } from '../src/compliance/gate-contacts.js';
import { account, instalment, runImport } from '../src/import/import-fixtures.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';

const NOW = new Date('2026-11-29T00:00:00Z');
const MOBILE = '+86 138 0013 8000';

const rule = (outcome: { decision: { rules: { id: string; verdict: string }[] } }, id: string) =>
  outcome.decision.rules.find((r) => r.id === id);

for (const engine of testEngines) {
  describe(`the contact gate on the store (${engine.name})`, () => {
    const open = freshStores(engine);

    async function book(): Promise<{ store: Store; ids: Map<string, number> }> {
      const store = await open();
      const ids = await seedWorkedBook(store, NOW);
      return { store, ids };
    }

    const call = (ids: Map<string, number>, at: string, over: Partial<GateAttempt> = {}): GateAttempt => ({
      accountId: ids.get('A-1') as number,
      partyId: ids.get('P-1') as number,
      channel: 'phone',
      contactPoint: MOBILE,
      text: null,
      staff: ['li.na'],
      disclosesDebt: true,
      at: new Date(at),
      ...over,
    });

    it('allows a call at 10:00 in Shanghai and blocks one at 22:00 until 08:00 the next morning', async () => {
      const { store, ids } = await book();
      const [day, night] = await gateContacts({
        db: store.db,
        attempts: [call(ids, '2026-12-01T10:00:00+08:00'), call(ids, '2026-12-01T22:00:00+08:00')],
        now: NOW,
        store,
      });
      expect(day?.decision.allowed).toBe(true);
      expect(night?.decision.allowed).toBe(false);
      expect(rule(night as never, 'cn.contact_window')?.verdict).toBe('block');
      expect(night?.decision.next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
      expect(night?.overrideId).toBeNull();
    });

    it('after 6 unanswered calls to the number today, blocks the next until 08:00 the next morning', async () => {
      const { store, ids } = await book();
      const times = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00'];
      await recordActivities(
        store,
        store.db,
        times.map((t, i) => ({
          activityId: `act-${i}`,
          accountId: ids.get('A-1') as number,
          partyId: ids.get('P-1') as number,
          channel: 'phone',
          direction: 'outbound',
          // Written another way: the same number.
          contactPoint: '+8613800138000',
          staff: ['li.na'],
          startedAt: new Date(`2026-12-01T${t}:00+08:00`).toISOString(),
          endedAt: null,
          occurredOn: '2026-12-01',
          outcome: i % 2 === 0 ? 'no_answer' : 'busy',
          excuse: null,
          note: null,
          evidence: [],
          workItemId: null,
          messageId: null,
          source: 'desk',
        })),
        NOW,
      );
      const [next] = await gateContacts({
        db: store.db,
        attempts: [call(ids, '2026-12-01T15:00:00+08:00')],
        now: new Date('2026-12-01T07:00:00Z'),
        store,
      });
      expect(next?.decision.allowed).toBe(false);
      expect(rule(next as never, 'cn.daily_attempts')?.verdict).toBe('block');
      expect(next?.decision.next_allowed_at).toBe('2026-12-02T00:00:00.000Z');
    });

    it('reads a time-barred debt from its limitation clock: a message threatening suit is blocked, a call warned', async () => {
      const { store, ids } = await book();
      // A-OLD's only instalment fell due on 15 June 2022: its three years ran out in June 2025.
      const imported = [
        await runImport(store, 'accounts', [account({ account_id: 'A-OLD', opened_on: '2021-06-15' })]),
        await runImport(store, 'schedules', [
          instalment({ account_id: 'A-OLD', installment_no: '1', due_on: '2022-06-15' }),
        ]),
        await runImport(store, 'relations', [{ account_id: 'A-OLD', party_id: 'G-1', role: 'borrower' }]),
      ];
      for (const report of imported) expect(report.rejected).toEqual([]);
      const old = await store.db
        .selectFrom('accounts')
        .select('id')
        .where('account_id', '=', 'A-OLD')
        .executeTakeFirstOrThrow();
      const toGuarantor = (over: Partial<GateAttempt>): GateAttempt =>
        call(ids, '2026-12-01T10:00:00+08:00', {
          accountId: Number(old.id),
          partyId: ids.get('G-1') as number,
          ...over,
        });
      const [threat, plain, byPerson] = await gateContacts({
        db: store.db,
        store,
        now: NOW,
        attempts: [
          toGuarantor({ channel: 'sms', staff: ['system'], text: '李强，请尽快还款，否则我们将向法院起诉。' }),
          toGuarantor({
            channel: 'sms',
            staff: ['system'],
            text: '李强您好，您的账户仍有欠款，如有困难请致电 400-000-0000 商量还款安排。',
          }),
          toGuarantor({}),
        ],
      });
      expect(threat?.decision.allowed).toBe(false);
      expect(rule(threat as never, 'cn.time_barred')?.verdict).toBe('block');
      expect(rule(threat as never, 'cn.language')?.verdict).toBe('block');
      expect(threat?.decision.next_allowed_at).toBeNull();
      expect(plain?.decision.allowed).toBe(true);
      expect(rule(plain as never, 'cn.time_barred')?.verdict).toBe('pass');
      expect(byPerson?.decision.allowed).toBe(true);
      expect(rule(byPerson as never, 'cn.time_barred')?.verdict).toBe('warn');
      // The same words on a debt still in time are no false threat of suit under the time-barred rule.
      const [inTime] = await gateContacts({
        db: store.db,
        store,
        now: NOW,
        attempts: [
          {
            ...toGuarantor({ channel: 'sms', staff: ['system'], text: '请尽快还款，否则我们将向法院起诉。' }),
            accountId: ids.get('A-1') as number,
            partyId: ids.get('G-1') as number,
          },
        ],
      });
      expect(rule(inTime as never, 'cn.time_barred')?.verdict).toBe('pass');
    });

    it('refuses a contact point marked do-not-contact, whichever way the number is written', async () => {
      const { store, ids } = await book();
      await runImport(store, 'contacts', [
        { party_id: 'P-1', type: 'mobile', value: '+86 138 0013 8000', verified: '1', do_not_contact: '1' },
        { party_id: 'P-1', type: 'mobile', value: '+86 139 0000 0001', verified: '1', do_not_contact: '0' },
      ]);
      const [marked, other] = await gateContacts({
        db: store.db,
        store,
        now: NOW,
        attempts: [
          call(ids, '2026-12-01T10:00:00+08:00', { contactPoint: '+8613800138000' }),
          call(ids, '2026-12-01T10:00:00+08:00', { contactPoint: '+86 139 0000 0001' }),
        ],
      });
      expect(rule(marked as never, 'cn.do_not_contact')?.verdict).toBe('block');
      expect(marked?.decision.next_allowed_at).toBeNull();
      // The decision names the number masked, never in full.
      expect(JSON.stringify(marked?.decision)).not.toContain('0013');
      expect(other?.decision.allowed).toBe(true);
    });
  });
}
