/**
 * A portfolio chooses its pack and tightens it (`portfolio set --compliance-pack --compliance-params`), on
 * both engines: stored compact, shown by `portfolio list`, an event written, loosening refused with the rule
 * and parameter named and nothing changed, and the gate judging by the tightened pack.
 */
import { describe, expect, it } from 'vitest';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { gateContacts } from '../src/compliance/gate-contacts.js';
import { freshStores, TEST_NOW, testEngines } from './support/engines.js';
import { runCliWithInput } from './support/run-cli.js';

for (const engine of testEngines) {
  describe(`portfolio compliance settings (${engine.name})`, () => {
    const open = freshStores(engine);

    it('stores a tightening, shows it, and the gate judges by it', async () => {
      const store = await open();
      const ids = await seedWorkedBook(store, TEST_NOW);
      const params = '{"cn.contact_window": {"start": "09:00"},\n "cn.daily_attempts": {"max": 4}}';
      const set = await runCliWithInput(
        store.location,
        params,
        'portfolio',
        'set',
        'consumer',
        '--compliance-pack',
        'cn',
        '--compliance-params',
        '-',
        '--json',
      );
      expect(set.err).toBe('');
      expect(set.code).toBe(0);
      expect(JSON.parse(set.out)).toMatchObject({
        compliance_pack: 'cn',
        compliance_params: { 'cn.contact_window': { start: '09:00' }, 'cn.daily_attempts': { max: 4 } },
      });
      const row = await store.db
        .selectFrom('portfolios')
        .select(['compliance_pack', 'compliance_params'])
        .where('portfolio_id', '=', 'consumer')
        .executeTakeFirstOrThrow();
      expect(row.compliance_params).toBe('{"cn.contact_window":{"start":"09:00"},"cn.daily_attempts":{"max":4}}');
      const list = await runCliWithInput(store.location, '', 'portfolio', 'list');
      expect(list.out).toContain('compliance pack cn, tightened {"cn.contact_window":{"start":"09:00"}');
      const event = await store.db
        .selectFrom('events')
        .select('payload')
        .where('kind', '=', 'portfolio.update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.payload)).toMatchObject({
        compliance_pack: 'cn',
        compliance_params: { 'cn.daily_attempts': { max: 4 } },
      });

      // 08:30 in Shanghai is inside the pack's hours but before the portfolio's.
      const [early] = await gateContacts({
        db: store.db,
        store,
        now: TEST_NOW,
        attempts: [
          {
            accountId: ids.get('A-1') as number,
            partyId: ids.get('P-1') as number,
            channel: 'phone',
            contactPoint: null,
            text: null,
            staff: ['li.na'],
            disclosesDebt: true,
            at: new Date('2026-12-01T08:30:00+08:00'),
          },
        ],
      });
      expect(early?.decision.allowed).toBe(false);
      expect(early?.decision.next_allowed_at).toBe('2026-12-01T01:00:00.000Z');
    });

    it('refuses a loosening, naming the rule and the parameter, and changes nothing', async () => {
      const store = await open();
      await seedWorkedBook(store, TEST_NOW);
      const looser = await runCliWithInput(
        store.location,
        '{"cn.daily_attempts": {"max": 10}}',
        'portfolio',
        'set',
        'consumer',
        '--compliance-params',
        '-',
      );
      expect(looser.code).toBe(2);
      expect(looser.err).toMatch(/cn\.daily_attempts\.max 10 is higher than the pack's 6/);
      const wrongPack = await runCliWithInput(
        store.location,
        '{"cn.daily_attempts": {"max": 4}}',
        'portfolio',
        'set',
        'consumer',
        '--compliance-pack',
        'uk-conc',
        '--compliance-params',
        '-',
      );
      expect(wrongPack.code).toBe(2);
      expect(wrongPack.err).toMatch(/the uk-conc pack has no rule "cn\.daily_attempts"/);
      const row = await store.db
        .selectFrom('portfolios')
        .select(['compliance_pack', 'compliance_params'])
        .where('portfolio_id', '=', 'consumer')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ compliance_pack: 'cn', compliance_params: '' });
    });
  });
}
