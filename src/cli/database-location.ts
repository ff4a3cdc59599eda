/**
 * Which database a run of `dunwell` uses: `--db`, else DATABASE_URL, else ./data/dunwell.db. Checked
 * before anything opens it: only a file path or a postgres:// URL names a database. Anything else used to
 * become an odd SQLite file (`--db mysql://x` made a folder `mysql:`, `cycle --db --json` a file `--json`).
 */
import { DEFAULT_SQLITE_PATH, databaseLocationProblem } from '../store/engine.js';
import { usageError } from './command.js';

export interface DatabaseLocation {
  location: string;
  /** The arguments with every --db option taken out. */
  rest: string[];
}

export function databaseLocation(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DatabaseLocation {
  const rest: string[] = [];
  const given: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--db=')) {
      given.push(arg.slice('--db='.length));
    } else if (arg === '--db') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) {
        throw usageError(
          `--db needs a SQLite file path or a postgres:// URL${value === undefined ? '' : `, not the option ${value}`}`,
        );
      }
      given.push(value);
      i++;
    } else {
      rest.push(arg);
    }
  }
  if (given.length > 1) throw usageError(`--db is given ${given.length} times; give it once`);
  const [fromOption] = given;
  if (fromOption !== undefined) {
    const problem = databaseLocationProblem(fromOption);
    if (problem) throw usageError(`--db ${problem}`);
    return { location: fromOption, rest };
  }
  const fromEnv = env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== '') {
    const problem = databaseLocationProblem(fromEnv);
    if (problem) throw usageError(`DATABASE_URL ${problem}`);
    return { location: fromEnv, rest };
  }
  return { location: DEFAULT_SQLITE_PATH, rest };
}
