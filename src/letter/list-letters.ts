/** `dunwell letter list <account_id>`: the letters and notices sent on an account, newest first, with their delivery. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { LetterKind } from '../domain/letter/letter-codes.js';
import { formatAmount } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';

export interface LetterView {
  letter_id: string;
  kind: LetterKind;
  language: string;
  letter_date: string;
  respond_by: string | null;
  currency: string;
  amount_due: string;
  outstanding: string;
  party_id: string;
  activity_id: string;
  sha256: string;
  issued_by: string;
  delivered_on: string | null;
  delivery_method: string | null;
  delivery_evidence: string | null;
}

const day = (d: string | null) => (d === null ? null : String(d).slice(0, 10));

export async function listLetters(options: { db: Kysely<Schema>; accountId: string }): Promise<LetterView[]> {
  const account = await options.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', options.accountId)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
  const rows = await options.db
    .selectFrom('letters')
    .innerJoin('parties', 'parties.id', 'letters.party_id')
    .select([
      'letters.letter_id',
      'letters.kind',
      'letters.language',
      'letters.letter_date',
      'letters.respond_by',
      'letters.currency',
      'letters.amount_due',
      'letters.outstanding',
      'parties.party_id',
      'letters.activity_id',
      'letters.sha256',
      'letters.issued_by',
      'letters.delivered_on',
      'letters.delivery_method',
      'letters.delivery_evidence',
    ])
    .where('letters.account_id', '=', Number(account.id))
    .orderBy('letters.created_at', 'desc')
    .orderBy('letters.id', 'desc')
    .execute();
  return rows.map((r) => ({
    letter_id: r.letter_id,
    kind: r.kind as LetterKind,
    language: r.language,
    letter_date: day(r.letter_date) ?? '',
    respond_by: day(r.respond_by),
    currency: r.currency,
    amount_due: formatAmount(Number(r.amount_due), r.currency),
    outstanding: formatAmount(Number(r.outstanding), r.currency),
    party_id: r.party_id,
    activity_id: r.activity_id,
    sha256: r.sha256,
    issued_by: r.issued_by,
    delivered_on: day(r.delivered_on),
    delivery_method: r.delivery_method,
    delivery_evidence: r.delivery_evidence,
  }));
}
