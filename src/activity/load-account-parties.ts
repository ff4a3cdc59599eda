/**
 * The parties linked to accounts, each once with every role it has on the account: what an activity or a
 * promise is checked against (activity-rules.ts `resolveParty`, `outcomeProblem`). One read for any number
 * of accounts, as the import needs; the desk asks for one.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../store/engine.js';
import { inList } from '../store/in-list.js';
import type { Schema } from '../store/schema.js';
import type { AccountParty } from './activity-rules.js';

/** By account key; within an account, by party key. An account with no party on file is not in the map. */
export async function loadAccountParties(
  db: Kysely<Schema>,
  engine: Engine,
  accountKeys: readonly number[],
): Promise<Map<number, AccountParty[]>> {
  const out = new Map<number, AccountParty[]>();
  if (accountKeys.length === 0) return out;
  const rows = await db
    .selectFrom('relations')
    .innerJoin('parties', 'parties.id', 'relations.party_id')
    .select(['relations.account_id', 'relations.party_id as key', 'parties.party_id', 'relations.role'])
    .where(inList(engine, 'relations.account_id', accountKeys, 'bigint'))
    .orderBy('relations.account_id')
    .orderBy('relations.party_id')
    .execute();
  const seen = new Map<string, { partyKey: number; partyId: string; roles: string[] }>();
  for (const r of rows) {
    const account = Number(r.account_id);
    const at = `${account}:${Number(r.key)}`;
    const known = seen.get(at);
    if (known) {
      known.roles.push(r.role);
      continue;
    }
    const party = { partyKey: Number(r.key), partyId: r.party_id, roles: [r.role] };
    seen.set(at, party);
    const parties = out.get(account);
    if (parties) parties.push(party);
    else out.set(account, [party]);
  }
  return out;
}
