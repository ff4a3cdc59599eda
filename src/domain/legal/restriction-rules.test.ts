/** Restrictions: the notice before a bureau report, the refusal of public posting, how long a record is kept. */
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import {
  CREDIT_REPORTING,
  effectiveAfterLift,
  isDebtPaid,
  placeRestriction,
  publicPostingChannel,
  recordKeptUntil,
  refusePublicPosting,
} from './restriction-rules.js';

function refused(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const TODAY = '2026-11-29';

describe('placeRestriction', () => {
  it('puts a blacklist and a stop on new credit in force today, without a notice', () => {
    expect(placeRestriction({ type: 'blacklist', pack: 'cn', noticeSentOn: null, today: TODAY })).toEqual({
      status: 'active',
      effectiveOn: TODAY,
      noticeSentOn: null,
    });
    expect(
      refused(() => placeRestriction({ type: 'stop_new_credit', pack: 'cn', noticeSentOn: TODAY, today: TODAY }))
        .message,
    ).toMatch(/only a credit_bureau report needs a notice/);
  });

  it('refuses a bureau report without a notice, then waits the pack’s period from it', () => {
    const bare = refused(() =>
      placeRestriction({ type: 'credit_bureau', pack: 'cn', noticeSentOn: null, today: TODAY }),
    );
    expect(bare.code).toBe('INVALID_INPUT');
    expect(bare.message).toMatch(/征信业管理条例 art\. 15/);
    // cn: the 15 days the notice letter names.
    expect(placeRestriction({ type: 'credit_bureau', pack: 'cn', noticeSentOn: '2026-11-15', today: TODAY })).toEqual({
      status: 'noticed',
      effectiveOn: '2026-11-30',
      noticeSentOn: '2026-11-15',
    });
    expect(
      placeRestriction({ type: 'credit_bureau', pack: 'cn', noticeSentOn: '2026-11-14', today: TODAY }),
    ).toMatchObject({ status: 'reported', effectiveOn: '2026-11-29' });
    expect(
      placeRestriction({ type: 'credit_bureau', pack: 'us-regf', noticeSentOn: '2026-11-22', today: TODAY }),
    ).toMatchObject({ status: 'noticed', effectiveOn: '2026-12-06' });
    expect(
      placeRestriction({ type: 'credit_bureau', pack: 'uk-conc', noticeSentOn: '2026-11-01', today: TODAY }),
    ).toMatchObject({ status: 'reported', effectiveOn: '2026-11-29' });
  });

  it('refuses public posting of any kind before anything else, with the reason and the law', () => {
    for (const type of ['public_posting', 'social_media']) {
      const r = refused(() => placeRestriction({ type, pack: 'cn', noticeSentOn: null, today: TODAY }));
      expect(r.code).toBe('FORBIDDEN');
      expect(r.message).toMatch(/个人信息保护法 arts\. 10, 25/);
    }
    expect(() => refusePublicPosting('blacklist')).not.toThrow();
    for (const channel of ['social_media', 'WeChat_Moments', 'weibo', 'public_notice_board']) {
      expect(publicPostingChannel(channel)).toMatch(/is a public channel and is refused/);
    }
    for (const channel of ['sms', 'post', 'wechat', 'email', 42]) expect(publicPostingChannel(channel)).toBeNull();
    expect(
      refused(() => placeRestriction({ type: 'name_card', pack: 'cn', noticeSentOn: null, today: TODAY })).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('recordKeptUntil', () => {
  const bureau = { type: 'credit_bureau', effectiveOn: '2026-11-08', liftedOn: null, liftedReason: null };
  it('keeps a cn record 5 years from the day the debt was paid, and knows no date before it', () => {
    expect(recordKeptUntil({ ...bureau, status: 'reported' }, 'cn')).toBeNull();
    expect(recordKeptUntil({ ...bureau, status: 'lifted', liftedOn: '2027-03-01', liftedReason: 'paid' }, 'cn')).toBe(
      '2032-03-01',
    );
    expect(CREDIT_REPORTING.cn.keepCitation).toBe('征信业管理条例 art. 16');
  });

  it('has no record for a notice lifted before it was reported, nor for other restrictions', () => {
    const lifted = { ...bureau, status: 'lifted', liftedOn: '2026-11-05', liftedReason: 'paid' };
    expect(effectiveAfterLift({ status: 'noticed', effectiveOn: '2026-11-08' })).toBeNull();
    expect(recordKeptUntil({ ...lifted, effectiveOn: null }, 'cn')).toBeNull();
    expect(recordKeptUntil({ ...lifted, type: 'blacklist' }, 'cn')).toBeNull();
  });

  it('counts uk-conc from the report, and does not compute us-regf', () => {
    expect(recordKeptUntil({ ...bureau, status: 'reported' }, 'uk-conc')).toBe('2032-11-08');
    expect(recordKeptUntil({ ...bureau, status: 'reported' }, 'us-regf')).toBeNull();
  });
});

describe('isDebtPaid', () => {
  it('is paid when nothing is owed or the ledger closed the account', () => {
    expect(isDebtPaid({ status: 'active', outstanding: 1 })).toBe(false);
    expect(isDebtPaid({ status: 'active', outstanding: 0 })).toBe(true);
    expect(isDebtPaid({ status: 'settled', outstanding: 5 })).toBe(true);
    expect(isDebtPaid({ status: 'paid_off', outstanding: 0 })).toBe(true);
  });
});
