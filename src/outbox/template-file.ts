/**
 * The template file format, shared by the shipped defaults (examples/templates.yaml) and by
 * `dunwell template set --file`: a list of templates, each one id on one channel with its tier, tone and
 * text per language. Everything is checked before anything is used: the shape, the language tags, a
 * subject where the channel has one (email, post) and none where it has not (sms, wechat), the template
 * syntax, the variables (known, and none that identify anyone in a generic line), and no text twice.
 */
import { z } from 'zod';
import { publicPostingChannel } from '../domain/legal/restriction-rules.js';
import { isMessageChannel, MESSAGE_CHANNELS, type MessageChannel } from '../domain/outbox/message-statuses.js';
import { TIERS, type Tier, TONES, type Tone } from '../domain/strategy/strategy-codes.js';
import { TEMPLATE_ID_PATTERN, variableProblems } from '../domain/template/template-variables.js';
import { issueLines, parseConfigText, refuse } from './read-config-text.js';
import { scanTemplate } from './render-template.js';

/** One template's text in one language on one channel: a row of message_templates. */
export interface TemplateText {
  templateId: string;
  channel: MessageChannel;
  language: string;
  tier: Tier | null;
  tone: Tone | null;
  subject: string | null;
  body: string;
}

const text = z.string().trim().min(1).max(20_000);
const languageText = z.strictObject({ subject: text.max(500).optional(), body: text });
const entry = z.strictObject({
  id: z
    .string()
    .regex(TEMPLATE_ID_PATTERN, 'an id is lower-case letters, digits and underscores, starting with a letter'),
  // A public channel (social media, a notice board) is refused with its reason, not as an unknown word.
  channel: z.enum(MESSAGE_CHANNELS as unknown as [MessageChannel, ...MessageChannel[]], {
    error: (issue) => publicPostingChannel(issue.input) ?? undefined,
  }),
  tier: z.enum(TIERS).nullish(),
  tone: z.enum(TONES).nullish(),
  text: z
    .record(z.string(), languageText)
    .refine((t) => Object.keys(t).length > 0, 'give the text in at least one language'),
});
const file = z.strictObject({ templates: z.array(entry).min(1) });

/** The canonical form of a BCP 47 tag (`zh-cn` → `zh-CN`), or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

const HAS_SUBJECT: Readonly<Record<MessageChannel, boolean>> = { sms: false, wechat: false, email: true, post: true };

/** Problems with one template text: syntax, variables, subject for the channel. Empty when it is fine. */
export function templateTextProblems(t: Omit<TemplateText, 'tier' | 'tone'>): string[] {
  const problems: string[] = [];
  if (HAS_SUBJECT[t.channel] && t.subject === null) problems.push(`${t.channel} needs a subject`);
  if (!HAS_SUBJECT[t.channel] && t.subject !== null) problems.push(`${t.channel} has no subject; leave it out`);
  for (const [part, source] of [
    ['subject', t.subject],
    ['body', t.body],
  ] as const) {
    if (source === null) continue;
    const scan = scanTemplate(source);
    for (const p of [...scan.problems, ...variableProblems(t.templateId, scan.variables)])
      problems.push(`${part}: ${p}`);
  }
  return problems;
}

/** Parses and checks a template file; INVALID_INPUT (or UNREADABLE_INPUT) listing every problem. */
export function parseTemplateFile(source: string, name: string): TemplateText[] {
  const parsed = file.safeParse(parseConfigText(source, name));
  if (!parsed.success) refuse(name, issueLines(parsed.error.issues));
  const out: TemplateText[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  parsed.data.templates.forEach((e, i) => {
    if (!isMessageChannel(e.channel)) return;
    for (const [tag, t] of Object.entries(e.text)) {
      const where = `templates[${i}] ${e.id} (${e.channel}, ${tag})`;
      const language = canonicalLanguage(tag);
      if (language === null) {
        problems.push(`${where}: "${tag}" is not a BCP 47 language tag such as zh-CN or en`);
        continue;
      }
      const key = `${e.id}|${e.channel}|${language.toLowerCase()}`;
      if (seen.has(key)) problems.push(`${where}: this template, channel and language is given twice`);
      seen.add(key);
      const row: TemplateText = {
        templateId: e.id,
        channel: e.channel,
        language,
        tier: e.tier ?? null,
        tone: e.tone ?? null,
        subject: t.subject ?? null,
        body: t.body,
      };
      for (const p of templateTextProblems(row)) problems.push(`${where}: ${p}`);
      out.push(row);
    }
  });
  if (problems.length > 0) refuse(name, problems);
  return out;
}
