/**
 * `dunwell` entry point: global options, dispatch to a sub-command, exit status.
 * Global options: --db <sqlite-path|postgres-url> (else DATABASE_URL, else ./data/dunwell.db), --help.
 */
import { DEFAULT_SQLITE_PATH } from '../store/open-database.js';
import { type Command, type CommandContext, EXIT, UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';

export interface MainIo {
  out?: (line: string) => void;
  err?: (line: string) => void;
  env?: Record<string, string | undefined>;
  now?: () => Date;
  interactive?: boolean;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dunwell — collections management',
    '',
    'usage: dunwell <command> [options] [--db <sqlite-path|postgres-url>]',
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

export async function main(argv: readonly string[], io: MainIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const env = io.env ?? process.env;
  const args = [...argv];
  let db: string | undefined;
  const dbAt = args.findIndex((a) => a === '--db' || a.startsWith('--db='));
  if (dbAt >= 0) {
    const flag = args[dbAt] ?? '';
    if (flag.includes('=')) {
      db = flag.slice('--db='.length);
      args.splice(dbAt, 1);
    } else {
      db = args[dbAt + 1];
      args.splice(dbAt, 2);
    }
    if (!db) {
      err('--db needs a SQLite file path or a postgres:// URL');
      return EXIT.usage;
    }
  }
  if (args.length === 0 || args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
    out(helpText());
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(args);
  if (!found) {
    err(`unknown command: ${args.join(' ')}\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    out(`${found.command.summary}\n\nusage: ${found.command.usage}`);
    return EXIT.ok;
  }
  const ctx: CommandContext = {
    args: found.rest,
    dbLocation: db ?? env.DATABASE_URL ?? DEFAULT_SQLITE_PATH,
    now: io.now ?? (() => new Date()),
    out,
    err,
    interactive: io.interactive ?? Boolean(process.stderr.isTTY),
  };
  try {
    return await found.command.run(ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\nusage: ${found.command.usage}`);
      return EXIT.usage;
    }
    err(`dunwell ${found.command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}
