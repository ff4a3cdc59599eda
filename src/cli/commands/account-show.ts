import { AccountNotFoundError, showAccount } from '../../account/show-account.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone, isIsoDate } from '../../domain/calendar/calendar.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

export const accountShowCommand: Command = {
  name: 'account show',
  summary: 'show one account: ageing, balances, instalments and every ledger entry',
  usage: 'dunwell account show <account_id> [--as-of YYYY-MM-DD] [--json]',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } });
    const [accountId, ...extra] = positionals;
    if (!accountId || extra.length > 0) throw new UsageError('give exactly one account_id');
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of "${asOf}" is not a valid date`);
    return withStore(ctx, async (store) => {
      try {
        const view = await showAccount({
          store,
          accountId,
          asOf,
          today: dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE),
        });
        if (values.json) {
          ctx.out(JSON.stringify(view));
          return EXIT.ok;
        }
        ctx.out(`${view.account_id} (${view.ref}) — ${view.product}, ${view.portfolio}, ${view.currency}`);
        ctx.out(
          `status ${view.status}, DPD ${view.dpd}, bucket ${view.bucket}, stage ${view.stage}, as of ${view.as_of}`,
        );
        ctx.out(
          `outstanding ${view.outstanding.total} (principal ${view.outstanding.principal}, interest ${view.outstanding.interest}, fee ${view.outstanding.fee}, penalty ${view.outstanding.penalty}, late fee ${view.outstanding.late_fee})`,
        );
        ctx.out(
          `past due ${view.past_due.total}; unapplied credit ${view.unapplied_credit}; ledger reconciled: ${view.reconciled ? 'yes' : 'NO'}`,
        );
        ctx.out('');
        ctx.out(`${'no'.padStart(3)}  ${'due on'.padEnd(10)}  ${'due'.padStart(14)}  ${'paid'.padStart(14)}`);
        for (const i of view.installments) {
          ctx.out(
            `${String(i.installment_no).padStart(3)}  ${i.due_on}  ${i.due.total.padStart(14)}  ${i.paid.total.padStart(14)}`,
          );
        }
        ctx.out('');
        ctx.out(`${view.entries.length} ledger entries (use --json to list them)`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof AccountNotFoundError) {
          ctx.err(error.message);
          return EXIT.failure;
        }
        throw error;
      }
    });
  },
};
