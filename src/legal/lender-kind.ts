/**
 * A portfolio's lender kind (`portfolio set --lender-kind licensed|private`): who lent the money decides
 * the interest cap its contracts get at import (src/legal/contract-caps.ts). Contracts already imported
 * had their caps resolved for the kind in force then, so the kind is set before the first account comes
 * in; once the portfolio holds accounts it no longer changes (their caps would silently be wrong).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { isLenderKind, LENDER_KINDS, type LenderKind } from '../domain/legal/limitation-codes.js';
import type { Schema } from '../store/schema.js';
import { DEFAULT_LENDER } from './contract-caps.js';

/** The kind to store: the one given (checked), else the stored one, else the default (licensed). */
export async function checkedLenderKind(
  db: Kysely<Schema>,
  portfolioId: string,
  given: string | undefined,
  stored: string | undefined,
): Promise<LenderKind> {
  const current = stored !== undefined && isLenderKind(stored) ? stored : DEFAULT_LENDER.lenderKind;
  if (given === undefined) return current;
  if (!isLenderKind(given)) {
    throw new AppError('INVALID_INPUT', `lender kind "${given}" is not one of ${LENDER_KINDS.join(', ')}`);
  }
  if (given === current) return given;
  const held = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('portfolio_id', '=', portfolioId)
    .executeTakeFirst();
  const n = Number(held?.n ?? 0);
  if (n > 0) {
    throw new AppError(
      'CONFLICT',
      `portfolio ${portfolioId} holds ${n} account${n === 1 ? '' : 's'} whose interest caps were set for a ${current} lender; ` +
        `set the lender kind before importing, or import the accounts into a portfolio of ${given} lending`,
    );
  }
  return given;
}
