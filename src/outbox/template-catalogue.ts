/**
 * Every template text in force: the stored ones (set with `dunwell template set`, versioned in
 * message_templates) over the defaults of this release (default-templates.ts, version 0). The table holds
 * only what people set, so a release's improved default reaches every text nobody changed, and what a
 * message actually said is kept with the message itself.
 */
import type { Kysely } from 'kysely';
import { isMessageChannel } from '../domain/outbox/message-statuses.js';
import { TIERS, type Tier, TONES, type Tone } from '../domain/strategy/strategy-codes.js';
import type { Schema } from '../store/schema.js';
import { defaultTemplates } from './default-templates.js';
import type { TemplateText } from './template-file.js';

export interface CatalogueText extends TemplateText {
  version: number;
  updatedBy: string;
  updatedAt: string | null;
  source: 'default' | 'stored';
}

export interface TemplateCatalogue {
  all(): readonly CatalogueText[];
  /** The texts of one template on one channel, one per language. */
  texts(templateId: string, channel: string): readonly CatalogueText[];
  /** The text in force for one template, channel and language, or undefined. */
  text(templateId: string, channel: string, language: string): CatalogueText | undefined;
}

const keyOf = (templateId: string, channel: string, language: string) =>
  `${templateId}|${channel}|${language.toLowerCase()}`;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

export async function loadTemplateCatalogue(db: Kysely<Schema>): Promise<TemplateCatalogue> {
  const byKey = new Map<string, CatalogueText>();
  for (const t of defaultTemplates()) {
    byKey.set(keyOf(t.templateId, t.channel, t.language), {
      ...t,
      version: 0,
      updatedBy: 'dunwell',
      updatedAt: null,
      source: 'default',
    });
  }
  const rows = await db.selectFrom('message_templates').selectAll().execute();
  for (const r of rows) {
    if (!isMessageChannel(r.channel)) continue;
    byKey.set(keyOf(r.template_id, r.channel, r.language), {
      templateId: r.template_id,
      channel: r.channel,
      language: r.language,
      tier: oneOf<Tier>(TIERS, r.tier),
      tone: oneOf<Tone>(TONES, r.tone),
      subject: r.subject,
      body: r.body,
      version: Number(r.version),
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
      source: 'stored',
    });
  }
  const all = [...byKey.values()].sort(
    (a, b) => cmp(a.templateId, b.templateId) || cmp(a.channel, b.channel) || cmp(a.language, b.language),
  );
  const byTemplate = new Map<string, CatalogueText[]>();
  for (const t of all) {
    const k = `${t.templateId}|${t.channel}`;
    byTemplate.set(k, [...(byTemplate.get(k) ?? []), t]);
  }
  return {
    all: () => all,
    texts: (templateId, channel) => byTemplate.get(`${templateId}|${channel}`) ?? [],
    text: (templateId, channel, language) => byKey.get(keyOf(templateId, channel, language)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
