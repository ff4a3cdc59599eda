/**
 * An override: a manager (OVERRIDE_ROLES) sets one rule of the account's pack aside for one account (and
 * one party, or any party on it), with a reason, until an instant — by default the end of the business day
 * on the portfolio's clock, else after the hours given (at most MAX_OVERRIDE_HOURS). The gate
 * (gate-contacts.ts) turns that rule's block into a pass naming the override while it is in force.
 *
 * A rule the law makes absolute can never be set aside (NEVER_SET_ASIDE, HOLD_SET_ASIDE in
 * src/domain/compliance/desk-rights.ts): a cease request, representation, a third party's refusal or the
 * debt disclosed to one, a channel the person stopped, the opt-out, visits in pairs, a do-not-contact
 * mark, the validation notice, a time-barred debt, forbidden wording, bankruptcy, death and a breathing
 * space. The override and its reason are an event in the audit chain, written in the same transaction.
 */
import type { Kysely } from 'kysely';
import { guardNote } from '../activity/guard-note.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { MAX_OVERRIDE_HOURS, OVERRIDE_ROLES, setAsideRefusal } from '../domain/compliance/desk-rights.js';
import { nextLocalMidnight } from '../domain/compliance/local-time.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { fieldProblem } from '../import/field-limits.js';
import { inTransaction } from '../store/in-transaction.js';
import { newId } from '../store/new-id.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { type OverrideView, overrideView, selectOverrides } from './override-view.js';
import { portfolioPack } from './portfolio-pack.js';

export interface GrantOverrideOptions {
  db: Kysely<Schema>;
  /** The lender's account_id. */
  accountId: string;
  /** A rule id of the account's pack: `cn.daily_attempts`. */
  ruleId: string;
  reason: string;
  /** A manager or an administrator. */
  by: string;
  /** The lender's party_id: only contacts with this party; default any party on the account. */
  partyId?: string | undefined;
  /** How long it lasts; default until the end of the business day in the portfolio's time zone. */
  hours?: number | undefined;
  now: Date;
}

export async function grantOverride(options: GrantOverrideOptions): Promise<OverrideView> {
  const { now } = options;
  const reason = options.reason.trim();
  if (reason === '') throw new AppError('INVALID_INPUT', 'reason: an override needs a reason');
  const problem = fieldProblem('reason', reason);
  if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  guardNote('reason', reason);
  const hours = options.hours;
  if (hours !== undefined && (!Number.isInteger(hours) || hours < 1 || hours > MAX_OVERRIDE_HOURS)) {
    throw new AppError('INVALID_INPUT', `hours: ${hours} must be a whole number from 1 to ${MAX_OVERRIDE_HOURS}`);
  }

  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, OVERRIDE_ROLES, 'set a rule of the compliance pack aside');
    const account = await trx
      .selectFrom('accounts')
      .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
      .select([
        'accounts.id',
        'accounts.account_id',
        'portfolios.compliance_pack',
        'portfolios.compliance_params',
        'portfolios.time_zone',
      ])
      .where('accounts.account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
    const pack = portfolioPack(account.compliance_pack, account.compliance_params);
    const rule = pack.rules.find((r) => r.id === options.ruleId);
    if (!rule) {
      throw new AppError(
        'INVALID_INPUT',
        `rule: "${options.ruleId}" is not a rule of the ${pack.pack} pack that account ${account.account_id} is judged by (its rules: ${pack.rules.map((r) => r.id).join(', ')})`,
      );
    }
    const refusal = setAsideRefusal(rule.kind, rule.kind === 'hold' ? rule.params.hold : null);
    if (refusal !== null) {
      throw new AppError('FORBIDDEN', `rule ${rule.id} can never be set aside: ${refusal.en} ${refusal['zh-CN']}`);
    }
    let partyKey: number | null = null;
    if (options.partyId !== undefined) {
      const party = await trx
        .selectFrom('relations')
        .innerJoin('parties', 'parties.id', 'relations.party_id')
        .select('parties.id')
        .where('relations.account_id', '=', Number(account.id))
        .where('parties.party_id', '=', options.partyId)
        .executeTakeFirst();
      if (!party) {
        throw new AppError(
          'INVALID_INPUT',
          `party: ${options.partyId} is not a party of account ${account.account_id}`,
        );
      }
      partyKey = Number(party.id);
    }
    const zone = account.time_zone ?? DEFAULT_TIME_ZONE;
    const expiresAt = new Date(
      hours === undefined ? nextLocalMidnight(now.getTime(), zone) : now.getTime() + hours * 3_600_000,
    ).toISOString();
    const overrideId = newId('ovr', now);
    const stamp = now.toISOString();
    await trx
      .insertInto('compliance_overrides')
      .values({
        override_id: overrideId,
        account_id: Number(account.id),
        party_id: partyKey,
        rule_id: rule.id,
        reason,
        granted_by: user.userId,
        role: user.role,
        granted_at: stamp,
        expires_at: expiresAt,
        created_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'compliance.override',
      actor: user.userId,
      now,
      accountId: Number(account.id),
      payload: {
        override_id: overrideId,
        rule_id: rule.id,
        citation: rule.citation,
        party_id: options.partyId ?? null,
        reason,
        role: user.role,
        expires_at: expiresAt,
      },
    });
    const row = await selectOverrides(trx).where('o.override_id', '=', overrideId).executeTakeFirstOrThrow();
    return overrideView(row, now);
  });
}
