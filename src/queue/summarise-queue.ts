/**
 * The day's queue at a glance, as a team lead reads it in the morning: per person, how many items and
 * minutes of work against their capacity; per action, how many items; and the automatic messages planned
 * for the outbox.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Schema } from '../store/schema.js';
import { queueDay } from './show-queue.js';

export interface PersonLoad {
  user_id: string;
  name: string;
  role: string;
  team_id: string | null;
  items: number;
  minutes: number;
  capacity: number;
}

export interface QueueSummary {
  as_of: IsoDate | null;
  items: number;
  people: PersonLoad[];
  actions: Record<string, number>;
  planned_messages: Record<string, number>;
}

export async function summariseQueue(options: { db: Kysely<Schema>; asOf?: IsoDate }): Promise<QueueSummary> {
  const { db } = options;
  const asOf = await queueDay(db, options.asOf);
  if (asOf === null) return { as_of: null, items: 0, people: [], actions: {}, planned_messages: {} };
  const day = asOf;
  // Per person: the items they are assignee of, and the visits they make as the second of a pair.
  const loadBy = (column: 'w.assignee' | 'w.partner') =>
    db
      .selectFrom('work_items as w')
      .innerJoin('users as u', 'u.user_id', column)
      .select((eb) => [
        'u.user_id',
        'u.name',
        'u.role',
        'u.team_id',
        'u.capacity',
        eb.fn.countAll<number>().as('items'),
        eb.fn.sum<number>('w.minutes').as('minutes'),
      ])
      .where('w.as_of', '=', day)
      .groupBy(['u.user_id', 'u.name', 'u.role', 'u.team_id', 'u.capacity'])
      .execute();
  const [people, partners, actions, messages] = await Promise.all([
    loadBy('w.assignee'),
    loadBy('w.partner'),
    db
      .selectFrom('work_items')
      .select((eb) => ['action', eb.fn.countAll<number>().as('n')])
      .where('as_of', '=', day)
      .groupBy('action')
      .execute(),
    db
      .selectFrom('planned_messages')
      .select((eb) => ['channel', eb.fn.countAll<number>().as('n')])
      .where('as_of', '=', day)
      .groupBy('channel')
      .execute(),
  ]);
  const load = new Map<string, PersonLoad>();
  for (const r of [...people, ...partners]) {
    const known = load.get(r.user_id);
    const items = Number(r.items);
    const minutes = Number(r.minutes ?? 0);
    if (known) {
      known.items += items;
      known.minutes += minutes;
    } else {
      load.set(r.user_id, {
        user_id: r.user_id,
        name: r.name,
        role: r.role,
        team_id: r.team_id,
        items,
        minutes,
        capacity: Number(r.capacity),
      });
    }
  }
  const byTeam = (a: PersonLoad, b: PersonLoad) =>
    (a.team_id ?? '~').localeCompare(b.team_id ?? '~') || a.user_id.localeCompare(b.user_id);
  return {
    as_of: day,
    items: actions.reduce((sum, a) => sum + Number(a.n), 0),
    people: [...load.values()].sort(byTeam),
    actions: Object.fromEntries(actions.map((r) => [r.action, Number(r.n)])),
    planned_messages: Object.fromEntries(messages.map((r) => [r.channel, Number(r.n)])),
  };
}
