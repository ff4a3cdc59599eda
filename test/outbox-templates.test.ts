/**
 * Template versions on both engines: a manager's change is stored as the next version with an event, a
 * second change the one after, the stored text is what the outbox renders from then on, and an unchanged
 * file changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../src/domain/errors.js';
import { localChannels } from '../src/outbox/channels-config.js';
import { listTemplates } from '../src/outbox/list-templates.js';
import { sendOutbox } from '../src/outbox/send-outbox.js';
import { setTemplates } from '../src/outbox/set-templates.js';
import type { Store } from '../src/store/open-database.js';
import { addUser } from '../src/user/add-user.js';
import { freshStores, testEngines } from './support/engines.js';
import { D, IN_WINDOW, outboxBook, plan } from './support/outbox-book.js';

const file = (body: string) =>
  `templates:\n  - id: m1_reminder\n    channel: sms\n    tone: neutral\n    text:\n      zh-CN: { body: "${body}" }\n`;

describe.each(testEngines)('template versions on $name', (engine) => {
  const open = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await open();
    await outboxBook(store);
    await addUser({ db: store.db, userId: 'mgr', name: 'mgr', role: 'manager', actor: 'test', now: IN_WINDOW });
    await addUser({ db: store.db, userId: 'aud', name: 'aud', role: 'auditor', actor: 'test', now: IN_WINDOW });
  });
  const set = (body: string, by = 'mgr', at = IN_WINDOW) =>
    setTemplates({ db: store.db, text: file(body), source: 'f.yaml', by, now: at });

  it('stores each change as the next version, with an event, and the outbox renders the stored text', async () => {
    expect((await set('{{debtor_name}}，请致电{{callback_line}}。')).changed).toEqual([
      { template_id: 'm1_reminder', channel: 'sms', language: 'zh-CN', version: 1 },
    ]);
    const later = new Date('2026-11-29T03:00:00Z');
    expect((await set('{{debtor_name}}您好，请回电{{callback_line}}。', 'mgr', later)).changed[0]?.version).toBe(2);
    expect(await set('{{debtor_name}}您好，请回电{{callback_line}}。')).toEqual({ changed: [], unchanged: 1 });
    const rows = await store.db.selectFrom('message_templates').selectAll().execute();
    expect(rows).toEqual([
      expect.objectContaining({
        template_id: 'm1_reminder',
        language: 'zh-CN',
        version: 2,
        updated_by: 'mgr',
        updated_at: later.toISOString(),
        tone: 'neutral',
        tier: null,
        subject: null,
      }),
    ]);
    const events = await store.db
      .selectFrom('events')
      .selectAll()
      .where('kind', '=', 'template.set')
      .orderBy('id')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      { template_id: 'm1_reminder', channel: 'sms', language: 'zh-CN', version: 1, previous_version: 0 },
      { template_id: 'm1_reminder', channel: 'sms', language: 'zh-CN', version: 2, previous_version: 1 },
    ]);
    const { templates } = await listTemplates({ db: store.db, filter: { templateId: 'm1_reminder', channel: 'sms' } });
    expect(templates.map((t) => [t.language, t.source, t.version])).toEqual([
      ['en', 'default', 0],
      ['zh-CN', 'stored', 2],
    ]);

    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    const report = await sendOutbox({
      store,
      asOf: D,
      now: () => IN_WINDOW,
      channels: localChannels('/tmp'),
      dryRun: true,
    });
    expect(report.messages[0]?.body).toBe('张**您好，请回电400-000-0000。');
  });

  it('refuses someone who does not design collection work, and changes nothing', async () => {
    const refused = await set('x{{dpd}}', 'aud').catch((e) => e);
    expect(isAppError(refused, 'FORBIDDEN')).toBe(true);
    expect(await store.db.selectFrom('message_templates').selectAll().execute()).toEqual([]);
    const unknown = await set('x', 'nobody').catch((e) => e);
    expect(isAppError(unknown, 'NOT_FOUND')).toBe(true);
  });
});
