/** relations: a party's role on an account. The whole row is the key, so a row is either new or unchanged. */

import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { ROLES } from '../import-codes.js';
import { lookupAccounts, lookupParties } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';

interface Relation {
  account_id: number;
  party_id: number;
  role: string;
}

export const importRelations: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'key');
  const parties = await lookupParties(ctx, distinctValues(rows, 'party_id'));
  const valid: { row: number; relation: Relation }[] = [];
  for (const source of rows) {
    const c = new RowCheck(source);
    const accountId = c.required('account_id');
    const partyId = c.required('party_id');
    const role = c.code('role', ROLES);
    const account = accounts.get(accountId);
    const party = parties.get(partyId);
    if (c.ok && !account) c.fail('account_id', `account ${accountId} does not exist`);
    if (c.ok && party === undefined) c.fail('party_id', `party ${partyId} does not exist`);
    if (c.problem || !account || party === undefined) tally.reject(c.problem);
    else valid.push({ row: source.row, relation: { account_id: account.id, party_id: party, role } });
  }
  const key = (r: Relation) => `${r.account_id}:${r.party_id}:${r.role}`;
  const stored =
    valid.length === 0
      ? []
      : await ctx.trx
          .selectFrom('relations')
          .select(['account_id', 'party_id', 'role'])
          .where(
            inList(ctx.store.engine, 'account_id', [...new Set(valid.map((v) => v.relation.account_id))], 'bigint'),
          )
          .where(inList(ctx.store.engine, 'party_id', [...new Set(valid.map((v) => v.relation.party_id))], 'bigint'))
          .execute();
  const plan = new ChangePlan<Relation>(
    stored.map((s) => {
      const r = { account_id: Number(s.account_id), party_id: Number(s.party_id), role: s.role };
      return [key(r), r];
    }),
  );
  for (const { row, relation } of valid) tally.add(plan.decide(row, key(relation), relation, () => ({ kind: 'same' })));
  const inserts = plan.inserts();
  if (inserts.length === 0) return;
  await ctx.bulk.insert(
    'relations',
    ['account_id', 'party_id', 'role', 'created_at'],
    inserts.map((r) => [r.account_id, r.party_id, r.role, ctx.nowIso]),
  );
};
