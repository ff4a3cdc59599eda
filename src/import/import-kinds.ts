/**
 * The kinds of file `dunwell import` takes and their columns, exactly as the README documents them.
 * `required` columns must be in the file's header and non-blank in every row; the others may be left out
 * of the header altogether or left blank (each kind says what a blank means).
 */
import { GIVEN_ACTIVITY_COLUMNS } from '../store/shapes/activity-columns.js';

export const IMPORT_KINDS = [
  'parties',
  'accounts',
  'schedules',
  'relations',
  'contacts',
  'payments',
  'collateral',
  'events',
  'activities',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface KindColumns {
  readonly columns: readonly string[];
  readonly required: readonly string[];
  /**
   * Columns a JSON-lines file must give as JSON strings: identifiers, amounts and rates, where a JSON number
   * may already have lost digits when it is parsed (two payment ids becoming one). Other columns may be
   * numbers or booleans (an instalment number, a flag).
   */
  readonly text: readonly string[];
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
    text: ['party_id', 'id_number'],
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
      'notarized_on',
      'insured',
    ],
    required: ['account_id', 'portfolio', 'product', 'currency', 'opened_on', 'principal', 'annual_rate'],
    text: ['account_id', 'portfolio', 'principal', 'annual_rate', 'penalty_uplift', 'late_fee', 'cost_cap_rate'],
  },
  schedules: {
    columns: ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
    required: ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
    text: ['account_id', 'principal', 'interest', 'fee'],
  },
  relations: {
    columns: ['account_id', 'party_id', 'role'],
    required: ['account_id', 'party_id', 'role'],
    text: ['account_id', 'party_id'],
  },
  contacts: {
    columns: ['party_id', 'type', 'value', 'verified', 'do_not_contact'],
    required: ['party_id', 'type', 'value'],
    text: ['party_id', 'value'],
  },
  payments: {
    columns: ['payment_id', 'account_id', 'paid_at', 'amount', 'currency', 'channel', 'payer_party_id'],
    required: ['payment_id', 'account_id', 'paid_at', 'amount', 'currency', 'channel'],
    text: ['payment_id', 'account_id', 'amount', 'payer_party_id'],
  },
  collateral: {
    columns: ['collateral_id', 'account_id', 'type', 'description', 'value', 'valued_on'],
    required: ['collateral_id', 'account_id', 'type', 'description', 'value', 'valued_on'],
    text: ['collateral_id', 'account_id', 'value'],
  },
  events: {
    columns: ['event_id', 'account_id', 'party_id', 'type', 'occurred_on', 'details', 'source'],
    // account_id or party_id, one at least: checked per row, since either column alone is a valid file.
    required: ['event_id', 'type', 'occurred_on'],
    text: ['event_id', 'account_id', 'party_id'],
  },
  activities: {
    // Every column of an activity but those Dunwell fills (the business day, the source, …).
    columns: GIVEN_ACTIVITY_COLUMNS,
    required: ['activity_id', 'account_id', 'channel', 'staff', 'started_at', 'outcome'],
    // A phone number as a JSON number loses its leading + or 0.
    text: ['activity_id', 'account_id', 'party_id', 'contact_point', 'staff', 'evidence'],
  },
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
