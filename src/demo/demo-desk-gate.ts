/**
 * The demo's story of the desk side of the contact gate, after the four weeks of desk work: on the day
 * before as-of a collector records a debtor's request to stop all contact during a call, another call
 * dialled at 22:30 is refused by the gate (only the block is recorded), a field pair visits a debtor at
 * home with the visit recorded and the debtor's consent to come in, and a debtor asks for no more text
 * messages; on as-of a manager sets the contact window aside for one debtor who asked to be called late
 * tonight (the precheck then allows it, naming the override) and a collector puts a disputed account on
 * hold from tomorrow. Everything goes through the use cases a person at the desk uses, so `dunwell
 * party request list`, `compliance override list`, `compliance blocks`, `account show` and `account
 * timeline` show it.
 *
 * Accounts: past-due ones of the Shanghai books whose borrower lives on Beijing time, with no activity on
 * the day before as-of (the gate's daily counts are then the story's own); the choice is by id, repeatable.
 */
import { placeHold } from '../account/place-hold.js';
import { ContactBlockedError } from '../activity/desk-gate.js';
import { logActivity } from '../activity/log-activity.js';
import { precheckContact } from '../activity/precheck-contact.js';
import { grantOverride } from '../compliance/grant-override.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import { addPartyRequest } from '../party/add-party-request.js';
import type { Store } from '../store/open-database.js';
import { at } from './demo-desk.js';

export interface DeskGateSummary {
  requests: number;
  blocks: number;
  visits: number;
  overrides: number;
  holds: number;
}

interface Debtor {
  accountId: string;
  partyId: string;
}

export async function demoDeskGate(options: {
  store: Store;
  asOf: IsoDate;
  now: () => Date;
}): Promise<DeskGateSummary> {
  const { store, asOf } = options;
  const summary: DeskGateSummary = { requests: 0, blocks: 0, visits: 0, overrides: 0, holds: 0 };
  const yesterday = addDays(asOf, -1);
  const [debtors, people] = await Promise.all([pickDebtors(store, yesterday), floor(store)]);
  const [ceased, lateCall, visited, noSms, evening, disputed] = debtors;
  if (!people || disputed === undefined) return summary;
  const now = options.now();

  // 10:30 yesterday: the debtor refuses to talk and asks us to stop contacting them.
  if (ceased) {
    await logActivity({
      store,
      accountId: ceased.accountId,
      partyId: ceased.partyId,
      by: [people.collector],
      channel: 'phone',
      outcome: 'refused',
      request: 'cease',
      note: '本人要求停止一切联系，已告知今后只以书面形式通知 / asked us to stop all contact; told them we will write only',
      at: at(yesterday, '10:30'),
      now,
    });
    summary.requests++;
  }
  // 22:30 yesterday: a call dialled too late; the gate refuses it and records the block.
  if (lateCall) {
    try {
      await logActivity({
        store,
        accountId: lateCall.accountId,
        partyId: lateCall.partyId,
        by: [people.collector],
        channel: 'phone',
        outcome: 'no_answer',
        at: at(yesterday, '22:30'),
        now,
      });
    } catch (error) {
      if (!(error instanceof ContactBlockedError)) throw error;
      summary.blocks++;
    }
  }
  // 15:00 yesterday: a confirming visit in a pair, recorded, invited in by the debtor.
  if (visited) {
    await logActivity({
      store,
      accountId: visited.accountId,
      partyId: visited.partyId,
      by: people.fieldPair,
      channel: 'visit',
      outcome: 'visited',
      visitType: 'confirm',
      recordingRef: `BODYCAM-${yesterday}-01`,
      enteredHome: true,
      consentBy: visited.partyId,
      note: '店铺正常营业，本人确认月底还一期 / the shop is trading; promised one instalment by month end',
      at: at(yesterday, '15:00'),
      now,
    });
    summary.visits++;
  }
  if (noSms) {
    await addPartyRequest({
      db: store.db,
      partyId: noSms.partyId,
      type: 'stop_channel',
      channel: 'sms',
      by: people.collector,
      note: '本人来电要求不要再发短信 / called in to ask for no more text messages',
      at: at(yesterday, '16:40'),
      now,
    });
    summary.requests++;
  }
  // Today: the debtor works nights and asked to be called at 22:30; a manager sets the window aside.
  if (evening) {
    const granted = await grantOverride({
      db: store.db,
      accountId: evening.accountId,
      partyId: evening.partyId,
      ruleId: 'cn.contact_window',
      reason: '本人上夜班，要求今晚 22:30 以后回电 / works nights and asked to be called after 22:30 tonight',
      by: people.manager,
      hours: 24,
      now,
    });
    const asked = await precheckContact({
      store,
      accountId: evening.accountId,
      partyId: evening.partyId,
      channel: 'phone',
      by: [people.collector],
      at: at(asOf, '22:30'),
      lang: 'zh-CN',
      now,
    });
    if (asked.override_id === granted.override_id) summary.overrides++;
  }
  // Today: the debtor disputes a late fee; the account is on hold from tomorrow (today's books are closed).
  await placeHold({
    db: store.db,
    accountId: disputed.accountId,
    type: 'dispute',
    from: addDays(asOf, 1),
    to: null,
    reason: '对滞纳金有异议，核实中 / disputes the late fee; being looked into',
    by: people.collector,
    now,
  });
  summary.holds++;
  return summary;
}

/** Six debtors, each an account's borrower on Beijing time with no activity on `day`. */
async function pickDebtors(store: Store, day: IsoDate): Promise<Debtor[]> {
  const rows = await store.db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .innerJoin('relations', 'relations.account_id', 'accounts.id')
    .innerJoin('parties', 'parties.id', 'relations.party_id')
    .select(['accounts.account_id', 'parties.party_id'])
    .where('portfolios.time_zone', '=', DEFAULT_TIME_ZONE)
    .where('parties.timezone', '=', DEFAULT_TIME_ZONE)
    .where('relations.role', '=', 'borrower')
    .where('accounts.status', '=', 'active')
    .where('accounts.dpd', '>=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('activities')
            .select('activities.account_id')
            .whereRef('activities.account_id', '=', 'accounts.id')
            .where('activities.occurred_on', '>=', day),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('account_holds')
            .select('account_holds.id')
            .whereRef('account_holds.account_id', '=', 'accounts.id'),
        ),
      ),
    )
    .orderBy('accounts.id')
    .limit(6)
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, partyId: r.party_id }));
}

/** A collector, a field pair and a manager of the demo floor. */
async function floor(store: Store) {
  const users = await store.db
    .selectFrom('users')
    .select(['user_id', 'role'])
    .where('active', '=', 1)
    .orderBy('user_id')
    .execute();
  const of = (role: string) => users.filter((u) => u.role === role).map((u) => u.user_id);
  const [collector] = of('collector');
  const [manager] = of('manager');
  const fieldPair = of('field_agent').slice(0, 2);
  if (collector === undefined || manager === undefined || fieldPair.length < 2) return null;
  return { collector, manager, fieldPair };
}
