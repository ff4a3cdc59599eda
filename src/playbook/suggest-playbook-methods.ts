/**
 * `dunwell playbook suggest <account_id>`: which recovery methods apply to the account and why, which
 * would apply if a fact Dunwell does not record held ("to check", with what to look up), and what the
 * catalogue says about the last excuse the debtor gave. The decision is the domain's (suggestMethods);
 * this loads the playbook in force and the account's facts, and puts the answer in one language.
 */
import type { Kysely } from 'kysely';
import { localize } from '../domain/playbook/localize-playbook.js';
import type { PlaybookLanguage } from '../domain/playbook/playbook-codes.js';
import type { MethodSpec } from '../domain/playbook/playbook-document.js';
import { type PlaybookFacts, UNRECORDED_FACTS } from '../domain/playbook/playbook-facts.js';
import { suggestMethods } from '../domain/playbook/suggest-methods.js';
import type { Schema } from '../store/schema.js';
import { loadPlaybook, type PlaybookVersionView } from './load-playbook.js';
import { type AccountOnFile, loadPlaybookFacts } from './load-playbook-facts.js';

export interface SuggestedMethodView {
  id: string;
  number: number;
  name: string;
  applies_when: string;
  needs: string;
  lawful_limits: string;
  arrangements: string[];
  because: string[];
}

export interface MethodToCheckView extends SuggestedMethodView {
  /** The unrecorded facts, each with what to look up. */
  unknown: { fact: string; check: string }[];
}

export interface SuggestionsView {
  account: AccountOnFile;
  language: PlaybookLanguage;
  playbook: PlaybookVersionView;
  /** null for an account the cycle has never had to work (never past due). */
  facts: PlaybookFacts | null;
  methods: SuggestedMethodView[];
  to_check: MethodToCheckView[];
  excuse: {
    category: string;
    given_on: string | null;
    label: string;
    response: string;
    follow_up: { action: string; text: string };
    arrangements: string[];
  } | null;
}

export interface SuggestPlaybookMethodsOptions {
  db: Kysely<Schema>;
  accountId: string;
  lang: PlaybookLanguage;
  now: Date;
}

export async function suggestPlaybookMethods(options: SuggestPlaybookMethodsOptions): Promise<SuggestionsView> {
  const { lang } = options;
  const [playbook, loaded] = await Promise.all([
    loadPlaybook(options.db),
    loadPlaybookFacts(options.db, options.accountId, options.now),
  ]);
  const s =
    loaded.facts === null
      ? { methods: [], to_check: [], excuse: null }
      : suggestMethods(playbook.document, loaded.facts);
  const spec = new Map(playbook.document.methods.map((m) => [m.id, m]));
  const describe = (
    id: MethodSpec['id'],
    number: number,
    because: readonly MethodSpec['when'][number]['because'][],
  ) => {
    const m = localize(spec.get(id) as MethodSpec, lang);
    return {
      id,
      number,
      name: m.name,
      applies_when: m.applies_when,
      needs: m.needs,
      lawful_limits: m.lawful_limits,
      arrangements: [...m.arrangements],
      because: because.map((b) => b[lang]),
    };
  };
  const excuse = s.excuse === null ? null : localize(s.excuse, lang);
  return {
    account: loaded.account,
    language: lang,
    playbook: playbook.view,
    facts: loaded.facts,
    methods: s.methods.map((m) => describe(m.id, m.number, m.because)),
    to_check: s.to_check.map((m) => ({
      ...describe(m.id, m.number, m.because),
      unknown: m.unknown.map((fact) => ({ fact, check: UNRECORDED_FACTS[fact]?.[lang] ?? fact })),
    })),
    excuse:
      excuse === null
        ? null
        : {
            category: excuse.category,
            given_on: loaded.last_excuse_on,
            label: excuse.label,
            response: excuse.response,
            follow_up: { action: excuse.follow_up.action, text: excuse.follow_up.text },
            arrangements: [...excuse.arrangements],
          },
  };
}
