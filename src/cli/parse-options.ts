/**
 * Command-line parsing shared by every sub-command: strict options (an unknown option or a missing value
 * is a usage error, never ignored) and the checks of option values every command makes the same way.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { usageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

/** A date option's value, checked: a date that does not exist is a usage error naming the option. */
export function dateOption(option: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw usageError(`--${option} "${value}" is not a valid date (YYYY-MM-DD)`);
  return value;
}

/** A yes/no option's value. */
export function yesNoOption(option: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes') return true;
  if (value === 'no') return false;
  throw usageError(`--${option} takes yes or no, not "${value}"`);
}

/** A whole-number option's value within bounds. */
export function wholeNumberOption(option: string, value: string | undefined, min: number, max: number) {
  if (value === undefined) return undefined;
  if (!/^\d{1,16}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw usageError(`--${option} "${value}" must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

/** Refuses positional arguments a command does not take. */
export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length > 0) throw usageError(`unexpected argument: ${positionals.join(' ')}`);
}

/** The one argument a command takes: `what` names it when it is missing ("the account_id"). */
export function oneArgument(positionals: readonly string[], what: string): string {
  const [given, ...extra] = positionals;
  if (given === undefined || given === '') throw usageError(`give ${what}`);
  noPositionals(extra);
  return given;
}

/** The argument a command may take (a list narrowed to one account), or undefined; never more than one. */
export function optionalArgument(positionals: readonly string[]): string | undefined {
  const [given, ...extra] = positionals;
  noPositionals(extra);
  return given;
}

/**
 * A string option a command cannot do without: absent or blank is a usage error. `option` is how the
 * usage shows it (`by USER`), `why` what it is for, when the name alone does not say.
 */
export function requiredOption(option: string, value: string | undefined, why?: string): string {
  if (value === undefined || value.trim() === '') {
    throw usageError(`--${option} is required${why === undefined ? '' : `: ${why}`}`);
  }
  return value;
}

/**
 * `--file F --by USER [--json]` and no argument: a command that stores what a file holds on someone's
 * behalf (`playbook set`, `template set`); `fileHolds` says what the file holds.
 */
export function fileByOptions(args: readonly string[], fileHolds: string) {
  const { values, positionals } = parseOptions(args, {
    file: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const path = requiredOption('file F', values.file, fileHolds);
  return { path, by: requiredOption('by USER', values.by, 'who is acting'), json: values.json };
}
