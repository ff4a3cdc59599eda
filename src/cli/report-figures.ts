/** How the reports' figures read in text: rates in per cent, amounts by currency. */
import { groupThousands } from './group-thousands.js';

/** A rate as the reports give it ("0.6364") in per cent with one decimal ("63.6 %"); a dash for none. */
export const percent = (rate: string | null): string => (rate === null ? '—' : `${(Number(rate) * 100).toFixed(1)} %`);

/** Amounts by currency (`{ CNY: "1500.00" }`) as `CNY 1,500.00, USD 20.00`; `0` when there are none. */
export const amountsByCurrency = (amounts: Record<string, string>): string =>
  Object.entries(amounts)
    .map(([currency, amount]) => `${currency} ${groupThousands(amount)}`)
    .join(', ') || '0';
