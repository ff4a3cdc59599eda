/**
 * The one order a ledger keeps its instalments in: oldest first, by due date, then instalment number — the
 * order allocation and accrual walk. The cycle's load, a replay and an arrangement that adds or moves
 * instalments all sort by it.
 */
export function byDueDate(a: { dueOn: string; no: number }, b: { dueOn: string; no: number }): number {
  return a.dueOn === b.dueOn ? a.no - b.no : a.dueOn < b.dueOn ? -1 : 1;
}
