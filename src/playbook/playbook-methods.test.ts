/**
 * The default playbook's method conditions, one method at a time: for each, accounts it must be suggested
 * for (with the reason it gives) and accounts it must not be suggested for. The facts start from an
 * ordinary white-collar borrower five days late (playbook-facts-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { RecoveryMethod } from '../domain/playbook/playbook-codes.js';
import type { PlaybookFacts } from '../domain/playbook/playbook-facts.js';
import { playbookFacts } from '../domain/playbook/playbook-facts-fixture.js';
import { suggestMethods } from '../domain/playbook/suggest-methods.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { checkPlaybookText } from './parse-playbook.js';

const PLAYBOOK = checkPlaybookText(DEFAULT_PLAYBOOK_YAML, 'the default playbook');

type Over = Partial<PlaybookFacts>;

function suggested(over: Over) {
  return suggestMethods(PLAYBOOK, playbookFacts(over));
}

function reasons(id: RecoveryMethod, over: Over): string[] {
  return (
    suggested(over)
      .methods.find((m) => m.id === id)
      ?.because.map((b) => b.en) ?? []
  );
}

const CASES: [RecoveryMethod, { applies: [Over, RegExp][]; not: Over[] }][] = [
  [
    'proactive_visit',
    {
      applies: [[{ customer_type: 'small_business' }, /business debtor \(small_business\), 5 days/]],
      not: [{}, { customer_type: 'company', dpd: 0, stage: 'current' }],
    },
  ],
  [
    'empathy_first',
    {
      applies: [
        [{}, /Early delinquency \(5 days\)/],
        [{ stage: 'mid', dpd: 40, promises_broken: 1, recent_outcomes: ['hardship'] }, /described hardship/],
      ],
      not: [{ promises_broken: 1 }, { stage: 'mid', dpd: 40 }],
    },
  ],
  [
    'review_the_books',
    {
      applies: [
        [
          { customer_type: 'company', dpd: 40, rpc_30: 2 },
          /40 days past due and still in touch \(right-party contacts in 30 days, 2\)/,
        ],
      ],
      not: [
        { customer_type: 'company', dpd: 40, rpc_30: 0 },
        { dpd: 40, rpc_30: 2 },
      ],
    },
  ],
  [
    'help_collect_receivables',
    {
      applies: [
        [{ last_excuse: 'third_party_owes_me' }, /someone owes them/],
        [{ has_collateral: true, collateral_types: ['receivable'] }, /secured on receivables/],
      ],
      not: [{}, { last_excuse: 'third_party_owes_me', dpd: 0 }],
    },
  ],
  [
    'business_advice',
    {
      applies: [[{ customer_type: 'small_business', dpd: 45 }, /45 days past due with at most one/]],
      not: [
        { customer_type: 'small_business', dpd: 95 },
        { customer_type: 'small_business', promises_broken: 2 },
      ],
    },
  ],
  [
    'recovery_funding',
    {
      applies: [[{ customer_type: 'small_business', recent_outcomes: ['hardship'] }, /new funding/]],
      not: [
        { customer_type: 'small_business', recent_outcomes: ['hardship'], promises_broken: 1 },
        { recent_outcomes: ['hardship'] },
      ],
    },
  ],
  [
    'trusted_person',
    {
      applies: [[{ dpd: 40, rpc_30: 1, third_parties: ['spouse', 'employer'] }, /\(spouse, employer\)/]],
      not: [
        { dpd: 40, rpc_30: 1, third_parties: ['employer'] },
        { dpd: 40, rpc_30: 0, third_parties: ['spouse'] },
      ],
    },
  ],
  [
    'mediation',
    {
      applies: [
        [{ dpd: 70, recent_outcomes: ['dispute'] }, /70 days past due and the debtor refused or disputed/],
        [{ dpd: 31, last_excuse: 'education_loan_dispute' }, /dispute with a school/],
      ],
      not: [{ dpd: 40, recent_outcomes: ['refused'] }, { dpd: 70 }],
    },
  ],
  [
    'all_obligors_together',
    {
      applies: [
        [{ last_excuse: 'co_borrowers_passing_buck' }, /passing the buck/],
        [{ dpd: 70, promises_broken: 1, has_guarantor: true }, /70 days past due, promises broken \(1\)/],
      ],
      not: [
        { dpd: 70, promises_broken: 1 },
        { dpd: 70, has_co_borrower: true },
      ],
    },
  ],
  [
    'concerted_team',
    {
      applies: [[{ dpd: 40, days_without_rpc: 25 }, /25 days without a right-party contact/]],
      not: [
        { dpd: 40, days_without_rpc: 19 },
        { dpd: 20, days_without_rpc: 20 },
      ],
    },
  ],
  [
    'fresh_collector',
    {
      applies: [
        [
          { days_with_collector: 30, days_without_rpc: 15 },
          /had the account 30 days, with no right-party contact for 15/,
        ],
        [{ days_with_collector: 21, promises_broken: 2 }, /promises were broken \(2\)/],
      ],
      not: [
        { days_with_collector: null, days_without_rpc: 40, promises_broken: 5 },
        { days_with_collector: 20, days_without_rpc: 20 },
      ],
    },
  ],
  [
    'lead_steps_in',
    {
      applies: [
        [{ promises_broken: 2 }, /Promises broken so far, 2; the team lead/],
        [{ arrangements_breached: 1 }, /Arrangements breached so far, 1/],
      ],
      not: [{ promises_broken: 1 }, { promises_broken: 4, dpd: 0 }],
    },
  ],
  [
    'company_governance',
    {
      applies: [
        [{ customer_type: 'company', dpd: 31 }, /legal representative, shareholders or board/],
        [{ customer_type: 'small_business', watch: ['management_change'] }, /\(management_change\)/],
      ],
      not: [{ customer_type: 'small_business', dpd: 31 }, { watch: ['ownership_change'] }],
    },
  ],
  [
    'follow_cash_inflows',
    {
      applies: [
        [{ customer_type: 'company' }, /watch when receivables/],
        [{ watch: ['employer_change'] }, /learn the new payday/],
      ],
      not: [{}, { watch: ['employer_change'], dpd: 0 }],
    },
  ],
  [
    'firm_and_gentle',
    {
      applies: [[{ dpd: 40, promises_broken: 1, rpc_30: 1 }, /Reachable, but promises were broken \(1\)/]],
      not: [
        { dpd: 40, promises_broken: 1, rpc_30: 0 },
        { dpd: 40, rpc_30: 1 },
      ],
    },
  ],
  [
    'two_roles',
    {
      applies: [[{ dpd: 61, recent_outcomes: ['refused'] }, /61 days past due and the debtor refused/]],
      not: [
        { dpd: 60, recent_outcomes: ['refused'] },
        { dpd: 90, recent_outcomes: ['promise'] },
      ],
    },
  ],
  [
    'family_shares',
    {
      applies: [
        [{ last_excuse: 'dead_jailed_incapacitated' }, /family members willing to help/],
        [{ customer_type: 'retiree', recent_outcomes: ['hardship'] }, /retired borrower reported hardship/],
      ],
      not: [{ customer_type: 'retiree' }, { recent_outcomes: ['hardship'] }],
    },
  ],
  [
    'project_transfer',
    {
      applies: [
        [{ customer_type: 'company', dpd: 91 }, /91 days past due; assess a transfer/],
        [{ customer_type: 'small_business', watch: ['insolvency'] }, /changed \(insolvency\)/],
      ],
      not: [{ dpd: 200 }, { customer_type: 'company', dpd: 90 }],
    },
  ],
  [
    'receivable_offset',
    {
      applies: [
        [{ last_excuse: 'third_party_owes_me' }, /setting that receivable against the loan/],
        [{ has_collateral: true, collateral_types: ['receivable'] }, /offsetting them directly/],
      ],
      not: [{}, { has_collateral: true, collateral_types: ['vehicle'] }],
    },
  ],
  [
    'instalment_plan',
    {
      applies: [
        [{ last_excuse: 'over_indebted' }, /reported hardship/],
        [{ recent_outcomes: ['hardship'] }, /reported hardship/],
        [{ dpd: 40, pay_ratio_90: 0.3 }, /90-day pay ratio 30%/],
      ],
      not: [
        { dpd: 40, pay_ratio_90: 0.3, open_arrangements: ['plan'] },
        { dpd: 40, pay_ratio_90: 0 },
      ],
    },
  ],
  [
    'principal_first',
    {
      applies: [[{ dpd: 40, cost_share: 0.25 }, /already 25% of the debt/]],
      not: [
        { dpd: 40, cost_share: 0.19 },
        { dpd: 40, cost_share: 0.3, promises_broken: 2 },
      ],
    },
  ],
  [
    'insurance_proceeds',
    {
      applies: [[{ deceased: true, insured: true }, /The borrower died; any insurance/]],
      not: [{ deceased: true, insured: false }, { insured: true }],
    },
  ],
  [
    'guarantor_pursuit',
    {
      applies: [
        [{ has_guarantor: true, dpd: 31 }, /31 days past due; call on the guarantee/],
        [{ has_guarantor: true, promises_broken: 1 }, /broke promises \(1\)/],
      ],
      not: [
        { has_guarantor: true, dpd: 30 },
        { dpd: 200, promises_broken: 3 },
      ],
    },
  ],
  [
    'collateral_enforcement',
    {
      applies: [
        [
          { has_collateral: true, dpd: 31, collateral_types: ['vehicle'], collateral_cover: 0.5 },
          /\(vehicle, covering 50% of the debt\), 31 days/,
        ],
        [{ has_collateral: true, dpd: 181 }, /apply to enforce the security/],
      ],
      not: [{ has_collateral: true, dpd: 30 }, { dpd: 300 }],
    },
  ],
  [
    'debt_for_asset',
    {
      applies: [
        [{ dpd: 91, pay_ratio_90: 0.1, has_collateral: true }, /pay ratio of 10%/],
        [{ dpd: 91, pay_ratio_90: 0, customer_type: 'small_business' }, /taking an asset in payment/],
      ],
      not: [
        { dpd: 91, pay_ratio_90: 0.1 },
        { dpd: 91, pay_ratio_90: 0.2, has_collateral: true },
      ],
    },
  ],
  [
    'discount_settlement',
    {
      applies: [
        [{ dpd: 91, last_excuse: 'over_indebted' }, /owes many lenders/],
        [{ dpd: 91, watch: ['litigation'] }, /\(litigation\)/],
        [{ dpd: 181, pay_ratio_90: 0.05 }, /almost nothing paid/],
      ],
      not: [{ dpd: 91 }, { dpd: 90, last_excuse: 'over_indebted' }],
    },
  ],
  [
    'credit_reporting',
    {
      applies: [
        [{ dpd: 31, promises_broken: 1 }, /reported to the credit reference system/],
        [{ dpd: 91 }, /make sure the credit report is accurate/],
      ],
      not: [{ dpd: 31 }, { dpd: 30, promises_broken: 1 }],
    },
  ],
  ['credit_restriction', { applies: [[{ dpd: 91 }, /stop any new credit/]], not: [{ dpd: 90 }] }],
  [
    'notarized_enforcement',
    {
      applies: [[{ dpd: 61, notarized_instrument: true }, /enforce it directly/]],
      not: [{ dpd: 60, notarized_instrument: true }, { dpd: 61, notarized_instrument: false }, { dpd: 61 }],
    },
  ],
  [
    'lawsuit',
    {
      applies: [
        [{ dpd: 900 }, /limitation period may be close/],
        [{ has_collateral: true, dpd: 181 }, /secured loan 181 days overdue/],
        [{ deceased: true }, /claim against the estate/],
        [{ last_excuse: 'hiding', dpd: 91 }, /vanished or is hiding/],
        [{ promises_broken: 3, dpd: 91 }, /3 promises broken/],
        [{ arrangements_breached: 1, dpd: 91 }, /arrangement was breached/],
        [{ last_excuse: 'sue_me' }, /asked to be sued/],
        [{ watch: ['insolvency'], dpd: 31 }, /preserve assets or lodge the claim/],
        [{ last_excuse: 'professional_defaulter', dpd: 91 }, /habitual defaulter/],
      ],
      not: [{ dpd: 91 }, { dpd: 899 }, { last_excuse: 'hiding', dpd: 90 }],
    },
  ],
];

describe('the default playbook’s method conditions', () => {
  it('cover all thirty methods', () => {
    expect(new Set(CASES.map(([id]) => id)).size).toBe(30);
  });

  for (const [id, { applies, not }] of CASES) {
    describe(id, () => {
      for (const [over, reason] of applies) {
        it(`applies to ${JSON.stringify(over)}`, () => {
          const why = reasons(id, over);
          expect(why.length, 'suggested').toBeGreaterThan(0);
          expect(why.join(' | ')).toMatch(reason);
        });
      }
      for (const over of not) {
        it(`does not apply to ${JSON.stringify(over)}`, () => {
          expect(reasons(id, over)).toEqual([]);
        });
      }
    });
  }

  it('lists notarized enforcement and insurance "to check" when only the unrecorded fact is missing', () => {
    const s = suggested({ dpd: 70, deceased: true });
    expect(s.to_check.map((c) => [c.id, c.unknown])).toEqual([
      ['insurance_proceeds', ['insured']],
      ['notarized_enforcement', ['notarized_instrument']],
    ]);
    expect(s.methods.map((m) => m.id)).not.toContain('notarized_enforcement');
  });

  it('suggests nothing for an account that is not past due', () => {
    const current = suggested({
      dpd: 0,
      stage: 'current',
      bucket: 'M0',
      customer_type: 'company',
      has_guarantor: true,
    });
    expect(current.methods).toEqual([]);
    expect(current.to_check).toEqual([]);
  });

  it('gives each reason in both languages', () => {
    const m = suggested({ has_guarantor: true, dpd: 45 }).methods.find((x) => x.id === 'guarantor_pursuit');
    expect(m?.because[0]).toEqual({
      'zh-CN': '账户有担保人，已逾期45天：要求担保人依合同承担保证责任。',
      en: 'The account has a guarantor and is 45 days past due; call on the guarantee.',
    });
  });
});
