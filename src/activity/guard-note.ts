/**
 * Every note a person writes at the desk — on an activity, a party request, an override's reason — goes
 * through the language guard before it is stored: a note that insults, threatens or intimidates (or
 * claims authority the lender does not have) is refused, naming the words and why, so the record of the
 * work stays one a court or the debtor may read. Quote what the debtor said in neutral words (“the debtor
 * was abusive”, 对方情绪激动) rather than copying abuse into the file.
 *
 * A note never asks for cash or for money into someone's own account either (src/compliance/cash-wording.ts).
 *
 * Notes are internal: the third-party and time-barred conditions of the lexicon do not apply to them.
 */

import { refuseCashWording } from '../compliance/cash-wording.js';
import { lintText } from '../compliance/lint-text.js';
import type { ReasonLanguage } from '../domain/compliance/lexicon.js';
import { AppError } from '../domain/errors.js';

/** INVALID_INPUT naming `field`, each finding's words, category and reason, when the guard finds anything. */
export function guardNote(field: string, text: string | null, language?: ReasonLanguage): void {
  if (text === null || text.trim() === '') return;
  const { ok, findings } = lintText({ text, language });
  if (ok) {
    // Nor does a note tell anyone to pay in cash or into a personal account.
    refuseCashWording(field, text, language);
    return;
  }
  const listed = findings.map((f) => `"${f.text}" (${f.category}: ${f.reason})`).join('; ');
  throw new AppError(
    'INVALID_INPUT',
    `${field}: the language guard refuses this text 语言检查未通过 — ${listed}. Write what happened in neutral words.`,
  );
}
