/**
 * The one shape an arrangement is shown in (`arrangement list --json`, `propose --json`, the timeline and
 * later the API): external ids, money as decimal strings in the account's currency beside the currency,
 * the terms as agreed, who proposed and who decided, and where it stands.
 */
import type { Kysely } from 'kysely';
import { parseTerms } from '../domain/arrangement/arrangement-terms.js';
import { AppError } from '../domain/errors.js';
import { formatAmount } from '../domain/money/money.js';
import { inList } from '../store/in-list.js';
import type { Store } from '../store/open-database.js';
import type { ArrangementTable, Schema } from '../store/schema.js';

export interface ArrangementView {
  id: string;
  account_id: string;
  type: string;
  status: string;
  currency: string;
  terms: Record<string, unknown>;
  /** The three qualifying questions, as answered. */
  answers: Record<string, boolean> | null;
  /** The discount as a percentage of the outstanding it was measured against ("25.00"). */
  discount_percent: string;
  plan_installments: number;
  outstanding: string;
  /** The lowest role on the ladder that may approve it. */
  required_role: string | null;
  proposed_by: string;
  proposed_at: string;
  proposed_on: string;
  approved_by: string | null;
  approved_at: string | null;
  rejected_by: string | null;
  cancelled_by: string | null;
  decided_on: string | null;
  effective_on: string | null;
  closed_on: string | null;
  /** Money counted towards it so far. */
  counted: string;
  note: string | null;
}

export const ARRANGEMENT_VIEW_COLUMNS = [
  'arrangements.id',
  'arrangements.arrangement_id',
  'arrangements.type',
  'arrangements.status',
  'arrangements.terms',
  'arrangements.answers',
  'arrangements.discount_bp',
  'arrangements.plan_installments',
  'arrangements.outstanding',
  'arrangements.required_role',
  'arrangements.proposed_by',
  'arrangements.proposed_at',
  'arrangements.proposed_on',
  'arrangements.decided_by',
  'arrangements.decided_at',
  'arrangements.decided_on',
  'arrangements.effective_on',
  'arrangements.closed_on',
  'arrangements.counted',
  'arrangements.note',
  'accounts.account_id as account_ref',
  'accounts.currency',
] as const;

type Stored = Pick<
  ArrangementTable,
  | 'arrangement_id'
  | 'type'
  | 'status'
  | 'terms'
  | 'answers'
  | 'proposed_by'
  | 'proposed_at'
  | 'proposed_on'
  | 'decided_by'
  | 'decided_at'
  | 'decided_on'
  | 'effective_on'
  | 'closed_on'
  | 'note'
  | 'required_role'
> & {
  discount_bp: number;
  plan_installments: number;
  outstanding: number;
  counted: number;
  account_ref: string;
  currency: string;
};

const MONEY_TERMS = ['amount', 'estimated_amount'] as const;

function termsView(json: string, currency: string): Record<string, unknown> {
  const terms = parseTerms(json);
  const { family: _family, ...rest } = terms;
  const view: Record<string, unknown> = { ...rest };
  for (const key of MONEY_TERMS) {
    const v = view[key];
    if (typeof v === 'number') view[key] = formatAmount(v, currency);
  }
  if (terms.family === 'payment') {
    if (terms.asset) view.asset = { ...terms.asset, valuation: formatAmount(terms.asset.valuation, currency) };
    if (terms.payers)
      view.payers = terms.payers.map((p) => ({ name: p.name, amount: formatAmount(p.amount, currency) }));
  }
  return view;
}

export function arrangementView(r: Stored): ArrangementView {
  const decided = r.decided_by;
  const approvedLike = decided !== null && !['proposed', 'rejected', 'cancelled'].includes(r.status);
  return {
    id: r.arrangement_id,
    account_id: r.account_ref,
    type: r.type,
    status: r.status,
    currency: r.currency,
    terms: termsView(r.terms, r.currency),
    answers: r.answers === null ? null : (JSON.parse(r.answers) as Record<string, boolean>),
    discount_percent: (Number(r.discount_bp) / 100).toFixed(2),
    plan_installments: Number(r.plan_installments),
    outstanding: formatAmount(Number(r.outstanding), r.currency),
    required_role: r.required_role,
    proposed_by: r.proposed_by,
    proposed_at: r.proposed_at,
    proposed_on: String(r.proposed_on),
    approved_by: approvedLike ? decided : null,
    approved_at: approvedLike ? r.decided_at : null,
    rejected_by: r.status === 'rejected' ? decided : null,
    cancelled_by: r.status === 'cancelled' ? decided : null,
    decided_on: r.decided_on === null ? null : String(r.decided_on),
    effective_on: r.effective_on === null ? null : String(r.effective_on),
    closed_on: r.closed_on === null ? null : String(r.closed_on),
    counted: formatAmount(Number(r.counted), r.currency),
    note: r.note,
  };
}

/** The view of the arrangement with internal id `id`, just written in this transaction. */
export async function writtenArrangement(
  db: Kysely<Schema>,
  store: Pick<Store, 'engine'>,
  id: number,
  arrangementId: string,
): Promise<ArrangementView> {
  const [view] = await selectArrangements(db, store, { ids: [id] });
  if (!view) throw new AppError('INTERNAL', `arrangement ${arrangementId} is not there after it was written`);
  return view;
}

/** Arrangements with their accounts, newest first; by internal id, by account, or all. */
export async function selectArrangements(
  db: Kysely<Schema>,
  store: Pick<Store, 'engine'>,
  filter: { ids?: readonly number[]; accountId?: number; status?: string },
): Promise<ArrangementView[]> {
  let q = db
    .selectFrom('arrangements')
    .innerJoin('accounts', 'accounts.id', 'arrangements.account_id')
    .select(ARRANGEMENT_VIEW_COLUMNS)
    .orderBy('arrangements.id', 'desc');
  if (filter.ids) q = q.where(inList(store.engine, 'arrangements.id', filter.ids, 'bigint'));
  if (filter.accountId !== undefined) q = q.where('arrangements.account_id', '=', filter.accountId);
  if (filter.status !== undefined) q = q.where('arrangements.status', '=', filter.status);
  const rows = await q.execute();
  return rows.map((r) => arrangementView(r));
}
