/**
 * The chance-of-payment table the queue's priority multiplies by: per portfolio, grade and bucket, how many
 * active graded accounts there are and how many paid anything over the last 30 days (account_features
 * .paid_30), with probability = (paying + 1) / (accounts + 2). That is Laplace's rule of succession: a cell
 * with few accounts is pulled towards one half instead of claiming certainty (0 of 1 is 0.3333, not 0; an
 * empty cell would be 0.5), so a new grade or bucket neither freezes nor floods the queue.
 *
 * Explainable on purpose: a team lead can read the counts beside each figure. The probability is decimal
 * text with four places, rounded half-even from integers in SQL (no floating point between the counts and
 * the text), so both engines write the same digits. One delete and one INSERT … SELECT in a transaction.
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type { Schema } from '../../store/schema.js';

export interface RecomputePaymentOddsOptions {
  db: Kysely<Schema>;
  asOf: IsoDate;
}

/** Decimal places of the stored probability. */
export const ODDS_PLACES = 4;
const SCALE = 10 ** ODDS_PLACES;

export async function recomputePaymentOdds(options: RecomputePaymentOddsOptions): Promise<{ cells: number }> {
  const { db, asOf } = options;
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('payment_odds').execute();
    const result = await sql`
      WITH cells AS (
        SELECT a.portfolio_id, a.grade, a.bucket,
          cast(count(*) as bigint) AS accounts,
          cast(sum(case when coalesce(f.paid_30, 0) > 0 then 1 else 0 end) as bigint) AS paying
        FROM accounts a LEFT JOIN account_features f ON f.account_id = a.id
        WHERE a.grade IS NOT NULL AND a.status = 'active'
        GROUP BY a.portfolio_id, a.grade, a.bucket
      ), divided AS (
        SELECT portfolio_id, grade, bucket, accounts, paying, accounts + 2 AS den,
          ((paying + 1) * ${sql.lit(SCALE)}) / (accounts + 2) AS q0,
          ((paying + 1) * ${sql.lit(SCALE)}) % (accounts + 2) AS r
        FROM cells
      ), rounded AS (
        SELECT portfolio_id, grade, bucket, accounts, paying,
          q0 + case when 2 * r > den or (2 * r = den and q0 % 2 = 1) then 1 else 0 end AS q
        FROM divided
      )
      -- q is a whole number of 1/10,000ths, below 10,000 unless (n + 1) / (n + 2) rounds up to one;
      -- 10,000 + q written out and cut after its first digit gives the four places with their zeros.
      INSERT INTO payment_odds (portfolio_id, grade, bucket, as_of, accounts, paying, probability)
      SELECT portfolio_id, grade, bucket, ${asOf}, accounts, paying,
        case when q >= ${sql.lit(SCALE)} then '1.0000'
          else '0.' || substr(cast(q + ${sql.lit(SCALE)} as text), 2) end
      FROM rounded`.execute(trx);
    return { cells: Number(result.numAffectedRows ?? 0) };
  });
}

/** The table as the queue reads it: `${portfolio}|${grade}|${bucket}` → probability. */
export async function loadPaymentOdds(db: Kysely<Schema>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('payment_odds').select(['portfolio_id', 'grade', 'bucket', 'probability']).execute();
  return new Map(rows.map((r) => [`${r.portfolio_id}|${r.grade}|${r.bucket}`, Number(r.probability)]));
}

/** The key loadPaymentOdds uses, for readers. */
export function oddsKey(portfolio: string, grade: string, bucket: string): string {
  return `${portfolio}|${grade}|${bucket}`;
}
