/**
 * One account's story in time order, for the collector who picks it up, the lead who reviews it and the
 * auditor who checks it: every activity, promise and arrangement, payment, hold, assignment and grade
 * change, watch event, the day's work items and the automatic messages planned and sent.
 *
 * Where it comes from: the rows themselves say what exists (an activity, a promise taken, an arrangement
 * proposed, a payment, a watch event, a work item, a message); the event log says what people and the
 * cycle decided about them (an approval, a cancellation, a verdict, a hold, a move to another collector).
 * An event that only announces a row shown here (`activity.log`, `promise.add`, `arrangement.propose`) is
 * left out, so nothing appears twice. A promise's verdict or an arrangement's end that a row shows without
 * its event (rows written by an import or a migration) is told from the row.
 *
 * Each entry has `on`, its business day in the portfolio's time zone, and `at`, the instant it happened
 * when there is one (a day-only entry such as a watch event or a verdict has `at: null`). Entries are in
 * order of `on`, then `at` (day-only entries first), then as read.
 */
import type { Kysely } from 'kysely';
import { describeActivity } from '../activity/activity-labels.js';
import { loadActivityViews } from '../activity/activity-view.js';
import { findActivityAccount } from '../activity/find-activity-account.js';
import type { ArrangementType } from '../domain/arrangement/arrangement-codes.js';
import { dateInZone, type IsoDate, parseInstant } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { formatAmount } from '../domain/money/money.js';
import type { PromiseStatus } from '../domain/promise/promise-codes.js';
import type { Schema } from '../store/schema.js';

export interface TimelineEntry {
  at: string | null;
  on: IsoDate;
  kind: string;
  summary: string;
  details: Record<string, unknown>;
}

export interface AccountTimeline {
  account_id: string;
  /** The portfolio's time zone: `on` is read on its wall clock. */
  time_zone: string;
  entries: TimelineEntry[];
}

export interface AccountTimelineOptions {
  db: Kysely<Schema>;
  accountId: string;
  from?: IsoDate;
  to?: IsoDate;
}

const PROMISE_LABELS: Readonly<Record<PromiseStatus, string>> = {
  pending: 'pending 待兑现',
  kept: 'kept 已兑现',
  partly_kept: 'partly kept 部分兑现',
  broken: 'broken 未兑现',
  cancelled: 'cancelled 已取消',
};

const ARRANGEMENT_LABELS: Readonly<Record<ArrangementType, string>> = {
  settlement: 'discount settlement 折扣法',
  plan: 'instalment plan 化整为零',
  principal_first: 'principal-first plan 先本后息',
  debt_for_asset: 'debt for asset 以物抵贷',
  offset: 'offset 债权抵顶',
  insurance: 'insurance proceeds 保险理赔',
  third_party_shares: 'third parties share the debt 分解法',
};

/** What happened to an arrangement after it was proposed, by the event that says so. */
const ARRANGEMENT_STEPS: Readonly<Record<string, { status: string; label: string }>> = {
  'arrangement.approve': { status: 'approved', label: 'approved 已批准' },
  'arrangement.reject': { status: 'rejected', label: 'rejected 已驳回' },
  'arrangement.cancel': { status: 'cancelled', label: 'cancelled 已取消' },
  'arrangement.started': { status: 'active', label: 'started 已生效' },
  'arrangement.completed': { status: 'completed', label: 'completed 已履行完毕' },
  'arrangement.breached': { status: 'breached', label: 'breached 已违约' },
};

/** Events that only announce a row the timeline shows from the row itself. */
const ROW_EVENTS = new Set(['activity.log', 'promise.add', 'arrangement.propose']);

const label = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
/** An instant a payload gives, normalised to UTC so that entries order by it; null when there is none. */
function instantOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const parsed = parseInstant(v);
  return parsed.ok ? parsed.iso : null;
}
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function payloadOf(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export async function accountTimeline(options: AccountTimelineOptions): Promise<AccountTimeline> {
  const { db, from, to } = options;
  if (from !== undefined && to !== undefined && to < from) {
    throw new AppError('INVALID_INPUT', `to ${to} is before from ${from}`);
  }
  const account = await findActivityAccount(db, options.accountId);
  const zone = account.timeZone;
  const dayOf = (instant: string) => dateInZone(instant, zone);
  const [activities, promises, arrangements, payments, watch, items, messages, events, assignment] = await Promise.all([
    loadActivityViews(db, account),
    db.selectFrom('promises').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db.selectFrom('arrangements').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db
      .selectFrom('payments')
      .leftJoin('parties', 'parties.id', 'payments.payer_party_id')
      .select([
        'payments.payment_id',
        'payments.paid_at',
        'payments.value_on',
        'payments.amount',
        'payments.currency',
        'payments.channel',
        'payments.posted_on',
        'parties.party_id as payer',
      ])
      .where('payments.account_id', '=', account.id)
      .orderBy('payments.id')
      .execute(),
    db.selectFrom('watch_events').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db
      .selectFrom('work_items')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('as_of')
      .orderBy('rank')
      .execute(),
    db
      .selectFrom('planned_messages')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('as_of')
      .orderBy('message_id')
      .execute(),
    db.selectFrom('events').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db.selectFrom('accounts').select(['assigned_to', 'assigned_on']).where('id', '=', account.id).executeTakeFirst(),
  ]);

  const entries: TimelineEntry[] = [];
  const add = (at: string | null, on: IsoDate, kind: string, summary: string, details: Record<string, unknown>) =>
    entries.push({ at, on, kind, summary, details });

  for (const a of [...activities].reverse()) {
    const { account_id: _account, ...details } = a;
    add(a.started_at, a.occurred_on, 'activity', describeActivity(a), details);
  }
  const messagesDelivered = new Set(activities.flatMap((a) => (a.message_id === null ? [] : [a.message_id])));

  // The events first: they say which verdicts and steps the rows need not tell again.
  const told = new Set<string>();
  const arrangementIds = new Map(arrangements.map((r) => [Number(r.id), r.arrangement_id]));
  let assignedByEvent = false;
  for (const e of events) {
    if (ROW_EVENTS.has(e.kind)) continue;
    const p = payloadOf(e.payload);
    // A person's decision carries the instant it was taken (--at); the cycle's the business day it is for.
    const at = instantOf(p.at) ?? (isDay(p.on) || isDay(p.as_of) ? null : e.occurred_at);
    const on = [p.decided_on, p.on, p.as_of].find(isDay) ?? dayOf(at ?? e.occurred_at);
    const details = { ...p, actor: e.actor, recorded_at: e.occurred_at };
    const step = ARRANGEMENT_STEPS[e.kind];
    if (step) {
      // The cycle names an arrangement by its key, people by its id.
      const id =
        typeof p.arrangement_id === 'number' ? (arrangementIds.get(p.arrangement_id) ?? '') : text(p.arrangement_id);
      told.add(`arrangement|${id}|${step.status}`);
      const why = text(p.reason);
      const by = e.actor === 'cycle' ? '' : ` by ${e.actor}`;
      add(at, on, e.kind, `arrangement ${id} ${step.label}${by}${why ? `: ${why}` : ''}`, {
        ...details,
        arrangement_id: id,
      });
      continue;
    }
    if (e.kind === 'promise.judge' || e.kind === 'promise.cancel') {
      const id = text(p.promise_id) ?? '';
      const status = e.kind === 'promise.cancel' ? 'cancelled' : (text(p.status) ?? '');
      told.add(`promise|${id}|${status}`);
      const summary =
        e.kind === 'promise.cancel'
          ? `promise ${id} ${PROMISE_LABELS.cancelled} by ${text(p.by) ?? e.actor}${text(p.reason) ? `: ${text(p.reason)}` : ''}`
          : `promise ${id} ${label(PROMISE_LABELS, status)}: ${text(p.paid) ?? '?'} of ${text(p.amount) ?? '?'} ${text(p.currency) ?? ''} paid`.trimEnd();
      add(at, on, e.kind, summary, details);
      continue;
    }
    if (e.kind === 'account.reassign' && text(p.to) === assignment?.assigned_to && on === assignment?.assigned_on) {
      assignedByEvent = true;
    }
    add(at, on, e.kind, eventSummary(e.kind, e.actor, p), details);
  }

  for (const r of promises) {
    const amount = formatAmount(Number(r.amount), r.currency);
    const paid = formatAmount(Number(r.paid), r.currency);
    add(
      r.taken_at,
      r.taken_on,
      'promise.add',
      `promise to pay 承诺还款 ${amount} ${r.currency} by ${r.due_on}${r.due_at ? ` ${r.due_at}` : ''}, taken by ${r.taken_by}${r.channel ? ` (${r.channel})` : ''}`,
      {
        promise_id: r.promise_id,
        amount,
        currency: r.currency,
        due_on: r.due_on,
        due_at: r.due_at,
        taken_by: r.taken_by,
        channel: r.channel,
        activity_id: r.activity_id,
        status: r.status,
        paid,
        decided_on: r.decided_on,
      },
    );
    if (r.status === 'pending' || told.has(`promise|${r.promise_id}|${r.status}`)) continue;
    // A verdict (or a cancellation) the event log does not tell: from the row.
    const day = r.decided_on ?? dayOf(r.updated_at);
    add(
      r.decided_on === null ? r.updated_at : null,
      day,
      r.status === 'cancelled' ? 'promise.cancel' : 'promise.judge',
      `promise ${r.promise_id} ${label(PROMISE_LABELS, r.status)}: ${paid} of ${amount} ${r.currency} paid`,
      { promise_id: r.promise_id, status: r.status, paid, amount, currency: r.currency },
    );
  }

  for (const r of arrangements) {
    const type = label(ARRANGEMENT_LABELS, r.type);
    const terms = payloadOf(r.terms);
    add(
      r.proposed_at,
      r.proposed_on,
      'arrangement.propose',
      `arrangement ${r.arrangement_id} proposed 提议: ${type}, by ${r.proposed_by}`,
      {
        arrangement_id: r.arrangement_id,
        type: r.type,
        status: r.status,
        terms,
        answers: r.answers === null ? null : payloadOf(r.answers),
        required_role: r.required_role,
        proposed_by: r.proposed_by,
        note: r.note,
      },
    );
    // Steps the row shows that no event told.
    const untold = (status: string) => !told.has(`arrangement|${r.arrangement_id}|${status}`);
    const approved = ['approved', 'active', 'completed', 'breached'].includes(r.status);
    if (approved && r.decided_at !== null && r.decided_on !== null && untold('approved')) {
      add(
        r.decided_at,
        r.decided_on,
        'arrangement.approve',
        `arrangement ${r.arrangement_id} approved 已批准 by ${r.decided_by ?? '?'}`,
        {
          arrangement_id: r.arrangement_id,
          decided_by: r.decided_by,
        },
      );
    }
    const plan = r.type === 'plan' || r.type === 'principal_first';
    if (plan && r.effective_on !== null && r.status !== 'approved' && untold('active')) {
      add(null, r.effective_on, 'arrangement.started', `arrangement ${r.arrangement_id} started 已生效`, {
        arrangement_id: r.arrangement_id,
      });
    }
    const ended = ['rejected', 'cancelled', 'completed', 'breached'].includes(r.status);
    if (ended && r.closed_on !== null && untold(r.status)) {
      const kind = ({ rejected: 'reject', cancelled: 'cancel' } as Record<string, string>)[r.status] ?? r.status;
      const step = ARRANGEMENT_STEPS[`arrangement.${kind}`];
      add(null, r.closed_on, `arrangement.${kind}`, `arrangement ${r.arrangement_id} ${step?.label ?? r.status}`, {
        arrangement_id: r.arrangement_id,
        status: r.status,
        note: r.note,
      });
    }
  }

  for (const p of payments) {
    const amount = formatAmount(Number(p.amount), p.currency);
    add(
      p.paid_at,
      p.value_on,
      'payment',
      `payment received 收到还款 ${amount} ${p.currency} (${p.channel})${p.payer ? ` from ${p.payer}` : ''}`,
      {
        payment_id: p.payment_id,
        amount,
        currency: p.currency,
        channel: p.channel,
        payer_party_id: p.payer,
        posted_on: p.posted_on,
      },
    );
  }

  for (const w of watch) {
    add(
      null,
      w.occurred_on,
      'watch',
      `watch 动态: ${w.type}${w.details ? ` — ${w.details}` : ''}${w.source ? ` (${w.source})` : ''}`,
      {
        event_id: w.event_id,
        type: w.type,
        details: w.details,
        source: w.source,
      },
    );
  }

  if (assignment?.assigned_to && assignment.assigned_on && !assignedByEvent) {
    add(null, assignment.assigned_on, 'account.assign', `assigned to 分配给 ${assignment.assigned_to}`, {
      assigned_to: assignment.assigned_to,
    });
  }

  for (const i of items) {
    const window = `${i.window_from.slice(11, 16)}–${i.window_to.slice(11, 16)}`;
    const partner = i.partner ? ` with ${i.partner}` : '';
    add(
      null,
      i.as_of,
      'work_item',
      `work item 工作任务: ${i.action} by ${i.assignee}${partner}, ${window}, rank ${i.rank} [${i.status}] — ${i.reason}`,
      {
        item_id: i.item_id,
        action: i.action,
        channel: i.channel,
        assignee: i.assignee,
        partner: i.partner,
        window_from: i.window_from,
        window_to: i.window_to,
        rank: Number(i.rank),
        tier: i.tier,
        grade: i.grade,
        segment: i.segment,
        variant: i.variant,
        status: i.status,
        reason: i.reason,
      },
    );
  }

  for (const m of messages) {
    const what = `${m.channel}${m.template ? ` ${m.template}` : ''}${m.tone ? ` (${m.tone})` : ''}`;
    const details = {
      message_id: m.message_id,
      channel: m.channel,
      template: m.template,
      tone: m.tone,
      status: m.status,
      window_from: m.window_from,
      window_to: m.window_to,
    };
    add(null, m.as_of, 'message.planned', `message planned 计划发送: ${what} [${m.status}]`, details);
    // A delivery the outbox recorded as an activity is told by that activity.
    if (m.sent_at !== null && !messagesDelivered.has(m.message_id)) {
      add(
        m.sent_at,
        dayOf(m.sent_at),
        'message.sent',
        `message sent 已发送: ${what}${m.recipient ? ` to ${m.recipient}` : ''}`,
        {
          ...details,
          recipient: m.recipient,
          delivery_id: m.delivery_id,
        },
      );
    }
  }

  const order = new Map(entries.map((e, i) => [e, i]));
  const shown = entries
    .filter((e) => (from === undefined || e.on >= from) && (to === undefined || e.on <= to))
    .sort((a, b) => {
      if (a.on !== b.on) return a.on < b.on ? -1 : 1;
      if (a.at !== b.at) return a.at === null ? -1 : b.at === null ? 1 : a.at < b.at ? -1 : 1;
      return (order.get(a) ?? 0) - (order.get(b) ?? 0);
    });
  return { account_id: account.accountId, time_zone: zone, entries: shown };
}

/** The line for an event the timeline does not read from a row: holds, moves, grades, and any other kind. */
function eventSummary(kind: string, actor: string, p: Record<string, unknown>): string {
  switch (kind) {
    case 'account.hold':
      return `on hold 暂停计费 from ${text(p.from) ?? '?'}${text(p.to) ? ` to ${text(p.to)}` : ' until released'}: ${text(p.reason) ?? ''} (${actor})`;
    case 'account.release':
      return `hold ends 解除暂停: last held day ${text(p.last_held_day) ?? '?'} (${actor})`;
    case 'account.reassign':
      return `moved to another collector 调整催收员: ${text(p.from) ?? '?'} → ${text(p.to) ?? '?'}${text(p.why) ? ` (${text(p.why)})` : ''}`;
    case 'account.grade':
      return `grade 评级: ${text(p.from) ?? 'none'} → ${text(p.to) ?? '?'}`;
    case 'work_item.reassign':
      return `work item ${text(p.item_id) ?? ''} given to another 转派: ${text(p.from) ?? '?'} → ${text(p.to) ?? '?'} by ${actor}`;
    default:
      return `${kind} (${actor})`;
  }
}
