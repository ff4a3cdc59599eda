/**
 * `dunwell` entry point: global options, dispatch to a sub-command, and the one place a failure becomes a
 * message and an exit status (an AppError by its code, see exit-status.ts; anything else is a failure).
 * Global options: --db <sqlite-path|postgres-url> (else DATABASE_URL, else ./data/dunwell.db), --help.
 */
import { isAppError } from '../domain/errors.js';
import { type Command, type CommandContext, type SystemIo, systemIo } from './command.js';
import { COMMANDS } from './commands/index.js';
import { databaseLocation } from './database-location.js';
import { EXIT, type ExitStatus, exitStatusOf } from './exit-status.js';

const GLOBAL_USAGE = 'usage: dunwell <command> [options] [--db <sqlite-path|postgres-url>]';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dunwell — collections management',
    '',
    GLOBAL_USAGE,
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The database is --db, else $DATABASE_URL, else ./data/dunwell.db (SQLite).',
    'Run `dunwell <command> --help` for a command’s options.',
  ].join('\n');
}

/** Finds the longest command name that prefixes the arguments ("account show" before "account"). */
function findCommand(args: readonly string[]): { command: Command; rest: string[] } | undefined {
  const sorted = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => args[i] === w)) return { command, rest: args.slice(words.length) };
  }
  return undefined;
}

/** What a failure says and which status it exits with. */
function reportFailure(error: unknown, command: Command | undefined, err: (line: string) => void): ExitStatus {
  const who = command ? `dunwell ${command.name}` : 'dunwell';
  if (isAppError(error)) {
    err(`${who}: ${error.message}`);
    if (error.code === 'USAGE') err(command ? `usage: ${command.usage}` : GLOBAL_USAGE);
    return exitStatusOf(error.code);
  }
  err(`${who}: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failure;
}

export async function main(argv: readonly string[], given: Partial<SystemIo> = {}): Promise<ExitStatus> {
  const io = systemIo(given);
  let location: string;
  let args: string[];
  try {
    ({ location, rest: args } = databaseLocation(argv, io.env));
  } catch (error) {
    return reportFailure(error, undefined, io.err);
  }
  if (args.length === 0 || args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
    io.out(helpText());
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(args);
  if (!found) {
    io.err(`unknown command: ${args.join(' ')}\n\n${helpText()}`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nusage: ${command.usage}`);
    return EXIT.ok;
  }
  const ctx: CommandContext = {
    args: rest,
    dbLocation: location,
    now: io.now,
    out: io.out,
    err: io.err,
    interactive: io.interactive,
    actor: io.actor,
    env: io.env,
    stdin: io.stdin,
  };
  try {
    const run = await command.load();
    return await run(ctx);
  } catch (error) {
    return reportFailure(error, command, io.err);
  }
}
