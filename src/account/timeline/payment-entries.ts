/** Each payment received, on its value day, so the collector sees money next to the calls that asked for it. */
import { formatAmount } from '../../domain/money/money.js';
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function paymentEntries(payments: TimelineRows['payments']): TimelineEntry[] {
  return payments.map((p) => {
    const amount = formatAmount(Number(p.amount), p.currency);
    return entry(
      p.paid_at,
      p.value_on,
      'payment',
      `payment received 收到还款 ${amount} ${p.currency} (${p.channel})${p.payer ? ` from ${p.payer}` : ''}`,
      {
        payment_id: p.payment_id,
        amount,
        currency: p.currency,
        channel: p.channel,
        payer_party_id: p.payer,
        posted_on: p.posted_on,
      },
    );
  });
}
