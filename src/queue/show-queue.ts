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
    })),
  };
}
