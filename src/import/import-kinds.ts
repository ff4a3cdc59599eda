/**
 * The kinds of file `dunwell import` takes and their columns, exactly as the README documents them.
 * `required` columns must be in the file's header and non-blank in every row; the others may be left out
 * of the header altogether or left blank (each kind says what a blank means).
 */
export const IMPORT_KINDS = [
  'parties',
  'accounts',
  'schedules',
  'relations',
  'contacts',
  'payments',
  'collateral',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface KindColumns {
  readonly columns: readonly string[];
  readonly required: readonly string[];
}

export const KIND_COLUMNS: Readonly<Record<ImportKind, KindColumns>> = {
  parties: {
    columns: [
      'party_id',
      'kind',
      'name',
      'id_number',
      'segment',
      'region',
      'timezone',
      'language',
      'birth_date',
      'occupation',
      'employer',
    ],
    required: ['party_id', 'kind', 'name'],
  },
  accounts: {
    columns: [
      'account_id',
      'portfolio',
      'product',
      'currency',
      'opened_on',
      'principal',
      'annual_rate',
      'penalty_uplift',
      'late_fee',
      'grace_days',
      'allocation',
      'day_count',
      'cost_cap_rate',
    ],
    required: ['account_id', 'portfolio', 'product', 'currency', 'opened_on', 'principal', 'annual_rate'],
  },
  schedules: {
    columns: ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
    required: ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
  },
  relations: {
    columns: ['account_id', 'party_id', 'role'],
    required: ['account_id', 'party_id', 'role'],
  },
  contacts: {
    columns: ['party_id', 'type', 'value', 'verified', 'do_not_contact'],
    required: ['party_id', 'type', 'value'],
  },
  payments: {
    columns: ['payment_id', 'account_id', 'paid_at', 'amount', 'currency', 'channel', 'payer_party_id'],
    required: ['payment_id', 'account_id', 'paid_at', 'amount', 'currency', 'channel'],
  },
  collateral: {
    columns: ['collateral_id', 'account_id', 'type', 'description', 'value', 'valued_on'],
    required: ['collateral_id', 'account_id', 'type', 'description', 'value', 'valued_on'],
  },
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
