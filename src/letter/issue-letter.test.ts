/** Letters end to end on both engines: issue, what is stored, the PDF read back, delivery, refusals. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import { embeddedFonts, pdfPages } from '../../test/support/pdf-text.js';
import { refusal } from '../../test/support/refusal.js';
import { showAccount } from '../account/show-account.js';
import { validationPeriodEnd } from '../domain/letter/letter-dates.js';
import { dateText, moneyText } from '../domain/letter/letter-format.js';
import { parseAmount } from '../domain/money/money.js';
import { evidencePath } from '../evidence/evidence-file.js';
import { limitationClocks } from '../legal/limitation-clocks.js';
import type { Store } from '../store/open-database.js';
import { findCjkFont } from './find-cjk-font.js';
import { type IssueLetterOptions, issueLetter } from './issue-letter.js';
import { LETTER_DAY, seedLetterBook } from './letter-fixtures.js';
import { listLetters } from './list-letters.js';
import { recordDelivery } from './record-delivery.js';

const folder = mkdtempSync(join(tmpdir(), 'dunwell-letters-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const font = findCjkFont({});

function issue(store: Store, over: Partial<IssueLetterOptions> = {}) {
  return issueLetter({
    store,
    accountId: 'A-1',
    kind: 'demand',
    by: 'li.na',
    font,
    evidenceFolder: folder,
    now: TEST_NOW,
    ...over,
  });
}

/** Minor units of a formatted CNY amount, to compare with the letter's own formatting. */
const minor = (text: string) => {
  const parsed = parseAmount(text, 'CNY');
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.minor;
};

describe.each(testEngines)('letters on $name', (engine) => {
  const open = freshStores(engine);

  it('issues a demand stating the ledger by component as account show does, stored as evidence with its activity', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    const { letter, pdf } = await issue(store);
    const account = await showAccount({ store, accountId: 'A-1', asOf: LETTER_DAY, today: LETTER_DAY });
    expect(letter).toMatchObject({
      account_id: 'A-1',
      party_id: 'P-1',
      kind: 'demand',
      language: 'zh-CN',
      letter_date: LETTER_DAY,
      respond_by: '2026-12-14',
      currency: 'CNY',
      amount_due: account.past_due.total,
      outstanding: account.outstanding.total,
      pages: 2,
    });
    expect(minor(letter.amount_due)).toBeGreaterThan(0);

    const [first = '', second = ''] = await pdfPages(pdf);
    expect(first).toContain('催收通知书');
    expect(first).toContain('上海市徐汇区漕溪北路88号3号楼1202室');
    // Each component's overdue amount as account show has it, on the table's row.
    const rows = { 本金: 'principal', 利息: 'interest', 罚息: 'penalty', 滞纳金: 'late_fee' } as const;
    for (const [label, component] of Object.entries(rows)) {
      const due = moneyText(minor(account.past_due[component]), 'CNY');
      expect(first).toMatch(new RegExp(`${label} ${due.replace('.', '\\.')} `));
    }
    expect(first).toContain(`合计 ${moneyText(minor(account.past_due.total), 'CNY')}`);
    expect(first).toContain('第 1 页，共 2 页');
    expect(second).toContain('欠款确认回执');
    expect(second).toContain(`尚欠人民币 ${moneyText(minor(account.outstanding.total), 'CNY')} 元`);
    expect(second).toContain('第 2 页，共 2 页');

    // Only subsets of the CJK font are embedded, and the letter stays small.
    const fonts = embeddedFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$/);
    expect(pdf.length).toBeLessThan(400_000);

    const db = store.db;
    const activity = await db
      .selectFrom('activities')
      .selectAll()
      .where('activity_id', '=', letter.activity_id)
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({
      channel: 'post',
      direction: 'outbound',
      staff: 'li.na',
      outcome: 'delivered',
      evidence: letter.sha256,
    });
    const file = await db
      .selectFrom('evidence_files')
      .selectAll()
      .where('sha256', '=', letter.sha256)
      .executeTakeFirstOrThrow();
    expect(file).toMatchObject({ kind: 'letter', media_type: 'application/pdf', stored_by: 'li.na' });
    expect(Number(file.size)).toBe(pdf.length);
    expect(new Uint8Array(readFileSync(evidencePath(folder, letter.sha256)))).toEqual(pdf);
    const link = await db
      .selectFrom('evidence_links')
      .selectAll()
      .where('sha256', '=', letter.sha256)
      .executeTakeFirstOrThrow();
    expect(link.activity_id).toBe(letter.activity_id);
    const stored = await db
      .selectFrom('letters')
      .selectAll()
      .where('letter_id', '=', letter.letter_id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.amount_due)).toBe(minor(letter.amount_due));
    expect(stored.sha256).toBe(letter.sha256);
    const events = await db.selectFrom('events').select('kind').where('kind', '=', 'letter.issue').execute();
    expect(events).toHaveLength(1);
  });

  it('writes in English when asked, and a validation notice under us-regf with its period and response form', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    const english = await issue(store, { language: 'en', kind: 'demand' });
    const [page] = await pdfPages(english.pdf);
    expect(page).toContain('Demand for payment');
    expect(page).toContain(`Total ${moneyText(minor(english.letter.amount_due), 'CNY')}`);
    expect(page).toContain('Page 1 of 2');

    await store.db.updateTable('portfolios').set({ compliance_pack: 'us-regf' }).execute();
    const notice = await issue(store, { language: 'en', kind: 'validation_notice' });
    expect(notice.letter.respond_by).toBe(validationPeriodEnd(LETTER_DAY));
    const text = (await pdfPages(notice.pdf)).join('\n');
    expect(text).toContain('Debt validation notice');
    // The end of the validation period, as the letter writes it (2026-11-29 is a Sunday: receipt Friday 4
    // December, the period ends 3 January 2027).
    expect(dateText(validationPeriodEnd(LETTER_DAY), 'en')).toBe('3 January 2027');
    expect(text.replace(/\s+/g, ' ')).toContain('call or write to us by 3 January 2027');
    expect(text).toContain(
      `Total owed now, as of 29 November 2026 ${moneyText(minor(notice.letter.outstanding), 'CNY')}`,
    );
    expect(text).toContain('Response form');
    expect(text).not.toContain('Acknowledgement of debt');
    const file = await store.db
      .selectFrom('evidence_files')
      .select('kind')
      .where('sha256', '=', notice.letter.sha256)
      .executeTakeFirstOrThrow();
    expect(file.kind).toBe('notice');
  });

  it('refuses what would be unlawful or untrue, writing nothing', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    expect(await refusal(issue(store, { kind: 'final_demand' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('li.na is a collector'),
    });
    expect(await refusal(issue(store, { by: 'qian.audit' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(issue(store, { partyId: 'C-1' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('third party'),
    });
    expect(await refusal(issue(store, { kind: 'reminder' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('kind "reminder"'),
    });
    expect(await refusal(issue(store, { language: 'fr' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(issue(store, { on: '2026-11-30' }))).toMatchObject({
      message: expect.stringContaining('run the cycle to 2026-11-30'),
    });
    expect(await refusal(issue(store, { on: '2026-11-28' }))).toMatchObject({
      message: expect.stringContaining('date the letter 2026-11-29'),
    });
    expect(await refusal(issue(store, { kind: 'validation_notice' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('us-regf'),
    });
    await store.db.updateTable('portfolios').set({ lender_kind: 'private' }).execute();
    expect(await refusal(issue(store, { kind: 'credit_report_notice', by: 'tang.lead' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('private lender'),
    });
    await store.db.updateTable('portfolios').set({ letterhead: '' }).execute();
    expect(await refusal(issue(store))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('no letterhead'),
    });
    expect(await store.db.selectFrom('letters').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('activities').select('id').where('channel', '=', 'post').execute()).toEqual([]);
  });

  it('lets the contact gate refuse a letter on an account in dispute, and records the block', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    const account = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('account_holds')
      .values({
        account_id: Number(account.id),
        from_on: '2026-11-20',
        to_on: null,
        reason: '客户对罚息有异议',
        created_at: TEST_NOW.toISOString(),
        type: 'dispute',
        placed_by: 'tang.lead',
      })
      .execute();
    const refused = await refusal(issue(store));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('the contact gate refuses this letter');
    const blocks = await store.db.selectFrom('contact_blocks').selectAll().execute();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ channel: 'letter', source: 'desk', actor: 'li.na' });
    expect(JSON.parse(blocks[0]?.rules ?? '[]').map((r: { id: string }) => r.id)).toEqual(['cn.hold.dispute']);
    expect(await store.db.selectFrom('letters').select('id').execute()).toEqual([]);
  });

  it('records a proven delivery once: the letter, a demand_delivered legal event that restarts the clock, the proof', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    const { letter } = await issue(store);
    const proof = join(folder, 'receipt.png');
    writeFileSync(proof, Buffer.from('a scan of the signed receipt'));
    const delivered = await recordDelivery({
      store,
      activityId: letter.activity_id,
      method: 'registered_mail',
      on: LETTER_DAY,
      by: 'li.na',
      evidenceFile: proof,
      evidenceFolder: folder,
      now: TEST_NOW,
    });
    expect(delivered).toMatchObject({
      letter_id: letter.letter_id,
      method: 'registered_mail',
      delivered_on: LETTER_DAY,
    });
    expect(delivered.legal_event_id).toMatch(/^lev_/);
    const legal = await store.db.selectFrom('legal_events').selectAll().executeTakeFirstOrThrow();
    expect(legal).toMatchObject({
      type: 'demand_delivered',
      method: 'registered_mail',
      activity_id: letter.activity_id,
      evidence: delivered.evidence,
      recorded_by: 'li.na',
    });
    expect(String(legal.occurred_on).slice(0, 10)).toBe(LETTER_DAY);
    const proofFile = await store.db
      .selectFrom('evidence_files')
      .select('kind')
      .where('sha256', '=', delivered.evidence ?? '')
      .executeTakeFirstOrThrow();
    expect(proofFile.kind).toBe('document');
    const account = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    const clock = (await limitationClocks(store.db, [Number(account.id)], LETTER_DAY)).get(Number(account.id));
    expect(clock?.clock.steps.some((s) => s.type === 'demand_delivered' && s.on === LETTER_DAY)).toBe(true);

    const again = (over: Partial<Parameters<typeof recordDelivery>[0]>) =>
      refusal(
        recordDelivery({
          store,
          activityId: letter.activity_id,
          method: 'signed_receipt',
          on: LETTER_DAY,
          by: 'li.na',
          evidenceFolder: folder,
          now: TEST_NOW,
          ...over,
        }),
      );
    expect(await again({})).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already recorded delivered'),
    });
    expect(await again({ activityId: 'act_nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await again({ method: 'pigeon' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await again({ by: 'qian.audit' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await store.db.selectFrom('legal_events').select('id').execute()).toHaveLength(1);

    const listed = await listLetters({ db: store.db, accountId: 'A-1' });
    expect(listed).toEqual([
      expect.objectContaining({
        letter_id: letter.letter_id,
        kind: 'demand',
        delivered_on: LETTER_DAY,
        delivery_method: 'registered_mail',
      }),
    ]);
  });

  it('refuses a delivery day before the letter or after today', async () => {
    const store = await open();
    await seedLetterBook(store, TEST_NOW);
    const { letter } = await issue(store);
    const deliver = (on: string) =>
      refusal(
        recordDelivery({
          store,
          activityId: letter.activity_id,
          method: 'signed_receipt',
          on,
          by: 'li.na',
          evidenceFolder: folder,
          now: TEST_NOW,
        }),
      );
    expect(await deliver('2026-11-28')).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining("before the letter's date"),
    });
    expect(await deliver('2026-11-30')).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('after today'),
    });
    expect(await deliver('2026-13-01')).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
