import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { showAccount } from '../account/show-account.js';
import { ARRANGEMENT_STATUSES } from '../domain/arrangement/arrangement-codes.js';
import { PROMISE_VERDICTS } from '../domain/promise/promise-codes.js';
import { loadDemo } from './load-demo.js';

const AS_OF = '2026-11-29';
const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('the demo floor’s four weeks of desk work on $name', (engine) => {
  it('leaves promises of every verdict and arrangements in every state, the ledgers reconciled', async () => {
    const store = await engine.open();
    try {
      // On SQLite the messages go to files beside the test's own database; on PostgreSQL they would land in
      // the working folder, so there they stay planned.
      const sendMessages = engine.name === 'sqlite';
      const summary = await loadDemo({
        store,
        accounts: 600,
        seed: 1,
        asOf: AS_OF,
        now: () => NOW,
        actor: 'test',
        sendMessages,
      });
      expect(summary.cycle.asOf).toBe(AS_OF);
      expect(summary.desk.activities).toBeGreaterThan(20);

      const arrangements = await store.db
        .selectFrom('arrangements')
        .innerJoin('accounts', 'accounts.id', 'arrangements.account_id')
        .select([
          'arrangements.status',
          'arrangements.type',
          'accounts.account_id',
          'accounts.status as account_status',
        ])
        .execute();
      expect(new Set(arrangements.map((a) => a.status))).toEqual(new Set(ARRANGEMENT_STATUSES));
      // The paid settlement left its account settled; every account an arrangement touched reconciles.
      const completedSettlement = arrangements.find((a) => a.type === 'settlement' && a.status === 'completed');
      expect(completedSettlement?.account_status).toBe('settled');
      for (const a of arrangements) {
        const view = await showAccount({ store, accountId: a.account_id, today: AS_OF });
        expect(view.reconciled).toBe(true);
      }

      const promises = await store.db.selectFrom('promises').select('status').execute();
      const statuses = new Set(promises.map((p) => p.status));
      for (const verdict of [...PROMISE_VERDICTS, 'pending']) expect(statuses).toContain(verdict);
      // The demo's letters: a demand in each language, a final demand, a notice before credit reporting; the
      // Chinese demand delivered by registered mail.
      const letters = await store.db.selectFrom('letters').select(['kind', 'language', 'delivered_on']).execute();
      expect(letters.map((l) => `${l.kind} ${l.language}`).sort()).toEqual([
        'credit_report_notice zh-CN',
        'demand en',
        'demand zh-CN',
        'final_demand zh-CN',
      ]);
      expect(letters.filter((l) => l.delivered_on !== null).map((l) => l.kind)).toEqual(['demand']);
      const activities = await store.db.selectFrom('activities').select(['outcome', 'excuse']).execute();
      expect(activities.some((a) => a.outcome === 'promise' && a.excuse !== null)).toBe(true);
      expect(activities.some((a) => a.outcome === 'no_answer')).toBe(true);

      if (sendMessages) {
        // A stage day's automatic messages were delivered at 10:15 that day, each once, each recorded.
        expect(summary.desk.messagesSent).toBeGreaterThan(0);
        const sent = await store.db
          .selectFrom('planned_messages')
          .select(['message_id', 'as_of'])
          .where('status', '=', 'sent')
          .execute();
        expect(sent.length).toBeGreaterThanOrEqual(summary.desk.messagesSent);
        const delivered = await store.db
          .selectFrom('activities')
          .select('message_id')
          .where('outcome', '=', 'delivered')
          // The outbox's deliveries; the demo's letters are delivered to the post from the desk.
          .where('source', '=', 'outbox')
          .execute();
        expect(new Set(delivered.map((d) => d.message_id))).toEqual(new Set(sent.map((m) => m.message_id)));
        const folder = summary.desk.messagesFolder ?? '';
        const files = sent.filter((m) => existsSync(join(folder, String(m.as_of), `${m.message_id}.json`)));
        expect(files).toHaveLength(sent.length);
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
