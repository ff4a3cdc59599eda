/**
 * `dunwell strategy validate`: a manager checks a strategy file before submitting it. A file that cannot
 * be read, or is not YAML at all, is refused (UNREADABLE_INPUT, with the YAML error's line and column);
 * a YAML file that breaks the schema is an answer, not an error: `{ok: false, errors}` with each
 * problem's path, so an editor or a script can point at it.
 */
import { type DocumentProblem, notYaml } from '../document/parse-yaml-document.js';
import { readDocumentFile } from '../document/read-document-file.js';
import { AppError } from '../domain/errors.js';
import { compileStrategy } from '../domain/strategy/compile-strategy.js';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { parseStrategy } from './parse-strategy.js';

export interface StrategyValidation {
  ok: boolean;
  errors: DocumentProblem[];
}

/** The text of a strategy file, or UNREADABLE_INPUT naming the file and the reason. */
export function readStrategyFile(path: string): Promise<string> {
  return readDocumentFile(path, 'a strategy');
}

export async function validateStrategyFile(options: { path: string }): Promise<StrategyValidation> {
  const text = await readStrategyFile(options.path);
  const parsed = parseStrategy(text);
  if (parsed.ok) return compiles(parsed.document);
  if (parsed.syntax) throw notYaml(options.path, parsed.syntax);
  return { ok: false, errors: parsed.errors };
}

/**
 * The compiler refuses a few things the schema cannot see (a window name that is not defined, say); a
 * file that validates must also submit, so its refusal is reported the same way, by path.
 */
function compiles(document: StrategyDocument): StrategyValidation {
  try {
    compileStrategy(document);
    return { ok: true, errors: [] };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    const m = /^([\w.[\]]+): (.*)$/s.exec(error.message);
    return { ok: false, errors: [{ path: m?.[1] ?? '', message: m?.[2] ?? error.message }] };
  }
}
