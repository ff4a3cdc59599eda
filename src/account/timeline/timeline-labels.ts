/**
 * The bilingual words the timeline prints for promise verdicts and arrangement types and steps; shared
 * because a verdict or a step is told either from its event or, when no event tells it, from the row.
 */
import type { ArrangementType } from '../../domain/arrangement/arrangement-codes.js';
import type { PromiseStatus } from '../../domain/promise/promise-codes.js';

export const PROMISE_LABELS: Readonly<Record<PromiseStatus, string>> = {
  pending: 'pending 待兑现',
  kept: 'kept 已兑现',
  partly_kept: 'partly kept 部分兑现',
  broken: 'broken 未兑现',
  cancelled: 'cancelled 已取消',
};

export const ARRANGEMENT_LABELS: Readonly<Record<ArrangementType, string>> = {
  settlement: 'discount settlement 折扣法',
  plan: 'instalment plan 化整为零',
  principal_first: 'principal-first plan 先本后息',
  debt_for_asset: 'debt for asset 以物抵贷',
  offset: 'offset 债权抵顶',
  insurance: 'insurance proceeds 保险理赔',
  third_party_shares: 'third parties share the debt 分解法',
};

/** What happened to an arrangement after it was proposed, by the event that says so. */
export const ARRANGEMENT_STEPS: Readonly<Record<string, { status: string; label: string }>> = {
  'arrangement.approve': { status: 'approved', label: 'approved 已批准' },
  'arrangement.reject': { status: 'rejected', label: 'rejected 已驳回' },
  'arrangement.cancel': { status: 'cancelled', label: 'cancelled 已取消' },
  'arrangement.started': { status: 'active', label: 'started 已生效' },
  'arrangement.completed': { status: 'completed', label: 'completed 已履行完毕' },
  'arrangement.breached': { status: 'breached', label: 'breached 已违约' },
};

/** A code's label, or the code itself for one the table does not know (rows written by other means). */
export const label = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code;

/**
 * The key under which a verdict or step is remembered as told by an event, so that the row's own
 * account of it is not shown a second time.
 */
export const stepKey = (what: 'promise' | 'arrangement', id: string | null, status: string) =>
  `${what}|${id}|${status}`;
