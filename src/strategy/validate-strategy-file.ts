/**
 * `dunwell strategy validate`: a manager checks a strategy file before submitting it. A file that cannot
 * be read, or is not YAML at all, is refused (UNREADABLE_INPUT, with the YAML error's line and column);
 * a YAML file that breaks the schema is an answer, not an error: `{ok: false, errors}` with each
 * problem's path, so an editor or a script can point at it.
 */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import { compileStrategy } from '../domain/strategy/compile-strategy.js';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { parseStrategy, type StrategyProblem } from './parse-strategy.js';

/** A strategy is a page or two of YAML; anything far larger is the wrong file. */
export const MAX_STRATEGY_BYTES = 1024 * 1024;

export interface StrategyValidation {
  ok: boolean;
  errors: StrategyProblem[];
}

/** The text of a strategy file, or UNREADABLE_INPUT naming the file and the reason. */
export async function readStrategyFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: it is not a file`);
    if (info.size > MAX_STRATEGY_BYTES) {
      throw new AppError(
        'UNREADABLE_INPUT',
        `cannot read ${path}: ${info.size} bytes is more than a strategy can be (${MAX_STRATEGY_BYTES})`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `cannot read ${path}: ${reason}`, { cause: error });
  }
}

export async function validateStrategyFile(options: { path: string }): Promise<StrategyValidation> {
  const text = await readStrategyFile(options.path);
  const parsed = parseStrategy(text);
  if (parsed.ok) return compiles(parsed.document);
  if (parsed.syntax) {
    const { line, column, message } = parsed.syntax;
    throw new AppError('UNREADABLE_INPUT', `${options.path} is not YAML: line ${line}, column ${column}: ${message}`);
  }
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
