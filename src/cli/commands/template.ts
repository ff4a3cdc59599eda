/**
 * `dunwell template list|show|set|render`: the message templates in force (this release's defaults and
 * what people set), a change from a file (versioned, with who made it), and a template rendered for an
 * account to see what a debtor would read.
 */
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { channelsFromOptionOrEnv } from '../../outbox/channels-config.js';
import { listTemplates, showTemplate, type TemplateView } from '../../outbox/list-templates.js';
import { previewMessage } from '../../outbox/preview-message.js';
import { readConfigFile } from '../../outbox/read-config-text.js';
import { setTemplates } from '../../outbox/set-templates.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions } from '../parse-options.js';

function oneId(positionals: readonly string[]): string {
  const [id, ...extra] = positionals;
  if (id === undefined) throw usageError('give a template id');
  if (extra.length > 0) throw usageError(`unexpected argument: ${extra.join(' ')}`);
  return id;
}

function line(t: TemplateView): string {
  const who = t.source === 'default' ? 'default' : `v${t.version} by ${t.updated_by} ${t.updated_at ?? ''}`.trim();
  return [
    t.template_id.padEnd(26),
    t.channel.padEnd(6),
    t.language.padEnd(6),
    (t.tier ?? '-').padEnd(12),
    (t.tone ?? '-').padEnd(8),
    who,
    `  ${t.variables.map((v) => `{{${v}}}`).join(' ')}`,
  ].join(' ');
}

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    template: { type: 'string' },
    channel: { type: 'string' },
    language: { type: 'string' },
    tier: { type: 'string' },
    tone: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const view = await withStore(ctx, 'read', (store) =>
    listTemplates({
      db: store.db,
      filter: {
        templateId: values.template,
        channel: values.channel,
        language: values.language,
        tier: values.tier,
        tone: values.tone,
      },
    }),
  );
  if (values.json) ctx.out(JSON.stringify(view));
  else if (view.templates.length === 0) ctx.out('No template matches.');
  else for (const t of view.templates) ctx.out(line(t));
  return EXIT.ok;
};

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    channel: { type: 'string' },
    language: { type: 'string' },
    json: { type: 'boolean' },
  });
  const templateId = oneId(positionals);
  const view = await withStore(ctx, 'read', (store) =>
    showTemplate({ db: store.db, templateId, channel: values.channel, language: values.language }),
  );
  if (values.json) {
    ctx.out(JSON.stringify(view));
    return EXIT.ok;
  }
  for (const t of view.templates) {
    ctx.out(`── ${line(t)}`);
    if (t.subject !== null) ctx.out(`subject: ${t.subject}`);
    ctx.out(t.body);
    ctx.out('');
  }
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    file: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  if (values.file === undefined)
    throw usageError('--file F is required: the templates to set (the format of examples/templates.yaml)');
  if (values.by === undefined || values.by.trim() === '') throw usageError('--by USER is required: who is acting');
  const text = await readConfigFile(values.file);
  const by = values.by;
  const path = values.file;
  const result = await withStore(ctx, 'write', (store) =>
    setTemplates({ db: store.db, text, source: path, by, now: ctx.now() }),
  );
  if (values.json) {
    ctx.out(JSON.stringify(result));
    return EXIT.ok;
  }
  for (const c of result.changed) ctx.out(`${c.template_id} (${c.channel}, ${c.language}): version ${c.version}`);
  ctx.out(`${result.changed.length} changed, ${result.unchanged} unchanged`);
  return EXIT.ok;
};

export const runRender: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    account: { type: 'string' },
    channel: { type: 'string' },
    language: { type: 'string' },
    'as-of': { type: 'string' },
    channels: { type: 'string' },
    json: { type: 'boolean' },
  });
  const templateId = oneId(positionals);
  if (values.account === undefined) throw usageError('--account A is required: the account to render it for');
  const accountRef = values.account;
  const asOf = dateOption('as-of', values['as-of']) ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  const channels = await channelsFromOptionOrEnv(values.channels, ctx.env);
  const view = await withStore(ctx, 'read', (store) =>
    previewMessage({
      db: store.db,
      templateId,
      accountRef,
      channel: values.channel,
      language: values.language,
      asOf,
      channels,
    }),
  );
  if (values.json) {
    ctx.out(JSON.stringify(view));
    return EXIT.ok;
  }
  ctx.out(`${view.template_id} (${view.channel}, ${view.language}, version ${view.version}) for ${view.account_id}`);
  ctx.out(`to: ${view.recipient ?? `— ${view.recipient_problem}`}`);
  if (view.subject !== null) ctx.out(`subject: ${view.subject}`);
  ctx.out('');
  ctx.out(view.body);
  return EXIT.ok;
};
