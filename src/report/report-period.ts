/** The period a report covers: the one asked for, or the 30 days to the last day the cycle closed. */
import type { Kysely } from 'kysely';
import { addDays, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';

export async function reportPeriod(
  db: Kysely<Schema>,
  given: { from?: IsoDate; to?: IsoDate },
): Promise<{ from: IsoDate; to: IsoDate }> {
  for (const [name, value] of [
    ['--from', given.from],
    ['--to', given.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError('INVALID_INPUT', `${name} "${value}" is not a valid date (YYYY-MM-DD)`);
    }
  }
  let to = given.to;
  if (to === undefined) {
    const latest = await db
      .selectFrom('portfolios')
      .select((eb) => eb.fn.max('closed_through').as('d'))
      .executeTakeFirst();
    if (!latest?.d) throw new AppError('NOT_FOUND', 'the cycle has not run yet: no period to report');
    to = latest.d;
  }
  const from = given.from ?? addDays(to, -29);
  if (from > to) throw new AppError('INVALID_INPUT', `--from ${from} is after --to ${to}`);
  return { from, to };
}
