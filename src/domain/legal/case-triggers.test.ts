/** The six lawsuit triggers: each fires on its facts and not on the near miss beside it. */
import { describe, expect, it } from 'vitest';
import { type CaseActivityFact, type CaseFacts, suggestCase } from './case-triggers.js';

const TODAY = '2026-11-29';

/** An account past due with nothing that calls for a suit. */
function facts(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    today: TODAY,
    dpd: 40,
    outstanding: 500_000,
    notarizedOn: null,
    collateralTypes: [],
    deceasedHold: false,
    watch: [],
    activities: [],
    lastAgreementOn: null,
    openAgreement: false,
    brokenPromises: 0,
    lastPaymentOn: null,
    limitationExpiresOn: '2029-10-31',
    openCase: null,
    ...over,
  };
}

function act(on: string, outcome: string, over: Partial<CaseActivityFact> = {}): CaseActivityFact {
  const rightParty = [
    'right_party_contact',
    'refused',
    'promise',
    'dispute',
    'callback',
    'hardship',
    'paid',
    'visited',
  ];
  return { on, channel: 'phone', outcome, excuse: null, rightParty: rightParty.includes(outcome), ...over };
}

const codes = (f: CaseFacts) => suggestCase(f).triggers.map((t) => t.code);

describe('suggestCase', () => {
  it('suggests nothing for an ordinary past-due account, and says a suit is the route unless notarized', () => {
    expect(suggestCase(facts())).toEqual({ triggers: [], route: 'lawsuit', skipped: null });
    expect(suggestCase(facts({ notarizedOn: '2024-01-01' })).route).toBe('notarized_enforcement');
  });

  it('limitation near: within 90 days of expiry, not 91', () => {
    const near = suggestCase(facts({ limitationExpiresOn: '2027-02-27' }));
    expect(near.triggers.map((t) => t.code)).toEqual(['limitation_near']);
    expect(near.triggers[0]?.reason.en).toMatch(/runs out on 2027-02-27 \(90 days left\)/);
    expect(near.triggers[0]?.reason.zh).toMatch(/诉讼时效将于 2027-02-27 届满/);
    expect(codes(facts({ limitationExpiresOn: '2027-02-28' }))).toEqual([]);
    expect(codes(facts({ limitationExpiresOn: TODAY }))).toEqual(['limitation_near']);
    expect(codes(facts({ limitationExpiresOn: null }))).toEqual([]);
  });

  it('skips what it should not weigh: nothing owed, an open case, a time-barred debt', () => {
    expect(suggestCase(facts({ dpd: 0, limitationExpiresOn: TODAY })).skipped).toBe('not_owed');
    expect(suggestCase(facts({ outstanding: 0, limitationExpiresOn: TODAY })).skipped).toBe('not_owed');
    expect(suggestCase(facts({ openCase: 'lawsuit', limitationExpiresOn: TODAY }))).toMatchObject({
      skipped: 'open_case',
      triggers: [],
    });
    expect(suggestCase(facts({ limitationExpiresOn: '2026-11-28', deceasedHold: true }))).toMatchObject({
      skipped: 'time_barred',
      triggers: [],
    });
  });

  it('secured long overdue: registered real estate, machinery or a vehicle, 180 days past due', () => {
    expect(codes(facts({ dpd: 180, collateralTypes: ['real_estate'] }))).toEqual(['secured_long_overdue']);
    expect(
      suggestCase(facts({ dpd: 200, collateralTypes: ['vehicle', 'equipment', 'vehicle'] })).triggers[0]?.reason.en,
    ).toMatch(/registered collateral \(equipment, vehicle\)/);
    expect(codes(facts({ dpd: 179, collateralTypes: ['real_estate'] }))).toEqual([]);
    expect(codes(facts({ dpd: 400, collateralTypes: ['deposit', 'receivable'] }))).toEqual([]);
  });

  it('debtor dead or missing: a deceased hold, a death watch event, a deceased outcome, absconded, visits that found nobody', () => {
    expect(codes(facts({ deceasedHold: true }))).toEqual(['debtor_deceased_or_missing']);
    expect(codes(facts({ watch: [{ type: 'death', on: '2025-01-10' }] }))).toEqual(['debtor_deceased_or_missing']);
    expect(codes(facts({ activities: [act('2026-10-01', 'deceased')] }))).toEqual(['debtor_deceased_or_missing']);
    expect(
      codes(facts({ activities: [act('2026-10-01', 'refused', { excuse: 'dead_jailed_incapacitated' })] })),
    ).toEqual(['debtor_deceased_or_missing']);
    const absconded = suggestCase(facts({ activities: [act('2026-10-01', 'third_party', { excuse: 'absconded' })] }));
    expect(absconded.triggers[0]?.reason.en).toMatch(/disappeared/);
    const visits = [
      act('2026-10-01', 'not_found', { channel: 'visit' }),
      act('2026-10-20', 'not_found', { channel: 'visit' }),
    ];
    expect(codes(facts({ activities: visits }))).toEqual(['debtor_deceased_or_missing']);
    // One visit is not enough; reaching them after the visits means they are not missing; a year-old excuse is stale.
    expect(codes(facts({ activities: visits.slice(1) }))).toEqual([]);
    expect(codes(facts({ activities: [...visits, act('2026-11-02', 'right_party_contact')] }))).toEqual([]);
    expect(codes(facts({ activities: [act('2025-10-01', 'third_party', { excuse: 'absconded' })] }))).toEqual([]);
    expect(codes(facts({ watch: [{ type: 'address_change', on: '2026-11-01' }] }))).toEqual([]);
  });

  it('no agreement: five right-party talks since the last promise or proposal, none of them agreeing', () => {
    const talks = ['2026-09-01', '2026-09-15', '2026-10-01', '2026-10-15', '2026-11-01'].map((d) => act(d, 'refused'));
    expect(codes(facts({ activities: talks }))).toEqual(['no_agreement']);
    expect(suggestCase(facts({ activities: talks, lastAgreementOn: '2026-08-01' })).triggers[0]?.reason.en).toMatch(
      /5 conversations with the debtor since the last promise or proposal on 2026-08-01/,
    );
    expect(codes(facts({ activities: talks.slice(1) }))).toEqual([]);
    expect(codes(facts({ activities: talks, lastAgreementOn: '2026-09-01' }))).toEqual([]);
    expect(codes(facts({ activities: talks, openAgreement: true }))).toEqual([]);
    expect(codes(facts({ activities: [...talks.slice(1), act('2026-11-10', 'promise')] }))).toEqual([]);
    expect(codes(facts({ activities: talks.map((t) => ({ ...t, outcome: 'no_answer', rightParty: false })) }))).toEqual(
      [],
    );
  });

  it('assets to freeze: assets moving or other creditors in the last half year, or a receivable the debtor is owed', () => {
    for (const type of ['ownership_change', 'litigation', 'insolvency']) {
      expect(codes(facts({ watch: [{ type, on: '2026-11-01' }] }))).toEqual(['assets_to_freeze']);
    }
    const moved = suggestCase(facts({ watch: [{ type: 'ownership_change', on: '2026-11-01' }] })).triggers[0];
    expect(moved?.reason.en).toMatch(/^A change of ownership on 2026-11-01: assets may move/);
    expect(moved?.reason.zh).toMatch(/^2026-11-01 出现资产权属变更/);
    expect(codes(facts({ watch: [{ type: 'litigation', on: '2026-01-01' }] }))).toEqual([]);
    const owed = suggestCase(
      facts({ activities: [act('2026-11-03', 'right_party_contact', { excuse: 'third_party_owes_me' })] }),
    );
    expect(owed.triggers.map((t) => t.code)).toEqual(['assets_to_freeze']);
    expect(owed.triggers[0]?.reason.zh).toMatch(/民法典 第 535 条/);
  });

  it('evasion: hiding or a professional defaulter, or three broken promises with no payment in 90 days', () => {
    const hiding = suggestCase(facts({ activities: [act('2026-11-03', 'refused', { excuse: 'hiding' })] }));
    expect(hiding.triggers.map((t) => t.code)).toEqual(['evasion']);
    expect(hiding.triggers[0]?.reason.en).toBe(
      'Recorded on 2026-11-03: the debtor is hiding from us, avoiding the debt on purpose.',
    );
    expect(codes(facts({ activities: [act('2026-11-03', 'refused', { excuse: 'professional_defaulter' })] }))).toEqual([
      'evasion',
    ]);
    expect(codes(facts({ brokenPromises: 3 }))).toEqual(['evasion']);
    expect(codes(facts({ brokenPromises: 3, lastPaymentOn: '2026-08-31' }))).toEqual(['evasion']);
    expect(codes(facts({ brokenPromises: 3, lastPaymentOn: '2026-09-01' }))).toEqual([]);
    expect(codes(facts({ brokenPromises: 2 }))).toEqual([]);
    expect(codes(facts({ activities: [act('2026-11-03', 'refused', { excuse: 'over_indebted' })] }))).toEqual([]);
  });

  it('gives every trigger that fires, in the methodology’s order, each in both languages', () => {
    const all = suggestCase(
      facts({
        dpd: 400,
        limitationExpiresOn: '2026-12-31',
        collateralTypes: ['real_estate'],
        deceasedHold: true,
        activities: ['2026-09-01', '2026-09-15', '2026-10-01', '2026-10-15', '2026-11-01'].map((d) =>
          act(d, 'refused', { excuse: 'hiding' }),
        ),
        watch: [{ type: 'ownership_change', on: '2026-11-20' }],
      }),
    );
    expect(all.triggers.map((t) => t.code)).toEqual([
      'limitation_near',
      'secured_long_overdue',
      'debtor_deceased_or_missing',
      'no_agreement',
      'assets_to_freeze',
      'evasion',
    ]);
    for (const t of all.triggers) {
      expect(t.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      // English words (a Chinese statute keeps its own name).
      expect(t.reason.en).toMatch(/^[A-Z0-9][\x20-\x7e]{20,}/);
    }
  });
});
