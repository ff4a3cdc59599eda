/**
 * `dunwell letter letterhead <portfolio> [--file F --by USER]`: shows a portfolio's letterhead, or sets it
 * from a YAML or JSON file. Only a manager or an administrator speaks for the creditor; every text passes
 * the language guard (a payment instruction is read by the debtor too); the change is an event in the same
 * transaction. No letter is issued for a portfolio without one: a letter must say how to pay.
 */
import type { Kysely } from 'kysely';
import { lintText } from '../compliance/lint-text.js';
import { checkedDocument } from '../document/parse-yaml-document.js';
import { readDocumentFile } from '../document/read-document-file.js';
import { AppError } from '../domain/errors.js';
import { LETTER_LANGUAGES } from '../domain/letter/letter-codes.js';
import type { Letterhead } from '../domain/letter/letterhead.js';
import type { UserRole } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { checkLetterhead, letterheadJson, storedLetterhead } from './letterhead-file.js';

/** Who may say, in the creditor's name, who it is and where to pay it. */
export const LETTERHEAD_ROLES: readonly UserRole[] = ['manager', 'admin'];

export interface LetterheadView {
  portfolio: string;
  letterhead: Letterhead | null;
}

async function portfolioRow(db: Kysely<Schema>, portfolioId: string) {
  const row = await db
    .selectFrom('portfolios')
    .select(['portfolio_id', 'letterhead'])
    .where('portfolio_id', '=', portfolioId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no portfolio "${portfolioId}"`);
  return row;
}

export async function showLetterhead(options: { db: Kysely<Schema>; portfolioId: string }): Promise<LetterheadView> {
  const row = await portfolioRow(options.db, options.portfolioId);
  return { portfolio: row.portfolio_id, letterhead: storedLetterhead(row.letterhead) };
}

/** Every text of a letterhead the guard finds a problem in, as `path: words (category)`. */
function wordingProblems(l: Letterhead): string[] {
  const texts: [string, string][] = [];
  for (const language of LETTER_LANGUAGES) {
    texts.push([`creditor.${language}`, l.creditor[language]], [`address.${language}`, l.address[language]]);
    if (l.hours !== null) texts.push([`hours.${language}`, l.hours[language]]);
    l.payment.forEach((p, i) => {
      texts.push([`payment[${i}].details.${language}`, p.details[language]]);
    });
  }
  return texts.flatMap(([path, text]) =>
    lintText({ text, language: 'en' }).findings.map((f) => `${path}: "${f.text}" (${f.category}: ${f.reason})`),
  );
}

export async function setLetterhead(options: {
  db: Kysely<Schema>;
  portfolioId: string;
  /** The letterhead file (YAML or JSON). */
  file: string;
  by: string;
  now: Date;
}): Promise<LetterheadView> {
  const text = await readDocumentFile(options.file, 'a letterhead');
  const letterhead = checkedDocument(text, `the letterhead file ${options.file}`, 'letterhead', checkLetterhead);
  return storeLetterhead({ ...options, letterhead });
}

/** Stores a letterhead already read (the demo's, a caller's), with the same checks and event. */
export async function storeLetterhead(options: {
  db: Kysely<Schema>;
  portfolioId: string;
  letterhead: Letterhead;
  by: string;
  now: Date;
}): Promise<LetterheadView> {
  const checked = checkLetterhead(JSON.parse(letterheadJson(options.letterhead)));
  if (!checked.ok) {
    const problems = checked.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
    throw new AppError('INVALID_INPUT', `the letterhead is not valid: ${problems}`);
  }
  const letterhead = checked.document;
  const problems = wordingProblems(letterhead);
  if (problems.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `the letterhead's wording is refused by the language guard: ${problems.join('; ')}`,
    );
  }
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LETTERHEAD_ROLES, 'set the creditor’s letterhead');
    const before = await portfolioRow(trx, options.portfolioId);
    const json = letterheadJson(letterhead);
    await trx
      .updateTable('portfolios')
      .set({ letterhead: json })
      .where('portfolio_id', '=', options.portfolioId)
      .execute();
    await appendEvent(trx, {
      kind: 'portfolio.letterhead',
      actor: user.userId,
      now: options.now,
      payload: {
        portfolio: options.portfolioId,
        before: before.letterhead === '' ? null : JSON.parse(before.letterhead),
        after: JSON.parse(json),
      },
    });
    return { portfolio: options.portfolioId, letterhead };
  });
}
