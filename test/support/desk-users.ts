/**
 * One user of every role, for the tests of who may do what at the desk (holds, party requests, overrides,
 * manual contacts): ann collector, fay and gus field agents, tom team lead, max manager, lee legal officer,
 * ada administrator, aud auditor; old a collector who has left.
 */
import type { Store } from '../../src/store/open-database.js';
import { addUser } from '../../src/user/add-user.js';

export const DESK_USERS = {
  collector: 'ann',
  field_agent: 'fay',
  team_lead: 'tom',
  manager: 'max',
  legal: 'lee',
  admin: 'ada',
  auditor: 'aud',
} as const;

export async function addDeskUsers(store: Store, now: Date): Promise<void> {
  for (const [role, userId] of Object.entries(DESK_USERS)) {
    await addUser({ db: store.db, userId, name: userId, role, actor: 'test', now });
  }
  await addUser({ db: store.db, userId: 'gus', name: 'gus', role: 'field_agent', actor: 'test', now });
  await addUser({ db: store.db, userId: 'old', name: 'old', role: 'collector', active: false, actor: 'test', now });
}
