/**
 * The demo starts with an active strategy, reached the way any strategy is: one manager submits it and
 * another approves it (four eyes), so its history reads like a real floor's.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { approveStrategy } from '../strategy/approve-strategy.js';
import { submitStrategy } from '../strategy/submit-strategy.js';
import { DEMO_STRATEGY_YAML } from './demo-strategy.js';

export async function activateDemoStrategy(options: { db: Kysely<Schema>; now: Date }): Promise<number> {
  const managers = await options.db
    .selectFrom('users')
    .select('user_id')
    .where('role', '=', 'manager')
    .where('active', '=', 1)
    .orderBy('user_id')
    .limit(2)
    .execute();
  const [author, approver] = managers;
  if (!author || !approver) {
    throw new AppError(
      'INTERNAL',
      'the demo floor needs two managers: one submits the strategy, the other approves it',
    );
  }
  const submitted = await submitStrategy({
    db: options.db,
    text: DEMO_STRATEGY_YAML,
    by: author.user_id,
    note: 'demo strategy',
    now: options.now,
  });
  const approved = await approveStrategy({
    db: options.db,
    version: submitted.version,
    by: approver.user_id,
    now: options.now,
  });
  return approved.version;
}
