/**
 * `compliance blocks`: the contacts the gate refused (and those an override let through), newest first —
 * for one account, one business day, or all — each with where it came from, the rules that fired with
 * their citations and reasons (in the language asked for), and when it would next be allowed.
 */
import type { Kysely } from 'kysely';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import type { ComplianceLanguage } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import type { BlockedRule } from './record-blocks.js';

export interface BlockView {
  business_day: IsoDate;
  attempted_at: string;
  account_id: string;
  party_id: string | null;
  channel: string;
  source: string;
  /** False when an override let the contact through. */
  blocked: boolean;
  rules: { id: string; verdict: string; citation: string; reason: string; next_allowed_at: string | null }[];
  next_allowed_at: string | null;
  work_item_id: string | null;
  message_id: string | null;
  override_id: string | null;
  actor: string;
}

export interface ListBlocksOptions {
  db: Kysely<Schema>;
  /** The lender's account id. */
  accountId?: string;
  day?: string;
  lang: ComplianceLanguage;
  /** At most this many, newest first (default 200). */
  limit?: number;
}

export async function listBlocks(options: ListBlocksOptions): Promise<BlockView[]> {
  const { db, day, lang } = options;
  if (day !== undefined && !isIsoDate(day)) {
    throw new AppError('INVALID_INPUT', `--day "${day}" is not a valid date (YYYY-MM-DD)`);
  }
  let query = db
    .selectFrom('contact_blocks as b')
    .innerJoin('accounts as a', 'a.id', 'b.account_id')
    .leftJoin('parties as p', 'p.id', 'b.party_id')
    .select([
      'b.business_day',
      'b.attempted_at',
      'a.account_id',
      'p.party_id',
      'b.channel',
      'b.source',
      'b.rules',
      'b.next_allowed_at',
      'b.work_item_id',
      'b.message_id',
      'b.override_id',
      'b.actor',
    ]);
  if (options.accountId !== undefined) {
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', `no account ${options.accountId}`);
    query = query.where('b.account_id', '=', account.id);
  }
  if (day !== undefined) query = query.where('b.business_day', '=', day);
  const rows = await query
    .orderBy('b.attempted_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(options.limit ?? 200)
    .execute();
  return rows.map((r) => {
    const rules = JSON.parse(r.rules) as BlockedRule[];
    return {
      business_day: String(r.business_day),
      attempted_at: r.attempted_at,
      account_id: r.account_id,
      party_id: r.party_id,
      channel: r.channel,
      source: r.source,
      blocked: rules.some((rule) => rule.verdict === 'block'),
      rules: rules.map((rule) => ({
        id: rule.id,
        verdict: rule.override_id === undefined ? rule.verdict : `set aside (${rule.override_id})`,
        citation: rule.citation,
        reason: rule.reason[lang],
        next_allowed_at: rule.next_allowed_at,
      })),
      next_allowed_at: r.next_allowed_at,
      work_item_id: r.work_item_id,
      message_id: r.message_id,
      override_id: r.override_id,
      actor: r.actor,
    };
  });
}
