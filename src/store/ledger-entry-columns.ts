/** The columns a new ledger entry is written with, in the order the bulk rows carry them. */
export const LEDGER_ENTRY_COLUMNS = [
  'account_id',
  'installment_no',
  'posted_on',
  'kind',
  'payment_id',
  'principal',
  'interest',
  'fee',
  'penalty',
  'late_fee',
  'credit',
] as const;
