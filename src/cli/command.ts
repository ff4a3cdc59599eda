/**
 * What every `dunwell` sub-command sees. The CLI is the edge of the system: it is the one place that reads
 * the clock, the environment and the terminal, and hands them inward explicitly.
 */
export interface CommandContext {
  /** Arguments after the command name(s), global options removed. */
  readonly args: string[];
  /** `--db`, else DATABASE_URL, else ./data/dunwell.db */
  readonly dbLocation: string;
  readonly now: () => Date;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
}

export interface Command {
  /** e.g. "import" or "account show" */
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(ctx: CommandContext): Promise<number>;
}

/** Exit statuses: scripts rely on these. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}
