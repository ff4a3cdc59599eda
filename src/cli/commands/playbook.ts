/**
 * `dunwell playbook show|set|suggest`: the methodology as data. `show` prints the playbook in force in one
 * language (or, with --yaml, its YAML as stored, to edit), `set` stores a new version from a file, `suggest`
 * says which recovery methods apply to an account and why. Each parses, calls one use case in src/playbook
 * and prints.
 */
import {
  DEFAULT_PLAYBOOK_LANGUAGE,
  isPlaybookLanguage,
  PLAYBOOK_LANGUAGES,
  type PlaybookLanguage,
} from '../../domain/playbook/playbook-codes.js';
import { loadPlaybook } from '../../playbook/load-playbook.js';
import { readPlaybookFile } from '../../playbook/read-playbook-file.js';
import { setPlaybook } from '../../playbook/set-playbook.js';
import { showPlaybook } from '../../playbook/show-playbook.js';
import { suggestPlaybookMethods } from '../../playbook/suggest-playbook-methods.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { fileByOptions, noPositionals, oneArgument, parseOptions } from '../parse-options.js';
import { printResult } from '../print-result.js';
import { playbookText, suggestionsText } from './playbook-text.js';

function langOption(value: string | undefined): PlaybookLanguage {
  if (value === undefined) return DEFAULT_PLAYBOOK_LANGUAGE;
  if (!isPlaybookLanguage(value)) throw usageError(`--lang takes ${PLAYBOOK_LANGUAGES.join(' or ')}, not "${value}"`);
  return value;
}

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    lang: { type: 'string' },
    json: { type: 'boolean' },
    yaml: { type: 'boolean' },
  });
  noPositionals(positionals);
  if (values.yaml) {
    if (values.json || values.lang !== undefined)
      throw usageError('--yaml prints the YAML as stored: no --lang or --json');
    const loaded = await withStore(ctx, 'read', (store) => loadPlaybook(store.db));
    // The YAML exactly as stored, to edit and set again; ctx.out adds the line end the text ends with.
    ctx.out(loaded.text.replace(/\r?\n$/, ''));
    return EXIT.ok;
  }
  const lang = langOption(values.lang);
  const view = await withStore(ctx, 'read', (store) => showPlaybook({ db: store.db, lang }));
  printResult(ctx, values.json, view, () => playbookText(view));
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { path, by, json } = fileByOptions(ctx.args, 'the playbook YAML to store');
  const text = await readPlaybookFile(path);
  const v = await withStore(ctx, 'write', (store) =>
    setPlaybook({ db: store.db, text, source: path, by, now: ctx.now() }),
  );
  printResult(
    ctx,
    json,
    v,
    () => `playbook version ${v.version} stored by ${v.created_by} ${v.created_at} (sha256 ${v.sha256})`,
  );
  return EXIT.ok;
};

export const runSuggest: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { lang: { type: 'string' }, json: { type: 'boolean' } });
  const accountId = oneArgument(positionals, 'an account_id');
  const lang = langOption(values.lang);
  const view = await withStore(ctx, 'read', (store) =>
    suggestPlaybookMethods({ db: store.db, accountId, lang, now: ctx.now() }),
  );
  printResult(ctx, values.json, view, () => suggestionsText(view));
  return EXIT.ok;
};
