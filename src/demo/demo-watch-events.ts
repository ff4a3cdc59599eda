/**
 * The demo's watch events (篇五: keep an eye on the debtor): what a lender's monitoring feeds would report
 * over the last few months. People move, change phone numbers and jobs; a few die. Companies change owners
 * and managers, get sued, file for insolvency. Troubled payers see more of it than punctual ones, so the
 * strategy's watch segments have something to work on.
 */
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import type { WatchEventType } from '../domain/strategy/strategy-codes.js';
import type { DemoRecord } from './make-party.js';
import type { Random } from './random.js';
import type { Archetype } from './simulate-payments.js';

type Odds = readonly (readonly [WatchEventType, number])[];

const PERSON_EVENTS: Odds = [
  ['address_change', 0.03],
  ['phone_change', 0.04],
  ['employer_change', 0.02],
  ['litigation', 0.004],
  ['death', 0.001],
];
const COMPANY_EVENTS: Odds = [
  ['address_change', 0.02],
  ['management_change', 0.03],
  ['ownership_change', 0.015],
  ['litigation', 0.03],
  ['insolvency', 0.006],
];

/** How much likelier trouble is for each kind of payer (events other than moves and new numbers). */
const TROUBLE: Readonly<Record<Archetype, number>> = {
  punctual: 0.3,
  payday: 0.6,
  roller: 1.5,
  partial: 2,
  broken_promises: 3,
  early_settler: 0.3,
  chronic: 4,
};

const DETAILS: Readonly<Record<WatchEventType, string>> = {
  address_change: '住址变更 / new home address reported',
  phone_change: '手机号变更 / new mobile number reported',
  employer_change: '工作单位变更 / new employer reported',
  ownership_change: '股权变更 / change of shareholders',
  management_change: '法定代表人或高管变更 / new legal representative or managers',
  litigation: '涉诉 / named in a lawsuit',
  insolvency: '破产申请 / insolvency filing',
  death: '死亡 / reported deceased',
};

const SOURCE: Readonly<Record<WatchEventType, string>> = {
  address_change: 'customer service',
  phone_change: 'customer service',
  employer_change: 'payroll check',
  ownership_change: 'business registry',
  management_change: 'business registry',
  litigation: 'court records',
  insolvency: 'court records',
  death: 'family notice',
};

export function watchEventsFor(options: {
  random: Random;
  accountId: string;
  partyId: string;
  company: boolean;
  archetype: Archetype;
  asOf: IsoDate;
}): DemoRecord[] {
  const { random, accountId, partyId, asOf } = options;
  const odds = options.company ? COMPANY_EVENTS : PERSON_EVENTS;
  const out: DemoRecord[] = [];
  for (const [type, base] of odds) {
    const troubled = type !== 'address_change' && type !== 'phone_change';
    const p = troubled ? base * TROUBLE[options.archetype] : base;
    if (!random.chance(Math.min(p, 0.5))) continue;
    // Within the last four months; the strategy's watch window is the last 90 days.
    const occurredOn = addDays(asOf, -random.int(0, 120));
    out.push({
      event_id: `${accountId}-W${out.length + 1}`,
      account_id: accountId,
      party_id: partyId,
      type,
      occurred_on: occurredOn,
      details: DETAILS[type],
      source: SOURCE[type],
    });
  }
  return out;
}
