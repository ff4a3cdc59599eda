/**
 * The template language, Handlebars (a kept library), used two ways: message texts (`{{debtor_name}}`,
 * `{{#if payment_link}}…{{/if}}`) and the HTTP adapter's request parts (`{{json body}}`). Both render in
 * strict mode, so a variable without a value throws instead of leaving a hole, and without HTML escaping,
 * since nothing rendered here is HTML (a request body escapes its values with `json` or `urlencode`).
 *
 * What a template may contain is checked before it is stored or configured, on the parsed template: plain
 * variables, `#if` and `#unless` on a variable, comments, and in request parts the two helpers. Partials,
 * sub-expressions, nested paths and data variables are refused, so a template cannot reach anything but
 * the values it is given.
 */
import Handlebars from 'handlebars';
import { AppError } from '../domain/errors.js';

const hb = Handlebars.create();
hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
hb.registerHelper('urlencode', (value: unknown) => encodeURIComponent(String(value)));

/** Helpers a request template may call; message texts call none. */
export const REQUEST_HELPERS = ['json', 'urlencode'] as const;

const BLOCKS = new Set(['if', 'unless']);

export interface TemplateScan {
  /** Variable names used, in the order first seen (dotted for request parts: `secrets.token`). */
  variables: string[];
  problems: string[];
}

type Node = hbs.AST.Node;

/** Parses `source` and lists the variables it uses and anything it may not contain. */
export function scanTemplate(source: string, helpers: readonly string[] = []): TemplateScan {
  const variables: string[] = [];
  const problems: string[] = [];
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { variables, problems: [`the template does not parse: ${message}`] };
  }
  const at = (node: Node) => `line ${node.loc.start.line}`;
  const variable = (node: Node): void => {
    if (node.type === 'StringLiteral' || node.type === 'NumberLiteral' || node.type === 'BooleanLiteral') return;
    if (node.type !== 'PathExpression') {
      problems.push(`${at(node)}: only variables may be used here, not a ${node.type}`);
      return;
    }
    const path = node as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || path.parts.length === 0 || /^(this|\.)/.test(path.original)) {
      problems.push(`${at(node)}: {{${path.original}}} is not a variable name`);
      return;
    }
    const name = path.parts.join('.');
    if (!variables.includes(name)) variables.push(name);
  };
  const walk = (body: readonly hbs.AST.Statement[]): void => {
    for (const node of body) {
      switch (node.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          const m = node as hbs.AST.MustacheStatement;
          if (m.params.length === 0 && m.hash === undefined) {
            variable(m.path);
          } else if (
            m.path.type === 'PathExpression' &&
            helpers.includes((m.path as hbs.AST.PathExpression).original)
          ) {
            if (m.params.length !== 1 || m.hash !== undefined) {
              problems.push(`${at(m)}: ${(m.path as hbs.AST.PathExpression).original} takes exactly one variable`);
            }
            for (const p of m.params) variable(p);
          } else {
            const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '?';
            problems.push(
              `${at(m)}: {{${name} …}} calls a helper; ${helpers.length === 0 ? 'message texts use none' : `only ${helpers.join(', ')} may be called`}`,
            );
          }
          break;
        }
        case 'BlockStatement': {
          const b = node as hbs.AST.BlockStatement;
          if (!BLOCKS.has(b.path.original) || b.params.length !== 1 || b.hash !== undefined) {
            problems.push(
              `${at(b)}: only {{#if name}} and {{#unless name}} blocks are allowed, not {{#${b.path.original}}}`,
            );
          } else {
            for (const p of b.params) variable(p);
          }
          walk(b.program?.body ?? []);
          walk(b.inverse?.body ?? []);
          break;
        }
        default:
          problems.push(`${at(node)}: a ${node.type} is not allowed in a template`);
      }
    }
  };
  walk(program.body);
  return { variables, problems };
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders `source` with `values`. A variable without a value is an AppError naming it and `label` (which
 * template, channel and language), never an empty hole.
 */
export function renderTemplate(source: string, values: Readonly<Record<string, unknown>>, label: string): string {
  let template = compiled.get(source);
  if (!template) {
    template = hb.compile(source, {
      strict: true,
      noEscape: true,
      knownHelpersOnly: true,
      knownHelpers: { json: true, urlencode: true },
    });
    if (compiled.size >= 2000) compiled.clear();
    compiled.set(source, template);
  }
  try {
    return template(values);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /^"([^"]+)" not defined/.exec(message);
    if (missing) {
      throw new AppError(
        'INVALID_INPUT',
        `${label}: {{${missing[1]}}} has no value here, so the text cannot be rendered`,
      );
    }
    throw new AppError('INVALID_INPUT', `${label}: ${message.split('\n')[0]}`);
  }
}
