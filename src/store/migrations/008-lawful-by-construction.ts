/**
 * Lawful by construction (issue 8): the compliance gate's memory (what parties asked, the blocks it
 * recorded, the overrides people granted), typed holds, the hash-chained audit log over `events`, evidence
 * files stored by their SHA-256, the legal side (limitation events, legal cases, restrictions) and the
 * blind indexes that let encrypted personal data still be looked up.
 *
 * Every account-owned table carries `account_id`, so the data still shards by account. Added columns have
 * defaults, so an old database upgrades in place without rewriting its rows.
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

export const lawfulByConstruction: Migration = {
  version: 8,
  name: 'lawful-by-construction',
  async up(db, engine) {
    const date = engine === 'postgres' ? 'date' : 'text';
    const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
      engine === 'postgres'
        ? t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
    const schema = (db as Kysely<unknown>).schema;

    // The pack a portfolio's contacts are judged by, and its tightening of the pack's parameters (JSON,
    // keyed by rule id; '' for none): a portfolio may only make a rule stricter.
    await schema
      .alterTable('portfolios')
      .addColumn('compliance_pack', 'text', (c) => c.notNull().defaultTo('cn'))
      .execute();
    await schema
      .alterTable('portfolios')
      .addColumn('compliance_params', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    // Private lending is capped at 4 × LPR; licensed lenders at the 24 % line ('licensed' | 'private').
    await schema
      .alterTable('portfolios')
      .addColumn('lender_kind', 'text', (c) => c.notNull().defaultTo('licensed'))
      .execute();
    // The creditor as its letters name it, and how debtors may pay (JSON, see src/letter/letterhead.ts; ''
    // none): a demand letter is refused until a portfolio has one, so no letter goes out without a way to pay.
    await schema
      .alterTable('portfolios')
      .addColumn('letterhead', 'text', (c) => c.notNull().defaultTo(''))
      .execute();

    // Holds gain a type (HOLD_TYPES) and who placed and lifted them; every hold stops outreach too.
    await schema
      .alterTable('account_holds')
      .addColumn('type', 'text', (c) => c.notNull().defaultTo('hardship'))
      .execute();
    await schema.alterTable('account_holds').addColumn('placed_by', 'text').execute();
    await schema.alterTable('account_holds').addColumn('lifted_by', 'text').execute();
    await schema.alterTable('account_holds').addColumn('lifted_at', 'text').execute();

    // What a party asked of us: cease, stop a channel, consent to be called, a third party's refusal,
    // represented by an attorney, a time known to be inconvenient. The gate reads them.
    await id(schema.createTable('party_requests'))
      .addColumn('request_id', 'text', (c) => c.notNull().unique())
      .addColumn('party_id', 'bigint', (c) => c.notNull())
      // NULL: the request covers every account of the party.
      .addColumn('account_id', 'bigint')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('channel', 'text')
      .addColumn('requested_at', 'text', (c) => c.notNull())
      // A withdrawn request (consent withdrawn, attorney no longer acting) stops counting from this instant.
      .addColumn('withdrawn_at', 'text')
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('party_requests_party').on('party_requests').columns(['party_id']).execute();

    // Every contact the gate refused (and every one let through by an override): where it came from
    // (queue, outbox, desk), the rules that fired with their citations, and when it would next be allowed.
    await id(schema.createTable('contact_blocks'))
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('attempted_at', 'text', (c) => c.notNull())
      .addColumn('business_day', date, (c) => c.notNull())
      // JSON array of the rules that blocked or warned: {id, verdict, citation, reason}.
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('next_allowed_at', 'text')
      .addColumn('work_item_id', 'text')
      .addColumn('message_id', 'text')
      .addColumn('override_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema
      .createIndex('contact_blocks_account')
      .on('contact_blocks')
      .columns(['account_id', 'attempted_at'])
      .execute();
    await schema.createIndex('contact_blocks_day').on('contact_blocks').columns(['business_day']).execute();

    // A rule set aside for one account (and party) by someone whose role has that right, with a reason,
    // until an instant; it lands in the audit chain.
    await id(schema.createTable('compliance_overrides'))
      .addColumn('override_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint')
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('granted_by', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('granted_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema
      .createIndex('compliance_overrides_account')
      .on('compliance_overrides')
      .columns(['account_id'])
      .execute();

    // The audit chain: `events` rows are chained by prev_hash → hash in id order. The head row is what
    // appenders lock, so two writers can never chain onto the same predecessor.
    await schema
      .createTable('audit_head')
      .addColumn('chain', 'text', (c) => c.primaryKey())
      .addColumn('last_id', 'bigint', (c) => c.notNull())
      .addColumn('last_hash', 'text', (c) => c.notNull())
      .execute();
    // An event's id is part of its hash, so the appender takes ids from the head (under its lock) and
    // writes them itself: PostgreSQL's identity must accept a given id.
    if (engine === 'postgres') await sql`ALTER TABLE events ALTER COLUMN id SET GENERATED BY DEFAULT`.execute(db);

    // Evidence files, content-addressed: the bytes live in the evidence folder under their SHA-256; a row
    // per file and one per link to an activity (the same recording may back several activities).
    await schema
      .createTable('evidence_files')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('stored_by', 'text', (c) => c.notNull())
      .addColumn('stored_at', 'text', (c) => c.notNull())
      // The pack's retention: the file cannot be purged before this day.
      .addColumn('retain_until', date, (c) => c.notNull())
      .addColumn('purged_at', 'text')
      .addColumn('purged_by', 'text')
      .execute();
    await id(schema.createTable('evidence_links'))
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('activity_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('evidence_links_account').on('evidence_links').columns(['account_id']).execute();
    await schema.createIndex('evidence_links_file').on('evidence_links').columns(['sha256']).execute();

    // What restarts (or waives) the limitation clock, as it happened: a demand delivered, an
    // acknowledgement, a suit filed, a notice of assignment delivered. Payments and agreed plans are read
    // from their own tables.
    await id(schema.createTable('legal_events'))
      .addColumn('event_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_on', date, (c) => c.notNull())
      // How it was delivered or proven: registered_mail, notarized_service, signed_receipt, …
      .addColumn('method', 'text')
      .addColumn('activity_id', 'text')
      .addColumn('evidence', 'text')
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('legal_events_account').on('legal_events').columns(['account_id']).execute();
    // The limitation clock's last day as the cycle's features step last found it (NULL: no clock, the
    // account has no contract instalments). A strategy reads the days left to it (limitation_days_left) and
    // routes the account to legal review before the period runs out. The day, not the days left, is
    // stored: it changes only when an event restarts the clock, so the row is not rewritten every day.
    await schema.alterTable('account_features').addColumn('limitation_expires_on', date).execute();

    // Legal cases: notarized enforcement, lawsuits, arbitration; their status, deadlines, costs and results.
    await id(schema.createTable('legal_cases'))
      .addColumn('case_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opened_on', date, (c) => c.notNull())
      .addColumn('forum', 'text')
      .addColumn('reference', 'text')
      .addColumn('deadline_on', date)
      .addColumn('claim_amount', 'bigint', (c) => c.notNull().defaultTo(0))
      // JSON: the claim by component and the day it was measured ({as_of, principal, interest, fee,
      // penalty, late_fee}); NULL until the claim is fixed (at filing, or set by hand).
      .addColumn('claim_detail', 'text')
      .addColumn('costs', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('judgment_on', date)
      .addColumn('judgment_amount', 'bigint')
      .addColumn('recovered', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('closed_on', date)
      // Comma-separated evidence hashes of the case's documents.
      .addColumn('documents', 'text')
      .addColumn('note', 'text')
      .addColumn('opened_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('legal_cases_account').on('legal_cases').columns(['account_id']).execute();

    // Restrictions on a debtor: internal blacklist, stop new credit, a credit-bureau report (which needs
    // prior notice). Lifted automatically when the debt is paid.
    await id(schema.createTable('restrictions'))
      .addColumn('restriction_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('notice_sent_on', date)
      .addColumn('effective_on', date)
      .addColumn('lifted_on', date)
      .addColumn('lifted_reason', 'text')
      .addColumn('placed_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await schema.createIndex('restrictions_account').on('restrictions').columns(['account_id']).execute();

    // Letters and notices sent to a debtor (demand, final demand, validation notice, credit-report notice):
    // the figures they stated, the PDF's hash in the evidence store and the activity that records the
    // sending. Their delivery is a legal_events row (demand_delivered) linked by activity_id.
    await id(schema.createTable('letters'))
      .addColumn('letter_id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('party_id', 'bigint', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('letter_date', date, (c) => c.notNull())
      // Pay by, or the end of the validation period; NULL when the letter sets no day.
      .addColumn('respond_by', date)
      .addColumn('currency', 'text', (c) => c.notNull())
      // What the letter asks for (past due) and the whole balance it states, in minor units.
      .addColumn('amount_due', 'bigint', (c) => c.notNull())
      .addColumn('outstanding', 'bigint', (c) => c.notNull())
      .addColumn('activity_id', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('issued_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      // Proof that it reached the debtor (DELIVERY_METHODS), once recorded; NULL while not proven.
      .addColumn('delivered_on', date)
      .addColumn('delivery_method', 'text')
      .addColumn('delivery_evidence', 'text')
      .execute();
    await schema.createIndex('letters_account').on('letters').columns(['account_id']).execute();

    // Field work (issue 8): a visit's type (VISIT_TYPES: confirm, search, breach), the recording that backs
    // it (`sha256:<hex>` of a stored evidence file, or the lender's own recording reference), and, when the
    // staff entered a home, the party who consented to it (NULL: no home was entered). NULL on every other
    // activity, and on visits recorded before these columns or imported from elsewhere.
    await schema.alterTable('activities').addColumn('visit_type', 'text').execute();
    await schema.alterTable('activities').addColumn('recording', 'text').execute();
    await schema.alterTable('activities').addColumn('home_consent_by', 'bigint').execute();

    // Personal data is encrypted at rest; these keyed hashes (HMAC-SHA-256) of the normalised plain value
    // let an import or a lookup find a party by ID number or a contact point by value without decrypting.
    await schema.alterTable('parties').addColumn('id_number_index', 'text').execute();
    await schema.alterTable('contact_points').addColumn('value_index', 'text').execute();
    await schema.createIndex('contact_points_value_index').on('contact_points').columns(['value_index']).execute();
    // Which key the personal data is encrypted with — its id, never the key itself: a process holding
    // another key is refused before it writes anything, and the first writer registers its own. One row per
    // purpose, so two first writers cannot both register.
    await schema
      .createTable('personal_data_keys')
      .addColumn('purpose', 'text', (c) => c.primaryKey())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('registered_at', 'text', (c) => c.notNull())
      .execute();
    if (engine === 'postgres') await sql`ANALYZE portfolios`.execute(db);
  },
};
