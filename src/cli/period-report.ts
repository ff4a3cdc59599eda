/**
 * What the commands of the reports over a period (`report promises`, `report strategy`) share: their
 * options and how their figures read.
 */
import { groupThousands } from './group-thousands.js';
import { dateOption, noPositionals, parseOptions } from './parse-options.js';

/** `[--from D] [--to D] [--json]`, no argument; the report itself picks the period left out. */
export function periodReportOptions(args: readonly string[]) {
  const { values, positionals } = parseOptions(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  return { from: dateOption('from', values.from), to: dateOption('to', values.to), json: values.json };
}

/** A rate as the reports give it ("0.6364") in per cent with one decimal ("63.6 %"); a dash for none. */
export const percent = (rate: string | null): string => (rate === null ? '—' : `${(Number(rate) * 100).toFixed(1)} %`);

/** Amounts by currency (`{ CNY: "1500.00" }`) as `CNY 1,500.00, USD 20.00`; `0` when there are none. */
export const amountsByCurrency = (amounts: Record<string, string>): string =>
  Object.entries(amounts)
    .map(([currency, amount]) => `${currency} ${groupThousands(amount)}`)
    .join(', ') || '0';
