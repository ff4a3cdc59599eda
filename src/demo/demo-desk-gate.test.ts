/**
 * The demo's desk-gate story leaves what it tells: a cease request heard on a call and a request to stop
 * SMS, a late call refused with only its block recorded, a visit in a pair with its recording and the
 * debtor's consent to enter, a manager's override the precheck names, and a dispute hold from tomorrow.
 */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { loadDemo } from './load-demo.js';

const AS_OF = '2026-11-29';
const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('the demo’s desk side of the gate on $name', (engine) => {
  it('records requests, a refused late call, a visit, an override and a hold', async () => {
    const store = await engine.open();
    try {
      await loadDemo({
        store,
        accounts: 300,
        seed: 1,
        asOf: AS_OF,
        now: () => NOW,
        actor: 'test',
        sendMessages: false,
      });
      const requests = await store.db.selectFrom('party_requests').select(['type', 'channel']).orderBy('id').execute();
      expect(requests).toEqual([
        { type: 'cease', channel: null },
        { type: 'stop_channel', channel: 'sms' },
      ]);
      const blocks = await store.db
        .selectFrom('contact_blocks')
        .select(['source', 'attempted_at', 'override_id'])
        .where('source', '=', 'desk')
        .execute();
      expect(blocks).toEqual([{ source: 'desk', attempted_at: '2026-11-28T14:30:00.000Z', override_id: null }]);
      const visits = await store.db
        .selectFrom('activities')
        .select(['staff', 'visit_type', 'recording', 'home_consent_by'])
        .where('visit_type', 'is not', null)
        .execute();
      expect(visits).toEqual([
        {
          staff: expect.stringMatching(/^[^,]+,[^,]+$/),
          visit_type: 'confirm',
          recording: 'BODYCAM-2026-11-28-01',
          home_consent_by: expect.any(Number),
        },
      ]);
      expect(await store.db.selectFrom('compliance_overrides').select(['rule_id', 'role']).execute()).toEqual([
        { rule_id: 'cn.contact_window', role: 'manager' },
      ]);
      expect(
        await store.db.selectFrom('account_holds').select(['type', 'from_on']).where('type', '=', 'dispute').execute(),
      ).toEqual([{ type: 'dispute', from_on: '2026-11-30' }]);
    } finally {
      await store.close();
    }
  });
});
