/**
 * A stored arrangement someone acts on (approves, rejects, cancels), by its arrangement_id: what the
 * decision reads, the lender's id of its account, and the concession it asks for as the authority ladder
 * measures it. NOT_FOUND when there is none.
 */
import type { Kysely } from 'kysely';
import type { Concession } from '../domain/arrangement/authority-ladder.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';

export async function findArrangement(db: Kysely<Schema>, arrangementId: string) {
  const row = await db
    .selectFrom('arrangements')
    .innerJoin('accounts', 'accounts.id', 'arrangements.account_id')
    .select([
      'arrangements.id',
      'arrangements.status',
      'arrangements.type',
      'arrangements.terms',
      'arrangements.proposed_by',
      'arrangements.proposed_at',
      'arrangements.discount_bp',
      'arrangements.plan_installments',
      'arrangements.required_role',
      'arrangements.effective_on',
      'accounts.account_id as account_ref',
    ])
    .where('arrangements.arrangement_id', '=', arrangementId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no arrangement "${arrangementId}"`);
  const concession: Concession = {
    discountBp: Number(row.discount_bp),
    planInstallments: Number(row.plan_installments),
  };
  return { ...row, id: Number(row.id), concession };
}
