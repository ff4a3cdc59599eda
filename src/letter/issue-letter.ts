/**
 * `dunwell letter issue <account_id> --kind K --by USER [--lang zh|en] [--on D]`: a letter or notice to an
 * obligor of an account, as a PDF, sent by post. In one transaction it reads the account's facts (the
 * ledger closed through the letter's date, the obligor's name and postal address, the creditor's
 * letterhead), writes the letter (compose-letter.ts), checks every word with the language guard, asks
 * the contact gate (a letter is a contact: holds, cease requests, do-not-contact, the validation notice's
 * timing), renders the PDF, and records the activity (channel post, outcome delivered: handed to the post),
 * the PDF as evidence linked to it, the letters row and an event. A refused letter writes nothing but the
 * recorded block.
 *
 * What each kind needs beyond that: something overdue (a validation notice: something owed); a final
 * demand, a debt not time-barred (it says a claim may follow); a credit-report notice, a `cn` portfolio of
 * a licensed lender (only they report to the credit reference system); a validation notice, a `us-regf`
 * portfolio (its content is Regulation F's).
 */
import type { Kysely } from 'kysely';
import { type ActivityInput, recordActivities } from '../activity/record-activities.js';
import { contactResponse } from '../compliance/check-contact.js';
import { gateContacts } from '../compliance/gate-contacts.js';
import { lintText } from '../compliance/lint-text.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { AppError } from '../domain/errors.js';
import { composeLetter, type LetterFacts, letterAmounts, letterText } from '../domain/letter/compose-letter.js';
import {
  isLetterKind,
  LANGUAGE_OPTIONS,
  LETTER_EVIDENCE_KIND,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  LETTER_ROLES,
  type LetterKind,
  type LetterLanguage,
} from '../domain/letter/letter-codes.js';
import { respondBy } from '../domain/letter/letter-dates.js';
import { formatAmount } from '../domain/money/money.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import { appendEvent } from '../event/append-event.js';
import { sha256Hex } from '../evidence/evidence-file.js';
import { storeEvidence } from '../evidence/store-evidence.js';
import { limitationClocks } from '../legal/limitation-clocks.js';
import { loadPartyContacts, maskIdNumber } from '../privacy/contact-values.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import type { CjkFont } from './find-cjk-font.js';
import { itemisation, letterDebt } from './letter-debt.js';
import { letterReference } from './letter-reference.js';
import { storedLetterhead } from './letterhead-file.js';
import { recordLetterBlock } from './record-letter-block.js';
import { renderLetterPdf } from './render-letter-pdf.js';

export interface IssueLetterOptions {
  store: Store;
  accountId: string;
  kind: string;
  by: string;
  /** zh, zh-CN or en; default the party's language when it is English, else Chinese. */
  language?: string | undefined;
  /** The letter's date; default today in the portfolio's time zone. */
  on?: string | undefined;
  /** The lender's party_id of the obligor written to; default the borrower. */
  partyId?: string | undefined;
  font: CjkFont;
  /** The evidence folder (evidenceFolder(store)). */
  evidenceFolder: string;
  now: Date;
}

export interface IssuedLetter {
  letter_id: string;
  account_id: string;
  party_id: string;
  kind: LetterKind;
  language: LetterLanguage;
  letter_date: IsoDate;
  respond_by: IsoDate;
  currency: string;
  amount_due: string;
  outstanding: string;
  activity_id: string;
  sha256: string;
  size: number;
  retain_until: string;
  pages: number;
}

export interface IssueLetterResult {
  letter: IssuedLetter;
  pdf: Uint8Array;
}

/** The letter's facts, or the gate's refusal, read in the transaction that writes it. */
type Prepared =
  | { blocked: false; letter: IssuedLetter; pdf: Uint8Array }
  | { blocked: true; decision: ContactDecision; accountKey: number; partyKey: number; today: IsoDate };

function checkedKind(kind: string): LetterKind {
  if (!isLetterKind(kind))
    throw new AppError('INVALID_INPUT', `kind "${kind}" is not one of ${LETTER_KINDS.join(', ')}`);
  return kind;
}

function checkedLanguage(given: string | undefined, partyLanguage: string | null): LetterLanguage {
  if (given !== undefined) {
    const language = LANGUAGE_OPTIONS[given];
    if (language === undefined) throw new AppError('INVALID_INPUT', `lang "${given}" is not zh or en`);
    return language;
  }
  return partyLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

async function loadAccount(db: Kysely<Schema>, accountId: string) {
  const row = await db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'accounts.id',
      'accounts.account_id',
      'accounts.portfolio_id',
      'accounts.opened_on',
      'accounts.currency',
      'accounts.processed_through',
      'portfolios.closed_through',
      'portfolios.time_zone',
      'portfolios.compliance_pack',
      'portfolios.lender_kind',
      'portfolios.letterhead',
    ])
    .where('accounts.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  return { ...row, id: Number(row.id), time_zone: row.time_zone || DEFAULT_TIME_ZONE };
}

type Account = Awaited<ReturnType<typeof loadAccount>>;

/** The obligor written to: the one named, or the borrower; never a third party, who is never told of the debt. */
async function loadObligor(db: Kysely<Schema>, account: Account, partyId: string | undefined) {
  const rows = await db
    .selectFrom('relations')
    .innerJoin('parties', 'parties.id', 'relations.party_id')
    .select([
      'parties.id',
      'parties.party_id',
      'parties.name',
      'parties.id_number',
      'parties.language',
      'relations.role',
    ])
    .where('relations.account_id', '=', account.id)
    .orderBy('parties.id')
    .execute();
  const named =
    partyId === undefined ? rows.filter((r) => r.role === 'borrower') : rows.filter((r) => r.party_id === partyId);
  const row = named.find((r) => isObligorRole(r.role)) ?? named[0];
  if (!row) {
    throw new AppError(
      'INVALID_INPUT',
      partyId === undefined
        ? `account ${account.account_id} has no borrower on file to write to`
        : `party ${partyId} is not linked to account ${account.account_id}`,
    );
  }
  if (!isObligorRole(row.role)) {
    throw new AppError(
      'FORBIDDEN',
      `party ${row.party_id} is the account's ${row.role}, who does not owe the debt: a letter about it would disclose it to a third party`,
    );
  }
  return { ...row, id: Number(row.id) };
}

/** What makes a kind untrue for this account, or null. */
function kindProblem(
  kind: LetterKind,
  account: Account,
  facts: Pick<LetterFacts, 'pastDue' | 'notYetDue'>,
  on: IsoDate,
): string | null {
  const { due, outstanding } = letterAmounts(facts);
  if (outstanding <= 0) return `nothing is owed on ${account.account_id} as of ${on}`;
  if (kind !== 'validation_notice' && due <= 0) {
    return `nothing on ${account.account_id} is overdue as of ${on}; a ${LETTER_KIND_LABELS[kind].en} asks only for what has fallen due`;
  }
  if (kind === 'validation_notice' && account.compliance_pack !== 'us-regf') {
    return `a validation notice is Regulation F's (us-regf); portfolio ${account.portfolio_id} follows ${account.compliance_pack}`;
  }
  if (kind === 'credit_report_notice') {
    if (account.compliance_pack !== 'cn') {
      return `a notice before credit reporting follows 征信业管理条例 (cn); portfolio ${account.portfolio_id} follows ${account.compliance_pack}`;
    }
    if (account.lender_kind !== 'licensed') {
      return `portfolio ${account.portfolio_id} is a private lender's, which does not report to the credit reference system: the notice would be untrue`;
    }
  }
  return null;
}

async function prepare(trx: Kysely<Schema>, options: IssueLetterOptions, kind: LetterKind): Promise<Prepared> {
  const { store, now } = options;
  const user = await actingUser(trx, options.by);
  mustHaveRole(user, LETTER_ROLES[kind], `send a ${LETTER_KIND_LABELS[kind].en}`);
  const account = await loadAccount(trx, options.accountId);
  const today = dateInZone(now.toISOString(), account.time_zone);
  const on = options.on ?? today;
  if (!isIsoDate(on)) throw new AppError('INVALID_INPUT', `on: "${on}" is not a date (YYYY-MM-DD)`);
  const letterhead = storedLetterhead(account.letterhead);
  if (letterhead === null) {
    throw new AppError(
      'INVALID_INPUT',
      `portfolio ${account.portfolio_id} has no letterhead: a letter must name the creditor and how to pay (dunwell letter letterhead ${account.portfolio_id} --file F --by USER)`,
    );
  }
  const party = await loadObligor(trx, account, options.partyId);
  const language = checkedLanguage(options.language, party.language);
  const addresses = (await loadPartyContacts(store, trx, [party.id], ['address'])).get(party.id) ?? [];
  // A do-not-contact address is still handed to the gate when it is all there is: the gate says why not.
  const address = addresses.find((a) => !a.doNotContact) ?? addresses[0];
  if (address === undefined) {
    throw new AppError('INVALID_INPUT', `party ${party.party_id} has no postal address on file to send a letter to`);
  }
  const debt = await letterDebt(
    trx,
    {
      id: account.id,
      accountId: account.account_id,
      processedThrough: account.processed_through,
      closedThrough: account.closed_through,
    },
    on,
  );
  const problem = kindProblem(kind, account, debt, on);
  if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  const clock = (await limitationClocks(trx, [account.id], on)).get(account.id);
  const timeBarred = clock?.timeBarred === true && !clock.waived;
  if (kind === 'final_demand' && timeBarred) {
    throw new AppError(
      'FORBIDDEN',
      `the debt on ${account.account_id} is time-barred since ${clock?.expiresOn}: a final demand saying a claim may follow would be a false legal threat`,
    );
  }
  const masked = maskIdNumber(party.id_number);
  const facts: LetterFacts = {
    kind,
    language,
    reference: letterReference(on),
    letterDate: on,
    respondBy: respondBy(kind, on),
    asOf: on,
    letterhead,
    debtor: {
      name: party.name,
      addressLines: address.value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      idMasked: masked === '' ? null : masked,
    },
    accountId: account.account_id,
    currency: account.currency,
    pastDue: debt.pastDue,
    notYetDue: debt.notYetDue,
    itemisation:
      kind === 'validation_notice'
        ? await itemisation(trx, { id: account.id, openedOn: account.opened_on }, debt, on)
        : null,
  };
  const document = composeLetter(facts);
  const text = letterText(document);
  const lint = lintText({ text, language, timeBarred });
  if (!lint.ok) {
    const found = lint.findings.map((f) => `"${f.text}" (${f.category}: ${f.reason})`).join('; ');
    throw new AppError('INVALID_INPUT', `the letter's wording is refused by the language guard: ${found}`);
  }
  const [gate] = await gateContacts({
    db: trx,
    store,
    now,
    attempts: [
      {
        accountId: account.id,
        partyId: party.id,
        channel: 'post',
        contactPoint: address.value,
        text,
        staff: [user.userId],
        disclosesDebt: true,
        at: now,
        validationNotice: kind === 'validation_notice',
      },
    ],
  });
  if (!gate) throw new AppError('INTERNAL', 'the gate gave no decision for the letter');
  if (!gate.decision.allowed) {
    return { blocked: true, decision: gate.decision, accountKey: account.id, partyKey: party.id, today };
  }
  if (gate.overrideId !== null) {
    // Let through only by an override: recorded like a block, in the letter's own transaction.
    await recordLetterBlock({
      store,
      db: trx,
      accountKey: account.id,
      partyKey: party.id,
      businessDay: today,
      decision: gate.decision,
      overrideId: gate.overrideId,
      actor: user.userId,
      now,
    });
  }

  const pdf = await renderLetterPdf(document, { font: options.font, createdAt: now });
  const sha256 = sha256Hex(pdf);
  const input: ActivityInput = {
    accountId: account.id,
    partyId: party.id,
    channel: 'post',
    direction: 'outbound',
    contactPoint: address.value,
    staff: [user.userId],
    startedAt: now.toISOString(),
    endedAt: null,
    occurredOn: today,
    // Handed to the post, as the outbox says of a message handed to its channel; proof that it reached the
    // debtor is recorded apart (letter delivered), and only that restarts the limitation clock.
    outcome: 'delivered',
    excuse: null,
    note: `${LETTER_KIND_LABELS[kind].zh} ${LETTER_KIND_LABELS[kind].en} ${facts.reference}`,
    evidence: [sha256],
    workItemId: null,
    messageId: null,
    source: 'desk',
  };
  const [activityId = ''] = await recordActivities(store, trx, [input], now);
  const stored = await storeEvidence({
    db: trx,
    folder: options.evidenceFolder,
    bytes: pdf,
    mediaType: 'application/pdf',
    name: `${facts.reference}-${kind}-${language}.pdf`,
    kind: LETTER_EVIDENCE_KIND[kind],
    accountId: account.id,
    activityId,
    actor: user.userId,
    now,
  });
  const { due, outstanding } = letterAmounts(facts);
  await trx
    .insertInto('letters')
    .values({
      letter_id: facts.reference,
      account_id: account.id,
      party_id: party.id,
      kind,
      language,
      letter_date: on,
      respond_by: facts.respondBy,
      currency: account.currency,
      amount_due: due,
      outstanding,
      activity_id: activityId,
      sha256: stored.sha256,
      issued_by: user.userId,
      created_at: now.toISOString(),
    })
    .execute();
  await appendEvent(trx, {
    kind: 'letter.issue',
    actor: user.userId,
    now,
    accountId: account.id,
    payload: {
      letter_id: facts.reference,
      kind,
      language,
      letter_date: on,
      respond_by: facts.respondBy,
      amount_due: due,
      outstanding,
      activity_id: activityId,
      sha256: stored.sha256,
    },
  });
  const pages = countPages(pdf);
  return {
    blocked: false,
    pdf,
    letter: {
      letter_id: facts.reference,
      account_id: account.account_id,
      party_id: party.party_id,
      kind,
      language,
      letter_date: on,
      respond_by: facts.respondBy,
      currency: account.currency,
      amount_due: formatAmount(due, account.currency),
      outstanding: formatAmount(outstanding, account.currency),
      activity_id: activityId,
      sha256: stored.sha256,
      size: stored.size,
      retain_until: stored.retainUntil,
      pages,
    },
  };
}

/** The page count of a PDF this module rendered (pdfkit writes one `/Type /Page` per page). */
function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}

export async function issueLetter(options: IssueLetterOptions): Promise<IssueLetterResult> {
  const kind = checkedKind(options.kind);
  const prepared = await inTransaction(options.store.db, (trx) => prepare(trx, options, kind));
  if (!prepared.blocked) return { letter: prepared.letter, pdf: prepared.pdf };
  // The refusal is itself recorded (its own transaction: nothing of the letter was written).
  await recordLetterBlock({
    store: options.store,
    db: options.store.db,
    accountKey: prepared.accountKey,
    partyKey: prepared.partyKey,
    businessDay: prepared.today,
    decision: prepared.decision,
    overrideId: null,
    actor: options.by,
    now: options.now,
  });
  const reasons = contactResponse(prepared.decision, 'en')
    .rules.filter((r) => r.verdict === 'block')
    .map((r) => `${r.id} (${r.citation}): ${r.reason}`);
  const next =
    prepared.decision.next_allowed_at === null ? '' : `; next allowed at ${prepared.decision.next_allowed_at}`;
  throw new AppError('FORBIDDEN', `the contact gate refuses this letter: ${reasons.join('; ')}${next}`);
}
