/**
 * What every `dunwell` sub-command sees. The CLI is the edge of the system: this is the one place that
 * reads the clock, the environment and the terminal (systemIo), and hands them inward explicitly.
 */
import { AppError } from '../domain/errors.js';
import type { ExitStatus } from './exit-status.js';

export interface CommandContext {
  /** Arguments after the command name(s), global options removed. */
  readonly args: string[];
  /** `--db`, else DATABASE_URL, else ./data/dunwell.db; already checked to be a path or a postgres:// URL. */
  readonly dbLocation: string;
  readonly now: () => Date;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stderr is a terminal: progress is drawn only then. */
  readonly interactive: boolean;
  /** Who is acting, recorded with every change: `cli:<os user>`. */
  readonly actor: string;
  /** The environment, for what a command reads from it (DUNWELL_CHANNELS and the secrets it names). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** All of standard input as UTF-8 text, for the commands that read a request from it. */
  readonly stdin: () => Promise<string>;
}

export type RunCommand = (ctx: CommandContext) => Promise<ExitStatus>;

/**
 * A sub-command as `dunwell help` lists it. Its code (and the database drivers it needs) is loaded only
 * when it runs, so help answers at once.
 */
export interface Command {
  /** e.g. "import" or "account show" */
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  load(): Promise<RunCommand>;
}

/** A malformed command line: reported with the command's usage, exit status 2. */
export function usageError(message: string): AppError {
  return new AppError('USAGE', message);
}

/** The outside world a run of `dunwell` talks to. */
export interface SystemIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  interactive: boolean;
  actor: string;
  stdin: () => Promise<string>;
}

/** The process's standard input, read to its end; a terminal is refused rather than waited on. */
async function readProcessStdin(): Promise<string> {
  if (process.stdin.isTTY) throw usageError('give the request on standard input (a pipe or a file), not the terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process's clock, environment and terminal, unless a test gives its own. */
export function systemIo(given: Partial<SystemIo> = {}): SystemIo {
  const env = given.env ?? process.env;
  const user = env.USER ?? env.USERNAME;
  return {
    out: given.out ?? ((line) => process.stdout.write(`${line}\n`)),
    err: given.err ?? ((line) => process.stderr.write(`${line}\n`)),
    env,
    now: given.now ?? (() => new Date()),
    interactive: given.interactive ?? Boolean(process.stderr.isTTY),
    actor: given.actor ?? (user ? `cli:${user}` : 'cli'),
    stdin: given.stdin ?? readProcessStdin,
  };
}
