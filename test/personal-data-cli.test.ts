/**
 * No command prints personal data in clear: every `dunwell` command runs against the demo database and
 * neither its output nor its errors carry any ID number, phone number, e-mail, WeChat id or address the
 * demo generated — masked forms only. The one exception is `party reveal`, whose purpose it is (recorded).
 * A command added later without a line here fails the coverage check, so it is looked at too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands/index.js';
import { type DemoOptions, demoRecords } from '../src/demo/generate-demo.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { normaliseValue } from '../src/domain/privacy/normalise-value.js';
import type { Store } from '../src/store/open-database.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { runCli, runCliWithInput } from './support/run-cli.js';

const DEMO: DemoOptions = { accounts: 300, seed: 7, asOf: '2026-11-29' };

/** Every personal value the demo generated, as written, and phone numbers also as bare digits. */
function clearValues(): string[] {
  const out = new Set<string>();
  for (const p of demoRecords(DEMO, 'parties')) if (p.id_number) out.add(p.id_number);
  for (const c of demoRecords(DEMO, 'contacts')) {
    const value = c.value ?? '';
    out.add(value);
    if (c.type === 'mobile' || c.type === 'landline') {
      out.add(value.replace(/\D/g, ''));
      out.add(normaliseValue('phone', value));
    }
  }
  return [...out].filter((v) => v.length >= 6);
}

/** The clear values found in `text` (digits compared run by run, so amounts never match by accident). */
function leaks(text: string, clear: readonly string[]): string[] {
  const runs = new Set(text.match(/\d+/g) ?? []);
  return clear.filter((v) => (/^\d+$/.test(v) ? runs.has(v) : text.includes(v)));
}

interface Ids {
  account: string;
  party: string;
  collector: string;
  fieldAgent: string;
  manager: string;
  legal: string;
  auditor: string;
  admin: string;
  item: string;
  promise: string;
  arrangement: string;
  activity: string;
  portfolio: string;
}

async function demoIds(store: Store): Promise<Ids> {
  const db = store.db;
  const account = await db
    .selectFrom('activities')
    .innerJoin('accounts', 'accounts.id', 'activities.account_id')
    .select(['accounts.account_id', 'accounts.portfolio_id', 'activities.activity_id'])
    .where('activities.contact_point', 'is not', null)
    .where('activities.source', '=', 'desk')
    .orderBy('activities.id')
    .executeTakeFirstOrThrow();
  const party = await db
    .selectFrom('relations')
    .innerJoin('accounts', 'accounts.id', 'relations.account_id')
    .innerJoin('parties', 'parties.id', 'relations.party_id')
    .select('parties.party_id')
    .where('accounts.account_id', '=', account.account_id)
    .where('relations.role', '=', 'borrower')
    .executeTakeFirstOrThrow();
  const user = async (role: string) =>
    (
      await db
        .selectFrom('users')
        .select('user_id')
        .where('role', '=', role)
        .orderBy('user_id')
        .executeTakeFirstOrThrow()
    ).user_id;
  const first = async <T>(q: Promise<T | undefined>, fallback: T) => (await q) ?? fallback;
  return {
    account: account.account_id,
    party: party.party_id,
    collector: await user('collector'),
    fieldAgent: await user('field_agent'),
    manager: await user('manager'),
    legal: await user('legal'),
    auditor: await user('auditor'),
    admin: await user('admin'),
    item: (await first(db.selectFrom('work_items').select('item_id').executeTakeFirst(), { item_id: 'wi_none' }))
      .item_id,
    promise: (await first(db.selectFrom('promises').select('promise_id').executeTakeFirst(), { promise_id: 'pr_none' }))
      .promise_id,
    arrangement: (
      await first(db.selectFrom('arrangements').select('arrangement_id').executeTakeFirst(), {
        arrangement_id: 'ar_none',
      })
    ).arrangement_id,
    activity: account.activity_id,
    portfolio: account.portfolio_id,
  };
}

/** Each command with the arguments it runs with here (its stdin second); the output is checked whatever its exit. */
function commandLines(ids: Ids, folder: string): Record<string, { args: string[]; input?: string }[]> {
  const a = ids.account;
  const contacts = join(folder, 'contacts.csv');
  writeFileSync(contacts, `party_id,type,value\n${ids.party},mobile,1391234567x\n${ids.party},email,not-an-email\n`);
  const precheck = JSON.stringify({ pack: 'cn', attempt: { channel: 'phone', contact_point: '+86 139 1234 5678' } });
  return {
    init: [{ args: ['init'] }, { args: ['init', '--json'] }],
    start: [{ args: ['start'] }],
    import: [{ args: ['import', 'contacts', contacts] }, { args: ['import', 'contacts', contacts, '--json'] }],
    cycle: [{ args: ['cycle', '--as-of', DEMO.asOf, '--json'] }],
    demo: [{ args: ['demo', '--accounts', '5'] }],
    'account show': [{ args: ['account', 'show', a] }, { args: ['account', 'show', a, '--json'] }],
    'account hold': [{ args: ['account', 'hold', a, '--from', DEMO.asOf, '--reason', '测试', '--by', ids.collector] }],
    'account release': [{ args: ['account', 'release', a, '--last-day', DEMO.asOf, '--by', ids.manager] }],
    'account timeline': [{ args: ['account', 'timeline', a] }, { args: ['account', 'timeline', a, '--json'] }],
    'activity log': [
      {
        args: ['activity', 'log', a, '--by', ids.collector, '--channel', 'phone', '--outcome', 'no_answer'].concat([
          '--contact-point',
          '+86 139 1234 5678',
          '--at',
          '2026-11-28T10:00:00+08:00',
          '--json',
        ]),
      },
    ],
    'activity list': [{ args: ['activity', 'list', a] }, { args: ['activity', 'list', a, '--json'] }],
    'party request add': [
      { args: ['party', 'request', 'add', ids.party, '--type', 'consent_to_call', '--by', ids.collector] },
    ],
    'party request withdraw': [{ args: ['party', 'request', 'withdraw', 'req_none', '--by', ids.collector] }],
    'party request list': [{ args: ['party', 'request', 'list', '--json'] }],
    'privacy encrypt-existing': [{ args: ['privacy', 'encrypt-existing', '--json'] }],
    'portfolio list': [{ args: ['portfolio', 'list', '--json'] }],
    'portfolio set': [{ args: ['portfolio', 'set', ids.portfolio, '--paydays', '5,20'] }],
    'user add': [{ args: ['user', 'add', 'new.one', '--name', 'New One', '--role', 'collector'] }],
    'user set': [{ args: ['user', 'set', 'new.one', '--capacity', '30'] }],
    'user list': [{ args: ['user', 'list', '--json'] }],
    'team add': [{ args: ['team', 'add', 'tm_x', '--name', 'X'] }],
    'team set': [{ args: ['team', 'set', 'tm_x', '--name', 'Y'] }],
    'team list': [{ args: ['team', 'list', '--json'] }],
    'strategy validate': [{ args: ['strategy', 'validate', contacts] }],
    'strategy preview': [{ args: ['strategy', 'preview', contacts] }],
    'strategy submit': [{ args: ['strategy', 'submit', contacts, '--by', ids.manager] }],
    'strategy approve': [{ args: ['strategy', 'approve', '99', '--by', ids.manager] }],
    'strategy reject': [{ args: ['strategy', 'reject', '99', '--by', ids.manager] }],
    'strategy rollback': [{ args: ['strategy', 'rollback', '99', '--by', ids.manager] }],
    'strategy history': [{ args: ['strategy', 'history', '--json'] }],
    'strategy show': [{ args: ['strategy', 'show'] }],
    'playbook show': [{ args: ['playbook', 'show', '--json'] }],
    'playbook set': [{ args: ['playbook', 'set', '--file', contacts, '--by', ids.manager] }],
    'playbook suggest': [{ args: ['playbook', 'suggest', a, '--json'] }, { args: ['playbook', 'suggest', a] }],
    queue: [{ args: ['queue', '--json'] }, { args: ['queue', '--collector', ids.collector] }],
    'queue assign': [{ args: ['queue', 'assign', ids.item, '--to', ids.collector, '--by', ids.manager] }],
    'promise add': [{ args: ['promise', 'add', a, '--amount', '10.00', '--on', '2026-12-05', '--by', ids.collector] }],
    'promise list': [{ args: ['promise', 'list', '--json'] }],
    'promise cancel': [{ args: ['promise', 'cancel', ids.promise, '--by', ids.manager, '--reason', 'x'] }],
    'arrangement propose': [
      { args: ['arrangement', 'propose', a, '--type', 'settlement', '--amount', '1.00', '--pay-by', '2026-12-20'] },
    ],
    'arrangement approve': [{ args: ['arrangement', 'approve', ids.arrangement, '--by', ids.manager] }],
    'arrangement reject': [{ args: ['arrangement', 'reject', ids.arrangement, '--by', ids.manager, '--reason', 'x'] }],
    'arrangement cancel': [{ args: ['arrangement', 'cancel', ids.arrangement, '--by', ids.manager, '--reason', 'x'] }],
    'arrangement list': [{ args: ['arrangement', 'list', '--json'] }],
    'template list': [{ args: ['template', 'list', '--json'] }],
    'template show': [{ args: ['template', 'show', 'm1_friendly_reminder'] }],
    'template set': [{ args: ['template', 'set', '--file', contacts, '--by', ids.manager] }],
    'template render': [
      { args: ['template', 'render', 'm1_friendly_reminder', '--account', a] },
      { args: ['template', 'render', 'm1_friendly_reminder', '--account', a, '--json'] },
      { args: ['template', 'render', 'm2_formal_notice', '--account', a, '--json'] },
    ],
    'outbox send': [{ args: ['outbox', 'send', '--dry-run', '--json'] }],
    'compliance check': [{ args: ['compliance', 'check', '--json'], input: precheck }],
    'compliance lint': [{ args: ['compliance', 'lint'], input: '请尽快还款，联系 13912345678' }],
    'compliance blocks': [{ args: ['compliance', 'blocks', '--json'] }],
    'compliance precheck': [
      {
        args: ['compliance', 'precheck', a, '--channel', 'phone', '--by', ids.collector].concat([
          '--contact-point',
          '+86 139 1234 5678',
          '--json',
        ]),
      },
    ],
    'compliance override': [
      { args: ['compliance', 'override', a, '--rule', 'cn.x', '--reason', 'x', '--by', ids.manager] },
    ],
    'compliance override list': [{ args: ['compliance', 'override', 'list', '--json'] }],
    'evidence add': [{ args: ['evidence', 'add', a, '--file', contacts, '--kind', 'document', '--by', ids.collector] }],
    'evidence list': [{ args: ['evidence', 'list', a, '--json'] }],
    'evidence show': [{ args: ['evidence', 'show', '0'.repeat(64)] }],
    'evidence purge': [{ args: ['evidence', 'purge', '--by', ids.admin] }],
    'audit verify': [{ args: ['audit', 'verify', '--json'] }],
    'legal limitation': [{ args: ['legal', 'limitation', '--json'], input: '{}' }],
    'legal clock': [{ args: ['legal', 'clock', a, '--json'] }],
    'legal event add': [
      { args: ['legal', 'event', 'add', a, '--type', 'acknowledgement', '--on', DEMO.asOf, '--by', ids.legal] },
    ],
    'legal event list': [{ args: ['legal', 'event', 'list', '--json'] }],
    'legal case open': [{ args: ['legal', 'case', 'open', a, '--kind', 'lawsuit', '--by', ids.legal, '--json'] }],
    'legal case update': [{ args: ['legal', 'case', 'update', 'case_none', '--by', ids.legal] }],
    'legal case list': [{ args: ['legal', 'case', 'list', '--json'] }],
    'legal case show': [{ args: ['legal', 'case', 'show', 'case_none'] }],
    'legal suggest': [{ args: ['legal', 'suggest', '--json'] }],
    'restriction add': [{ args: ['restriction', 'add', a, '--type', 'blacklist', '--by', ids.manager, '--json'] }],
    'restriction list': [{ args: ['restriction', 'list', '--json'] }],
    'restriction lift': [{ args: ['restriction', 'lift', 'rs_none', '--reason', 'x', '--by', ids.manager] }],
    'letter issue': [
      { args: ['letter', 'issue', a, '--kind', 'demand', '--by', ids.legal, '--out', join(folder, 'l.pdf'), '--json'] },
    ],
    'letter delivered': [
      {
        args: ['letter', 'delivered', ids.activity, '--method', 'signed_receipt', '--on', DEMO.asOf, '--by', ids.legal],
      },
    ],
    'letter list': [{ args: ['letter', 'list', a, '--json'] }],
    'letter letterhead': [{ args: ['letter', 'letterhead', ids.portfolio, '--json'] }],
    'report aging': [{ args: ['report', 'aging', '--csv'] }],
    'report strategy': [{ args: ['report', 'strategy', '--json'] }],
    'report promises': [{ args: ['report', 'promises', '--json'] }],
  };
}

/** Commands whose purpose is to print personal data in clear, to the role allowed, recorded. */
const CLEAR_BY_DESIGN = new Set(['party reveal']);

for (const engine of testEngines) {
  describe(`no command prints personal data in clear (demo database on '${engine.name}')`, () => {
    let store: Store;
    let location: string;
    let ids: Ids;
    const clear = clearValues();
    beforeAll(async () => {
      store = await engine.open();
      location = store.location;
      await loadDemo({
        store,
        ...DEMO,
        now: () => TEST_NOW,
        actor: 'test',
        sendMessages: engine.name === 'sqlite',
      });
      ids = await demoIds(store);
    }, 300_000);
    afterAll(async () => {
      await store?.close();
    });

    it('knows personal values to look for, and finds them stored only sealed', async () => {
      expect(clear.length).toBeGreaterThan(500);
      const stored = await store.db.selectFrom('contact_points').select('value').execute();
      expect(stored.every((s) => s.value.startsWith('enc:v1:'))).toBe(true);
    });

    it('covers every command', () => {
      const lines = commandLines(ids, engine.name === 'sqlite' ? join(location, '..') : '/tmp');
      const missing = COMMANDS.map((c) => c.name).filter((n) => !(n in lines) && !CLEAR_BY_DESIGN.has(n));
      expect(missing).toEqual([]);
    });

    it('prints every personal value masked: output, JSON and errors of each command', async () => {
      const folder = engine.name === 'sqlite' ? join(location, '..') : (await import('node:os')).tmpdir();
      const found: string[] = [];
      const printed: string[] = [];
      for (const [name, runs] of Object.entries(commandLines(ids, folder))) {
        for (const run of runs) {
          const result =
            run.input === undefined
              ? await runCli(location, ...run.args)
              : await runCliWithInput(location, run.input, ...run.args);
          for (const leak of leaks(`${result.out}\n${result.err}`, clear))
            found.push(`${name} (${run.args.join(' ')}): ${leak}`);
          // Nor the ciphertext: a sealed value is shown by its masked form.
          if (`${result.out}${result.err}`.includes('enc:v1:'))
            found.push(`${name} (${run.args.join(' ')}): a sealed value`);
          printed.push(result.out);
        }
      }
      expect(found).toEqual([]);
      // What they print instead: the masked forms (a phone, an ID number, an address).
      const all = printed.join('\n');
      expect(all).toMatch(/\d{3}\*{4}\d{4}/);
      expect(all).toMatch(/\*{10}/);
      expect(all).toMatch(/[市区]\*{4}/);
    }, 300_000);

    it('prints it in clear only through party reveal, to a role allowed, recorded without the value', async () => {
      const revealed = await runCli(
        location,
        ...[
          'party',
          'reveal',
          ids.party,
          '--field',
          'id_number',
          '--by',
          ids.legal,
          '--reason',
          '起诉材料 / filing a suit',
          '--json',
        ],
      );
      expect(revealed.code).toBe(0);
      const view = JSON.parse(revealed.out) as { values: { value: string; masked: string }[] };
      expect(view.values).toHaveLength(1);
      expect(clear).toContain(view.values[0]?.value);
      const refused = await runCli(
        location,
        ...['party', 'reveal', ids.party, '--field', 'id_number', '--by', ids.auditor, '--reason', 'spot check'],
      );
      expect(refused.code).toBe(1);
      expect(leaks(`${refused.out}\n${refused.err}`, clear)).toEqual([]);
      const events = await store.db
        .selectFrom('events')
        .select(['kind', 'payload'])
        .where('kind', 'in', ['privacy.reveal', 'privacy.reveal_refused'])
        .execute();
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(leaks(events.map((e) => e.payload).join('\n'), clear)).toEqual([]);
    });
  });
}
