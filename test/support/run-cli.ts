/** Runs `dunwell` in-process against a database, with a fixed clock, capturing what it prints. */
import { main } from '../../src/cli/main.js';
import { TEST_NOW } from './engines.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCli(db: string, ...args: string[]): Promise<CliResult> {
  return runCliWithInput(db, '', ...args);
}

/** The same, with `input` as standard input (for the commands that read a request from it). */
export async function runCliWithInput(db: string, input: string, ...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--db', db], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => TEST_NOW,
    interactive: false,
    stdin: async () => input,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
