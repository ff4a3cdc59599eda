/** The demo's legal story: a notarized loan enforced, a lawsuit judged, restrictions lifted when the debt was paid. */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { listLegalCases } from '../legal/list-legal-cases.js';
import { listRestrictions } from '../legal/list-restrictions.js';
import { loadDemo } from './load-demo.js';

const AS_OF = '2026-11-29';
const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('the demo’s legal work on $name', (engine) => {
  it('enforces a notarized loan, judges a lawsuit and lifts a paid debtor’s restrictions', async () => {
    const store = await engine.open();
    try {
      await loadDemo({
        store,
        accounts: 600,
        seed: 1,
        asOf: AS_OF,
        now: () => NOW,
        actor: 'test',
        sendMessages: false,
      });
      const cases = await listLegalCases({ store, now: NOW });
      expect(cases.map((c) => [c.kind, c.status])).toEqual([
        ['lawsuit', 'judgment'],
        ['notarized_enforcement', 'enforcement'],
      ]);
      const [sued, enforced] = cases;
      expect(Number(enforced?.recovered)).toBeGreaterThan(0);
      expect(enforced?.documents).toHaveLength(1);
      expect(enforced?.enforcement_deadlines?.length).toBeGreaterThan(0);
      expect(Number(sued?.claim_amount)).toBeGreaterThan(0);
      expect(sued?.judgment_enforcement_by).toBe('2028-11-24');
      const filed = await store.db
        .selectFrom('legal_events')
        .select('method')
        .where('type', '=', 'suit_filed')
        .orderBy('occurred_on')
        .execute();
      expect(filed.map((e) => e.method)).toEqual(['lawsuit', 'notarized_enforcement']);

      const restrictions = await listRestrictions({ db: store.db });
      const stays = restrictions.filter((r) => r.account_id === sued?.account_id);
      expect(stays.map((r) => [r.type, r.status])).toEqual([['blacklist', 'active']]);
      const paid = restrictions.filter((r) => r.account_id !== sued?.account_id);
      expect(paid.map((r) => [r.type, r.status, r.lifted_on, r.lifted_reason])).toEqual([
        ['blacklist', 'lifted', AS_OF, 'paid'],
        ['stop_new_credit', 'lifted', AS_OF, 'paid'],
        ['credit_bureau', 'lifted', AS_OF, 'paid'],
      ]);
      expect(paid[2]?.credit_reporting?.record_kept_until).toBe('2031-11-29');
    } finally {
      await store.close();
    }
  }, 180_000);
});
