/**
 * The day's work queue as a collector or a team lead reads it: the items of day D (the latest day with a
 * queue unless asked), highest priority first, for everyone or one person (as assignee or visit partner).
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';

export interface QueueItemView {
  id: string;
  rank: number;
  account_id: string;
  party_id: string | null;
  action: string;
  channel: string;
  /** The contact window in the party's local time, with its offset. */
  window: { from: string; to: string };
  /** Expected recovery per minute of work, in minor units of the account's currency. */
  priority: number;
  assignee: string;
  partner: string | null;
  reason: string;
  segment: string;
  variant: string | null;
  tier: string;
  grade: string;
  customer_type: string;
  template: string | null;
  tone: string | null;
  minutes: number;
  status: string;
  dpd: number;
  bucket: string;
  currency: string;
  /**
   * What the contact gate said of the item, when it had something to say: it moved the item later in its
   * window (`next_allowed_at`, the rules that blocked its planned start) or an override let it through.
   */
  compliance: { next_allowed_at: string | null; rules: string[]; override_id: string | null } | null;
}

export interface QueueView {
  as_of: IsoDate | null;
  items: QueueItemView[];
}

export interface ShowQueueOptions {
  db: Kysely<Schema>;
  asOf?: IsoDate;
  collector?: string;
  limit?: number;
}

/** The day asked for (checked), or the latest day with a queue; null when there is none yet. */
export async function queueDay(db: Kysely<Schema>, asOf: IsoDate | undefined): Promise<IsoDate | null> {
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
    return asOf;
  }
  const latest = await db
    .selectFrom('work_items')
    .select((eb) => eb.fn.max('as_of').as('d'))
    .executeTakeFirst();
  return latest?.d ?? null;
}

export async function showQueue(options: ShowQueueOptions): Promise<QueueView> {
  const { db, collector } = options;
  const asOf = await queueDay(db, options.asOf);
  if (collector !== undefined) {
    const user = await db.selectFrom('users').select('user_id').where('user_id', '=', collector).executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND', `no user ${collector}`);
  }
  if (asOf === null) return { as_of: null, items: [] };
  let query = db
    .selectFrom('work_items as w')
    .innerJoin('accounts as a', 'a.id', 'w.account_id')
    .leftJoin('parties as p', 'p.id', 'w.party_id')
    .select([
      'w.item_id',
      'w.rank',
      'a.account_id',
      'p.party_id',
      'w.action',
      'w.channel',
      'w.window_from',
      'w.window_to',
      'w.priority',
      'w.assignee',
      'w.partner',
      'w.reason',
      'w.segment',
      'w.variant',
      'w.tier',
      'w.grade',
      'w.customer_type',
      'w.template',
      'w.tone',
      'w.minutes',
      'w.status',
      'a.dpd',
      'a.bucket',
      'a.currency',
    ])
    .where('w.as_of', '=', asOf);
  if (collector !== undefined) {
    query = query.where((eb) => eb.or([eb('w.assignee', '=', collector), eb('w.partner', '=', collector)]));
  }
  query = query.orderBy('w.rank');
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  const gate = await gateNotes(
    db,
    asOf,
    rows.map((r) => r.item_id),
  );
  return {
    as_of: asOf,
    items: rows.map((r) => ({
      id: r.item_id,
      rank: Number(r.rank),
      account_id: r.account_id,
      party_id: r.party_id,
      action: r.action,
      channel: r.channel,
      window: { from: r.window_from, to: r.window_to },
      priority: Number(r.priority),
      assignee: r.assignee,
      partner: r.partner,
      reason: r.reason,
      segment: r.segment,
      variant: r.variant,
      tier: r.tier,
      grade: r.grade,
      customer_type: r.customer_type,
      template: r.template,
      tone: r.tone,
      minutes: Number(r.minutes),
      status: r.status,
      dpd: Number(r.dpd),
      bucket: r.bucket,
      currency: r.currency,
      compliance: gate.get(r.item_id) ?? null,
    })),
  };
}

/** The gate's blocks that name the day's items (compliance/record-blocks.ts), read by the day's index. */
async function gateNotes(db: Kysely<Schema>, asOf: IsoDate, itemIds: readonly string[]) {
  const out = new Map<string, NonNullable<QueueItemView['compliance']>>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('contact_blocks')
    .select(['work_item_id', 'rules', 'next_allowed_at', 'override_id'])
    .where('business_day', '=', asOf)
    .where('source', '=', 'queue')
    .where('work_item_id', 'is not', null)
    .execute();
  const wanted = new Set(itemIds);
  for (const r of rows) {
    if (r.work_item_id === null || !wanted.has(r.work_item_id)) continue;
    const rules = (JSON.parse(r.rules) as { id: string; verdict: string; override_id?: string }[])
      .filter((rule) => rule.verdict === 'block' || rule.override_id !== undefined)
      .map((rule) => rule.id);
    out.set(r.work_item_id, { next_allowed_at: r.next_allowed_at, rules, override_id: r.override_id });
  }
  return out;
}
