/**
 * Cash collection in words: texts that ask for cash, for money handed to staff or paid into someone's own
 * account are found in both languages; saying it is never done, a debtor's offer written down and declined,
 * or a debtor who has no cash are not. The shipped playbook and templates pass; the lexicon is well formed.
 * And the desk refuses such a note, and `playbook set` such a playbook, on both engines.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { seedWorkedBook } from '../activity/activity-fixtures.js';
import { logActivity } from '../activity/log-activity.js';
import { lexiconProblems } from '../domain/compliance/lexicon.js';
import { DEFAULT_TEMPLATES_YAML } from '../outbox/default-templates.js';
import { DEFAULT_PLAYBOOK_YAML } from '../playbook/default-playbook.js';
import { setPlaybook } from '../playbook/set-playbook.js';
import { addUser } from '../user/add-user.js';
import { CASH_LEXICON, cashWording } from './cash-wording.js';

const words = (text: string) => cashWording(text, 'en').map((f) => f.text);

describe('cash collection in words', () => {
  it('finds a request for cash or a personal account, in Chinese and English', () => {
    expect(words('明天上门收现金，请提前准备好')).toEqual(['收现金']);
    expect(words('请准备好现金，我们的人会去取')).toEqual(['准备好现金']);
    expect(words('可以当面交钱给外访人员')).toEqual(['当面交钱']);
    expect(words('直接转我微信就行')).toEqual(['转我微信']);
    expect(words('钱打到私人账户也可以')).toEqual(['打到私人账户']);
    expect(words('Please have the cash ready when our agent visits')).toEqual(['have the cash ready']);
    expect(words('You can pay me directly, it is quicker')).toEqual(['pay me directly']);
    expect(words('We can collect the cash tomorrow')).toEqual(['collect the cash']);
    const [finding] = cashWording('明天上门收现金', 'zh-CN');
    expect(finding).toMatchObject({
      category: 'cash_collection',
      reason: expect.stringContaining('催收人员不得收取现金'),
    });
  });

  it('passes the rule itself, an offer declined, a debtor without cash, and other money words', () => {
    for (const text of [
      '绝不收取现金，也不拿走任何财物；还款一律通过银行或正式渠道',
      '我们不收现金，请通过银行转账',
      '客户提出用现金还款，已拒绝，告知通过银行转账',
      '借款人经营走下坡、已无力用现金还款',
      '客户手上现金还不够，下周发工资',
      '客户的个人账户被冻结',
      'We never take cash; please pay by bank transfer',
      'The debtor offered to pay in cash; declined and explained the bank transfer',
      'Cash flow is tight this month',
    ]) {
      expect(words(text), text).toEqual([]);
    }
  });

  it('the shipped playbook and templates pass; the lexicon is well formed', () => {
    expect(words(DEFAULT_PLAYBOOK_YAML)).toEqual([]);
    expect(words(DEFAULT_TEMPLATES_YAML)).toEqual([]);
    expect(lexiconProblems(CASH_LEXICON)).toEqual([]);
  });
});

const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('cash wording refused at the desk on $name', (engine) => {
  const open = freshStores(engine);

  it('refuses a note and a playbook that ask for cash, and stores neither', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    await addUser({ db: store.db, userId: 'mgr', name: 'M', role: 'manager', actor: 'test', now: NOW });
    await expect(
      logActivity({
        store,
        accountId: 'A-1',
        by: ['li.na'],
        channel: 'phone',
        outcome: 'promise',
        note: '约好明天上门收现金',
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(
        /^note: asks for cash or a personal account 涉及收取现金 — "收现金" \(cash_collection: /,
      ),
    });
    const bad = DEFAULT_PLAYBOOK_YAML.replace(
      '绝不收取现金，也不拿走任何财物；还款一律通过银行或正式渠道，可以陪同对方去办理。',
      '可以当面收取现金，回来后交财务。',
    );
    expect(bad).not.toBe(DEFAULT_PLAYBOOK_YAML);
    await expect(
      setPlaybook({ db: store.db, text: bad, source: 'playbook.yaml', by: 'mgr', now: NOW }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('playbook.yaml: asks for cash or a personal account'),
    });
    expect(await store.db.selectFrom('activities').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('playbook_versions').select('version').execute()).toEqual([]);
  });
});
