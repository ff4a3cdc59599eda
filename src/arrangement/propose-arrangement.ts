/**
 * Proposing an arrangement (`dunwell arrangement propose`): a settlement, a plan or one of their kin, with
 * the three qualifying questions answered and stored with it — can the debtor pay now, can they pay today,
 * are they the sole decision maker — because a concession is only escalated once they are. The authority
 * ladder names the lowest role that may approve it; a proposal nobody on the ladder may approve is refused.
 * One open arrangement per account: a second waits until the first is decided, cancelled or closed.
 */

import { findWorkedAccount } from '../account/find-worked-account.js';
import { recordedInstant } from '../activity/recorded-instant.js';
import {
  ARRANGEMENT_TYPES,
  type ArrangementType,
  type PlanFrequency,
  QUALIFYING_QUESTIONS,
  type QualifyingQuestion,
} from '../domain/arrangement/arrangement-codes.js';
import { approversFor, formatAuthority } from '../domain/arrangement/authority-ladder.js';
import { buildTerms } from '../domain/arrangement/build-terms.js';
import { AppError } from '../domain/errors.js';
import { type Minor, parseAmount } from '../domain/money/money.js';
import { USER_ROLES, type UserRole } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
import { type ArrangementView, writtenArrangement } from './arrangement-view.js';

/** Who may propose: everyone who works accounts or runs the floor; an auditor only reads. */
export const PROPOSER_ROLES: readonly UserRole[] = USER_ROLES.filter((r) => r !== 'auditor');

export interface ProposeArrangementOptions {
  store: Store;
  accountId: string;
  type: string;
  by: string;
  /** When it was agreed with the debtor (an instant with offset); default now. */
  at?: string;
  now: Date;
  /** Decimal amounts in the account's currency ("7500.00"); parsed here, where the currency is known. */
  amount?: string;
  payBy?: string;
  installments?: number;
  firstDue?: string;
  every?: PlanFrequency;
  waiveRest?: boolean;
  asset?: { description: string; valuation: string };
  counterparty?: string;
  payers?: { name: string; amount: string }[];
  answers: Partial<Record<QualifyingQuestion, boolean>>;
  note?: string;
}

/** Open: still waiting for a decision or for the debtor. */
const OPEN = ['proposed', 'approved', 'active'] as const;

export async function proposeArrangement(options: ProposeArrangementOptions): Promise<ArrangementView> {
  const { store, now } = options;
  if (!(ARRANGEMENT_TYPES as readonly string[]).includes(options.type)) {
    throw new AppError('INVALID_INPUT', `type: "${options.type}" is not one of ${ARRANGEMENT_TYPES.join(', ')}`);
  }
  const type = options.type as ArrangementType;
  const missing = QUALIFYING_QUESTIONS.filter((q) => options.answers[q] === undefined);
  if (missing.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `answers: a concession is escalated only with the three qualifying questions answered; missing ${missing.join(', ')} (--answers funds_now=yes,pay_today=no,sole_decider=yes)`,
    );
  }
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    if (!PROPOSER_ROLES.includes(user.role as UserRole)) {
      throw new AppError(
        'FORBIDDEN',
        `${user.userId} is a ${user.role}; an ${user.role} does not propose arrangements`,
      );
    }
    const account = await findWorkedAccount(trx, options.accountId);
    if (account.status !== 'active') {
      throw new AppError('CONFLICT', `account ${account.accountId} is ${account.status}; there is nothing to arrange`);
    }
    const { instant: at, day: proposedOn } = recordedInstant('at', options.at, now, account);
    const open = await trx
      .selectFrom('arrangements')
      .select(['arrangement_id', 'status'])
      .where('account_id', '=', account.id)
      .where('status', 'in', OPEN)
      .executeTakeFirst();
    if (open) {
      throw new AppError(
        'CONFLICT',
        `account ${account.accountId} already has arrangement ${open.arrangement_id} (${open.status}); decide, cancel or close it first`,
      );
    }
    const money = (field: string, text: string | undefined): Minor | undefined => {
      if (text === undefined) return undefined;
      const parsed = parseAmount(text, account.currency);
      if (!parsed.ok) throw new AppError('INVALID_INPUT', `${field}: ${parsed.reason}`);
      return parsed.minor;
    };
    const { terms, concession } = buildTerms({
      type,
      proposedOn,
      outstanding: account.outstanding,
      pastDue: account.pastDue,
      amount: money('amount', options.amount),
      payBy: options.payBy,
      installments: options.installments,
      firstDue: options.firstDue,
      every: options.every,
      waiveRest: options.waiveRest,
      asset: options.asset && {
        description: options.asset.description,
        valuation: money('valuation', options.asset.valuation) ?? 0,
      },
      counterparty: options.counterparty,
      payers: options.payers?.map((p) => ({ name: p.name, amount: money(`payers ${p.name}`, p.amount) ?? 0 })),
    });
    const [requiredRole] = approversFor(account.authority, concession);
    if (requiredRole === undefined) {
      throw new AppError(
        'FORBIDDEN',
        `no role on the authority ladder (${formatAuthority(account.authority)}) may approve a ${(concession.discountBp / 100).toFixed(2)}% discount or a ${concession.planInstallments}-instalment plan`,
      );
    }
    const arrangementId = newId('arr', now);
    const stamp = now.toISOString();
    const inserted = await trx
      .insertInto('arrangements')
      .values({
        arrangement_id: arrangementId,
        account_id: account.id,
        type,
        status: 'proposed',
        terms: JSON.stringify(terms),
        answers: JSON.stringify(options.answers),
        discount_bp: concession.discountBp,
        plan_installments: concession.planInstallments,
        outstanding: account.outstanding,
        required_role: requiredRole,
        proposed_by: user.userId,
        proposed_at: at,
        proposed_on: proposedOn,
        note: options.note?.trim() || null,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendEvent(trx, {
      kind: 'arrangement.propose',
      actor: user.userId,
      now,
      accountId: account.id,
      payload: {
        arrangement_id: arrangementId,
        type,
        terms,
        answers: options.answers,
        required_role: requiredRole,
        at,
      },
    });
    return writtenArrangement(trx, store, Number(inserted.id), arrangementId);
  });
}
