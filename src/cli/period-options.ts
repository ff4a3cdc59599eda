/**
 * The options of the commands over a period — the reports (`report promises`, `report strategy`), an
 * account's activities and timeline: `[--from D] [--to D] [--json]`. The use case picks the period left out.
 */
import { dateOption, noPositionals, parseOptions } from './parse-options.js';

/** The period and --json, with the arguments for the command to check. */
export function periodOptions(args: readonly string[]) {
  const { values, positionals } = parseOptions(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  return { from: dateOption('from', values.from), to: dateOption('to', values.to), json: values.json, positionals };
}

/** A report's options: the period, and no argument. */
export function periodReportOptions(args: readonly string[]) {
  const { positionals, ...options } = periodOptions(args);
  noPositionals(positionals);
  return options;
}
