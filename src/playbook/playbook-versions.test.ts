/** Storing and reading playbook versions, on both engines: the default until set, each set a new version. */

import { beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { sha256Of } from '../document/sha256-of.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { loadPlaybook } from './load-playbook.js';
import { setPlaybook } from './set-playbook.js';
import { showPlaybook } from './show-playbook.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const LATER = new Date('2026-11-30T02:00:00Z');

/** The default playbook with the call's title changed: a valid edit. */
function edited(title: string): string {
  const doc = parse(DEFAULT_PLAYBOOK_YAML) as { call: { title: { en: string } } };
  doc.call.title.en = title;
  return stringify(doc);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe.each(testEngines)('playbook versions on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    const add = (userId: string, role: string) =>
      addUser({ db: store.db, userId, name: userId, role, actor: 'test', now: NOW });
    await add('mgr', 'manager');
    await add('lead', 'team_lead');
    await add('col', 'collector');
  });

  const events = () =>
    store.db.selectFrom('events').select(['kind', 'actor', 'payload']).where('kind', '=', 'playbook.set').execute();

  it('shows the default until a version is stored, in the language asked', async () => {
    const zh = await showPlaybook({ db: store.db, lang: 'zh-CN' });
    expect(zh).toMatchObject({ source: 'default', version: null, sha256: sha256Of(DEFAULT_PLAYBOOK_YAML) });
    expect(zh.playbook.call.title).toBe('催收电话的四项核心任务');
    const en = await showPlaybook({ db: store.db, lang: 'en' });
    expect(en.playbook.call.tasks.map((t) => t.title)).toEqual([
      'Ask for payment today',
      'Learn why the payment is late',
      'Set out the lawful consequences',
      'End with a promise to pay',
    ]);
    expect(en.playbook.methods).toHaveLength(30);
    expect(en.playbook.methods[22]).toMatchObject({ number: 23, id: 'guarantor_pursuit' });
  });

  it('stores each set as the next version, in force at once, with an event', async () => {
    const v1 = await setPlaybook({ db: store.db, text: edited('Four tasks'), by: 'mgr', now: NOW });
    expect(v1).toEqual({
      source: 'stored',
      version: 1,
      sha256: sha256Of(edited('Four tasks')),
      created_by: 'mgr',
      created_at: NOW.toISOString(),
    });
    expect((await showPlaybook({ db: store.db, lang: 'en' })).playbook.call.title).toBe('Four tasks');
    const v2 = await setPlaybook({ db: store.db, text: edited('The call'), by: 'lead', now: LATER });
    expect(v2).toMatchObject({ version: 2, created_by: 'lead' });
    const shown = await showPlaybook({ db: store.db, lang: 'en' });
    expect(shown).toMatchObject({ source: 'stored', version: 2, created_at: LATER.toISOString() });
    expect(shown.playbook.call.title).toBe('The call');
    // The Chinese side of the edit is untouched.
    expect((await showPlaybook({ db: store.db, lang: 'zh-CN' })).playbook.call.title).toBe('催收电话的四项核心任务');
    const stored = await store.db.selectFrom('playbook_versions').selectAll().orderBy('version').execute();
    expect(stored.map((r) => [Number(r.version), r.document])).toEqual([
      [1, edited('Four tasks')],
      [2, edited('The call')],
    ]);
    const logged = await events();
    expect(logged.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([
      [
        'mgr',
        { version: 1, sha256: v1.sha256, previous_version: null, previous_sha256: sha256Of(DEFAULT_PLAYBOOK_YAML) },
      ],
      ['lead', { version: 2, sha256: v2.sha256, previous_version: 1, previous_sha256: v1.sha256 }],
    ]);
  });

  it('parses a text once, and reads a new version as soon as it is stored', async () => {
    const first = await loadPlaybook(store.db);
    expect((await loadPlaybook(store.db)).document).toBe(first.document);
    await setPlaybook({ db: store.db, text: edited('Renamed'), by: 'mgr', now: NOW });
    const second = await loadPlaybook(store.db);
    expect(second.document).not.toBe(first.document);
    expect(second.document.call.title.en).toBe('Renamed');
    expect(second.text).toBe(edited('Renamed'));
  });

  it('refuses a text already in force: the default, or the latest version', async () => {
    expect(await refusal(setPlaybook({ db: store.db, text: DEFAULT_PLAYBOOK_YAML, by: 'mgr', now: NOW }))).toEqual({
      code: 'CONFLICT',
      message: 'this text is already in force as the default playbook; nothing to store',
    });
    await setPlaybook({ db: store.db, text: edited('A'), by: 'mgr', now: NOW });
    expect(await refusal(setPlaybook({ db: store.db, text: edited('A'), by: 'mgr', now: NOW }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/playbook version 1/),
    });
    // Going back to the default is a change like any other.
    expect(await setPlaybook({ db: store.db, text: DEFAULT_PLAYBOOK_YAML, by: 'mgr', now: NOW })).toMatchObject({
      version: 2,
    });
  });

  it('refuses a broken playbook with the path and reason, storing nothing', async () => {
    const doc = parse(DEFAULT_PLAYBOOK_YAML) as { excuses: unknown[] };
    doc.excuses.pop();
    const refused = await refusal(
      setPlaybook({ db: store.db, text: stringify(doc), source: 'mine.yaml', by: 'mgr', now: NOW }),
    );
    expect(refused).toEqual({
      code: 'INVALID_INPUT',
      message: 'mine.yaml is not a valid playbook: excuses: missing excuse category: half_lost_contact',
    });
    expect(await refusal(setPlaybook({ db: store.db, text: 'call: [', by: 'mgr', now: NOW }))).toMatchObject({
      code: 'UNREADABLE_INPUT',
    });
    expect(await store.db.selectFrom('playbook_versions').selectAll().execute()).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('lets only those who design collection work change it', async () => {
    expect(await refusal(setPlaybook({ db: store.db, text: edited('x'), by: 'col', now: NOW }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/col is a collector; only a manager, team_lead, admin may change the playbook/),
    });
    expect(await refusal(setPlaybook({ db: store.db, text: edited('x'), by: 'nobody', now: NOW }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await events()).toEqual([]);
  });
});
