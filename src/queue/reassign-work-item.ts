/**
 * A manager (or the team lead of the people concerned) gives a work item to someone else: a collector
 * is ill, a debtor asked for another person, a case needs more experience. The account's own collector
 * stays; only the item moves. Recorded as an event with who did it.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { WORKING_ROLES } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import type { Schema } from '../store/schema.js';

export interface ReassignWorkItemOptions {
  db: Kysely<Schema>;
  itemId: string;
  to: string;
  by: string;
  now: Date;
}

export interface ReassignedItem {
  id: string;
  from: string;
  to: string;
  by: string;
}

export async function reassignWorkItem(options: ReassignWorkItemOptions): Promise<ReassignedItem> {
  const { itemId, to, by, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('work_items')
      .select(['item_id', 'assignee', 'account_id', 'status', 'action'])
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    if (!item) throw new AppError('NOT_FOUND', `no work item ${itemId}`);
    if (item.status !== 'open') throw new AppError('CONFLICT', `work item ${itemId} is ${item.status}, not open`);
    const users = await trx
      .selectFrom('users')
      .select(['user_id', 'role', 'team_id', 'active'])
      .where('user_id', 'in', [by, to, item.assignee])
      .execute();
    const byUser = users.find((u) => u.user_id === by);
    const toUser = users.find((u) => u.user_id === to);
    const fromUser = users.find((u) => u.user_id === item.assignee);
    if (!byUser || Number(byUser.active) !== 1) throw new AppError('NOT_FOUND', `no active user ${by} (--by)`);
    if (!toUser || Number(toUser.active) !== 1) throw new AppError('NOT_FOUND', `no active user ${to} (--to)`);
    if (!(WORKING_ROLES as readonly string[]).includes(toUser.role)) {
      throw new AppError('INVALID_INPUT', `--to ${to} is a ${toUser.role}, who does not work a queue`);
    }
    const manages =
      byUser.role === 'manager' ||
      byUser.role === 'admin' ||
      (byUser.role === 'team_lead' &&
        byUser.team_id !== null &&
        byUser.team_id === toUser.team_id &&
        byUser.team_id === fromUser?.team_id);
    if (!manages) {
      throw new AppError(
        'FORBIDDEN',
        `${by} (${byUser.role}) may not reassign ${itemId}: a manager may, or the team lead of both ${item.assignee} and ${to}`,
      );
    }
    if (to === item.assignee) throw new AppError('CONFLICT', `work item ${itemId} is already ${to}'s`);
    await trx
      .updateTable('work_items')
      .set({ assignee: to, updated_at: now.toISOString() })
      .where('item_id', '=', itemId)
      .execute();
    await appendEvent(trx, {
      kind: 'work_item.reassign',
      actor: by,
      now,
      accountId: Number(item.account_id),
      payload: { item_id: itemId, action: item.action, from: item.assignee, to },
    });
    return { id: itemId, from: item.assignee, to, by };
  });
}
