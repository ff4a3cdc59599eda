/**
 * collateral: assets securing an account, keyed by collateral_id, valued in the account's currency.
 * Revaluations (value, valued_on) and descriptions update; moving collateral to another account is
 * refused, since that would silently change what secures two debts.
 */

import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { COLLATERAL_TYPES } from '../import-codes.js';
import { externalIds, lookupAccounts } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';

interface Collateral {
  id: number | null;
  collateral_id: string;
  account_id: string;
  accountKey: number;
  type: string;
  description: string;
  value: number;
  currency: string;
  valued_on: string;
}

const UPDATED = ['type', 'description', 'value', 'currency', 'valued_on'] as const;

export const importCollateral: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'terms');
  const ids = distinctValues(rows, 'collateral_id');
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('collateral')
          .select(['id', 'collateral_id', 'account_id', 'type', 'description', 'value', 'currency', 'valued_on'])
          .where(inList(ctx.store.engine, 'collateral_id', ids, 'text'))
          .execute();
  const accountNames = await externalIds(
    ctx,
    'accounts',
    stored.map((c) => Number(c.account_id)),
    new Map([...accounts.values()].map((a) => [a.id, a.accountId])),
  );
  const plan = new ChangePlan<Collateral>(
    stored.map((s) => {
      const accountKey = Number(s.account_id);
      return [
        s.collateral_id,
        {
          ...s,
          id: Number(s.id),
          account_id: accountNames.get(accountKey) ?? String(accountKey),
          accountKey,
          value: Number(s.value),
        },
      ];
    }),
  );
  for (const source of rows) {
    const c = new RowCheck(source);
    const collateralId = c.required('collateral_id');
    const accountId = c.required('account_id');
    const account = accounts.get(accountId);
    if (c.ok && !account) c.fail('account_id', `account ${accountId} does not exist`);
    const type = c.code('type', COLLATERAL_TYPES);
    const description = c.required('description');
    const currency = account?.currency ?? 'XXX';
    const value = c.amount('value', currency);
    const valuedOn = c.date('valued_on');
    if (c.problem || !account) {
      tally.reject(c.problem);
      continue;
    }
    const item: Collateral = {
      id: null,
      collateral_id: collateralId,
      account_id: accountId,
      accountKey: account.id,
      type,
      description,
      value,
      currency,
      valued_on: valuedOn,
    };
    tally.add(
      plan.decide(source.row, collateralId, item, (current) => {
        if (current.accountKey !== item.accountKey) {
          return {
            kind: 'refuse',
            field: 'account_id',
            reason: `collateral ${collateralId} secures account ${current.account_id}; it cannot move to account ${accountId}`,
          };
        }
        if (UPDATED.every((f) => current[f] === item[f])) return { kind: 'same' };
        return { kind: 'update', value: { ...item, id: current.id } };
      }),
    );
  }
  const inserts = plan.inserts();
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'collateral',
      ['collateral_id', 'account_id', ...UPDATED, 'created_at', 'updated_at'],
      inserts.map((k) => [k.collateral_id, k.accountKey, ...UPDATED.map((f) => k[f]), ctx.nowIso, ctx.nowIso]),
    );
  }
  const updates = plan.updates();
  if (updates.length > 0) {
    await ctx.bulk.update(
      'collateral',
      [...UPDATED, 'updated_at'],
      ['id'],
      updates.map((k) => [...UPDATED.map((f) => k[f]), ctx.nowIso, k.id]),
    );
  }
};
