/**
 * `dunwell template list|show`: the template texts in force (stored over defaults), filtered by template,
 * channel, language, tier or tone; `show` adds the subject and body.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { scanTemplate } from './render-template.js';
import { type CatalogueText, loadTemplateCatalogue } from './template-catalogue.js';

export interface TemplateFilter {
  templateId?: string;
  channel?: string;
  language?: string;
  tier?: string;
  tone?: string;
}

export interface TemplateView {
  template_id: string;
  channel: string;
  language: string;
  tier: string | null;
  tone: string | null;
  version: number;
  /** `default` (this release's text) or `stored` (set with `template set`). */
  source: 'default' | 'stored';
  updated_by: string;
  updated_at: string | null;
  variables: string[];
}

export interface TemplateTextView extends TemplateView {
  subject: string | null;
  body: string;
}

function view(t: CatalogueText): TemplateView {
  const variables = [...scanTemplate(t.subject ?? '').variables];
  for (const v of scanTemplate(t.body).variables) if (!variables.includes(v)) variables.push(v);
  return {
    template_id: t.templateId,
    channel: t.channel,
    language: t.language,
    tier: t.tier,
    tone: t.tone,
    version: t.version,
    source: t.source,
    updated_by: t.updatedBy,
    updated_at: t.updatedAt,
    variables,
  };
}

function matching(all: readonly CatalogueText[], f: TemplateFilter): CatalogueText[] {
  return all.filter(
    (t) =>
      (f.templateId === undefined || t.templateId === f.templateId) &&
      (f.channel === undefined || t.channel === f.channel) &&
      (f.language === undefined || t.language.toLowerCase() === f.language.toLowerCase()) &&
      (f.tier === undefined || t.tier === f.tier) &&
      (f.tone === undefined || t.tone === f.tone),
  );
}

export async function listTemplates(options: { db: Kysely<Schema>; filter?: TemplateFilter }) {
  const catalogue = await loadTemplateCatalogue(options.db);
  return { templates: matching(catalogue.all(), options.filter ?? {}).map(view) };
}

export async function showTemplate(options: {
  db: Kysely<Schema>;
  templateId: string;
  channel?: string;
  language?: string;
}): Promise<{ templates: TemplateTextView[] }> {
  const catalogue = await loadTemplateCatalogue(options.db);
  const found = matching(catalogue.all(), options);
  if (found.length === 0) {
    const where = [options.channel, options.language].filter(Boolean).join(', ');
    throw new AppError('NOT_FOUND', `there is no template ${options.templateId}${where ? ` (${where})` : ''}`);
  }
  return { templates: found.map((t) => ({ ...view(t), subject: t.subject, body: t.body })) };
}
