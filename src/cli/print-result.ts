/**
 * How a command prints what it did: with `--json`, the result as one line of JSON for scripts; otherwise
 * the lines a person reads. The text is made only when it is printed.
 */
import type { CommandContext } from './command.js';

export function printResult(
  ctx: Pick<CommandContext, 'out'>,
  json: boolean | undefined,
  result: unknown,
  text: () => string | readonly string[],
): void {
  if (json) {
    ctx.out(JSON.stringify(result));
    return;
  }
  const lines = text();
  if (typeof lines === 'string') ctx.out(lines);
  else for (const line of lines) ctx.out(line);
}
