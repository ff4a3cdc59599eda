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
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import {
  dateOption,
  fileByOptions,
  noPositionals,
  oneArgument,
  parseOptions,
  requiredOption,
} from '../parse-options.js';
import { printResult } from '../print-result.js';

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
  printResult(ctx, values.json, view, () =>
    view.templates.length === 0 ? 'No template matches.' : view.templates.map(line),
  );
  return EXIT.ok;
};

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    channel: { type: 'string' },
    language: { type: 'string' },
    json: { type: 'boolean' },
  });
  const templateId = oneArgument(positionals, 'a template id');
  const view = await withStore(ctx, 'read', (store) =>
    showTemplate({ db: store.db, templateId, channel: values.channel, language: values.language }),
  );
  printResult(ctx, values.json, view, () =>
    view.templates.flatMap((t) => [
      `── ${line(t)}`,
      ...(t.subject === null ? [] : [`subject: ${t.subject}`]),
      t.body,
      '',
    ]),
  );
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { path, by, json } = fileByOptions(ctx.args, 'the templates to set (the format of examples/templates.yaml)');
  const text = await readConfigFile(path);
  const result = await withStore(ctx, 'write', (store) =>
    setTemplates({ db: store.db, text, source: path, by, now: ctx.now() }),
  );
  printResult(ctx, json, result, () => [
    ...result.changed.map((c) => `${c.template_id} (${c.channel}, ${c.language}): version ${c.version}`),
    `${result.changed.length} changed, ${result.unchanged} unchanged`,
  ]);
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
  const templateId = oneArgument(positionals, 'a template id');
  const accountRef = requiredOption('account A', values.account, 'the account to render it for');
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
  printResult(ctx, values.json, view, () => [
    `${view.template_id} (${view.channel}, ${view.language}, version ${view.version}) for ${view.account_id}`,
    `to: ${view.recipient ?? `— ${view.recipient_problem}`}`,
    ...(view.subject === null ? [] : [`subject: ${view.subject}`]),
    '',
    view.body,
  ]);
  return EXIT.ok;
};
