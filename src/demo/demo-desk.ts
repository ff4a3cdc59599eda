/**
 * The desk's actions in the demo's story, each through the use case a person at the desk would use: log a
 * call, take a promise, propose and decide an arrangement; the debtors' money, gathered into a bank file
 * that is imported before each cycle run; and the cycle run to a stage day, whose automatic messages go out
 * at 10:15 that day. See demo-desk-work.ts for the story itself.
 */
import { logActivity } from '../activity/log-activity.js';
import { cancelArrangement } from '../arrangement/cancel-arrangement.js';
import { decideArrangement } from '../arrangement/decide-arrangement.js';
import { proposeArrangement } from '../arrangement/propose-arrangement.js';
import { type CycleReport, runCycle } from '../cycle/run-cycle.js';
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import { formatAmount } from '../domain/money/money.js';
import { importRecords } from '../import/import-records.js';
import type { ChannelsSetup } from '../outbox/channels-config.js';
import { sendOutbox } from '../outbox/send-outbox.js';
import { addPromise } from '../promise/add-promise.js';
import type { Store } from '../store/open-database.js';

/** An account the story works: what it owes as the work starts. */
export interface Picked {
  accountId: string;
  currency: string;
  pastDue: number;
  outstanding: number;
}

export interface DeskPeople {
  collector: () => string;
  manager: (i: number) => string;
  lead: () => string;
}

export interface DeskContext {
  store: Store;
  asOf: IsoDate;
  now: () => Date;
  actor: string;
  onCycle?: (asOf: IsoDate) => void;
  channels?: ChannelsSetup;
}

const answers = { funds_now: true, pay_today: false, sole_decider: true };
export const EXCUSES = [
  'over_indebted',
  'third_party_owes_me',
  'crying_poor_or_scene',
  'co_borrowers_passing_buck',
] as const;

/** An instant on business day `day` in Shanghai, at `hhmm` local time. */
export const at = (day: IsoDate, hhmm = '10:30') => `${day}T${hhmm}:00+08:00`;

type ProposalTerms = Omit<
  Parameters<typeof proposeArrangement>[0],
  'store' | 'accountId' | 'by' | 'at' | 'now' | 'answers'
>;

export class DemoDesk {
  readonly summary = { activities: 0, promises: 0, arrangements: 0, payments: 0, messagesSent: 0 };
  private readonly money: Record<string, string>[] = [];

  constructor(
    private readonly context: DeskContext,
    readonly people: DeskPeople,
    /** The first day of the work (day 0). */
    private readonly start: IsoDate,
  ) {}

  day(n: number): IsoDate {
    return addDays(this.start, n);
  }

  amount(p: Picked, minor: number): string {
    return formatAmount(Math.max(1, Math.round(minor)), p.currency);
  }

  /** Money the debtor pays on `on`; it reaches Dunwell in the bank file before the next cycle run. */
  pay(p: Picked, on: IsoDate, minor: number, hhmm = '14:05'): void {
    this.money.push({
      payment_id: `DESK-${p.accountId}-${this.money.length + 1}`,
      account_id: p.accountId,
      paid_at: at(on, hhmm),
      amount: this.amount(p, minor),
      currency: p.currency,
      channel: 'wechat_pay',
      payer_party_id: '',
    });
  }

  /** Imports the bank file, runs the cycle to `d`, and sends that day's messages at 10:15 that day. */
  async cycleTo(d: IsoDate): Promise<CycleReport> {
    const { store, asOf, channels } = this.context;
    await this.bankFile();
    this.context.onCycle?.(d);
    // A stage day is in the past: its messages go out at that day's 10:15 below, not at today's clock (the
    // cycle's own outbox step would find their windows long closed). Today's run sends what is due now.
    const past = d < asOf;
    const report = await runCycle({ store, asOf: d, now: this.context.now, channels: past ? undefined : channels });
    if (channels && past) {
      const sent = await sendOutbox({
        store,
        asOf: d,
        now: () => new Date(at(d, '10:15')),
        channels,
        listMessages: false,
      });
      this.summary.messagesSent += sent.counts.sent;
    }
    return report;
  }

  /** A phone call and what came of it; returns the activity's id. */
  async call(p: Picked, d: IsoDate, outcome: string, by: string, excuse?: string): Promise<string> {
    this.summary.activities++;
    const logged = await logActivity({
      store: this.context.store,
      accountId: p.accountId,
      by: [by],
      channel: 'phone',
      outcome,
      // After 10:00 Beijing time: 08:00 in Urumqi, where a Xinjiang debtor may keep the local clock (the
      // contact gate judges a call in every plausible zone).
      at: at(d, outcome === 'no_answer' ? '10:05' : '10:15'),
      excuse,
      note: outcome === 'promise' ? '客户承诺按期还款 / promised to pay on the day' : undefined,
      now: this.context.now(),
    });
    return logged.activity_id;
  }

  /** A promise taken on a call (the call logged with the excuse heard, the promise naming it). */
  async take(p: Picked, d: IsoDate, due: IsoDate, minor: number): Promise<void> {
    this.summary.promises++;
    const by = this.people.collector();
    const activityId = await this.call(p, d, 'promise', by, EXCUSES[this.summary.promises % EXCUSES.length]);
    await addPromise({
      store: this.context.store,
      accountId: p.accountId,
      amount: this.amount(p, minor),
      dueOn: due,
      dueAt: '18:00',
      by,
      channel: 'phone',
      activityId,
      at: at(d, '10:20'),
      actor: this.context.actor,
      now: this.context.now(),
    });
  }

  /** An arrangement a collector proposes on day `d`, with the qualifying questions answered. */
  propose(p: Picked, d: IsoDate, terms: ProposalTerms) {
    this.summary.arrangements++;
    return proposeArrangement({
      store: this.context.store,
      accountId: p.accountId,
      by: this.people.collector(),
      at: at(d, '11:00'),
      now: this.context.now(),
      answers,
      ...terms,
    });
  }

  decide(id: string, d: IsoDate, decision: 'approve' | 'reject', by: string, reason?: string) {
    const { store, now } = this.context;
    return decideArrangement({ store, arrangementId: id, decision, by, at: at(d, '16:00'), reason, now: now() });
  }

  /** The proposer withdraws an arrangement on day `d` (the debtor found another way). */
  withdraw(id: string, by: string, d: IsoDate, reason: string) {
    const { store, now } = this.context;
    return cancelArrangement({ store, arrangementId: id, by, at: at(d, '09:10'), reason, now: now() });
  }

  private async bankFile(): Promise<void> {
    if (this.money.length === 0) return;
    const report = await importRecords({
      store: this.context.store,
      kind: 'payments',
      records: this.money.splice(0),
      allOrNothing: true,
      actor: this.context.actor,
      now: this.context.now(),
      source: 'demo desk work',
    });
    this.summary.payments += report.rows;
  }

  /** Pays a started plan's first `count` instalments on their due dates, exactly what each owes. */
  async payPlan(p: Picked, count: number): Promise<void> {
    const rows = await this.context.store.db
      .selectFrom('installments')
      .innerJoin('accounts', 'accounts.id', 'installments.account_id')
      .select([
        'installments.due_on',
        'installments.principal',
        'installments.interest',
        'installments.fee',
        'installments.penalty',
        'installments.late_fee',
      ])
      .where('accounts.account_id', '=', p.accountId)
      .where('installments.arrangement_id', 'is not', null)
      .orderBy('installments.due_on')
      .limit(count)
      .execute();
    for (const r of rows) {
      const owed = Number(r.principal) + Number(r.interest) + Number(r.fee) + Number(r.penalty) + Number(r.late_fee);
      this.pay(p, String(r.due_on), owed);
    }
  }
}
