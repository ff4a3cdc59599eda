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
  });
}
