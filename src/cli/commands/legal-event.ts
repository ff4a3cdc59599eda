/** `dunwell legal event add` and `legal event list`: what restarts the limitation clock, as it happened. */
import { addDays } from '../../domain/calendar/calendar.js';
import { isLegalEventType, LEGAL_EVENT_TYPES, LIMITATION_EVENT_WORDS } from '../../domain/legal/limitation-codes.js';
import { addLegalEvent } from '../../legal/add-legal-event.js';
import type { AccountLimitationClock } from '../../legal/limitation-clocks.js';
import { listLegalEvents } from '../../legal/list-legal-events.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, optionalArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    on: { type: 'string' },
    by: { type: 'string' },
    method: { type: 'string' },
    activity: { type: 'string' },
    evidence: { type: 'string' },
    note: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const type = requiredOption('type T', values.type, LEGAL_EVENT_TYPES.join(', '));
  const on = dateOption('on', values.on);
  if (!on) throw usageError('--on is required: the day it happened');
  const by = requiredOption('by USER', values.by, 'who records it');
  const added = await withStore(ctx, 'write', (store) =>
    addLegalEvent({
      db: store.db,
      accountId,
      type,
      on,
      by,
      method: values.method,
      activityId: values.activity,
      evidence: values.evidence,
      note: values.note,
      now: ctx.now(),
    }),
  );
  const { event, clock } = added;
  const result = {
    ...event,
    clock: clock && {
      expires_on: clock.expiresOn,
      time_barred: clock.timeBarred,
      waived: clock.waived,
      days_left: clock.daysLeft,
    },
  };
  printResult(ctx, values.json, result, () => [
    `${event.event_id}: ${event.type} ${eventWords(event.type)} on ${event.on} for ${event.account_id}${event.method ? ` (${event.method})` : ''}, recorded by ${event.recorded_by}`,
    clockLine(clock),
  ]);
  return EXIT.ok;
};

function eventWords(type: string): string {
  return isLegalEventType(type) ? LIMITATION_EVENT_WORDS[type]['zh-CN'] : '';
}

/** The clock after the event, in both languages. */
function clockLine(clock: AccountLimitationClock | null): string {
  if (!clock) return 'no contract instalments, no limitation period / 无合同分期，无从计算诉讼时效';
  const waived = clock.waived ? ' (defence waived 已放弃时效抗辩)' : '';
  return clock.timeBarred
    ? `time-barred since ${addDays(clock.expiresOn, 1)} / 已于 ${clock.expiresOn} 届满${waived}`
    : `limitation runs to ${clock.expiresOn}, ${clock.daysLeft} days left / 诉讼时效至 ${clock.expiresOn} 届满，尚余 ${clock.daysLeft} 天${waived}`;
}

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = optionalArgument(positionals);
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  const events = await withStore(ctx, 'read', (store) =>
    listLegalEvents({ db: store.db, accountId, type: values.type, from, to }),
  );
  printResult(ctx, values.json, events, () =>
    events.length === 0
      ? ['no legal events / 无法律事件']
      : events.map(
          (e) =>
            `${e.on}  ${e.account_id}  ${e.type} ${eventWords(e.type)}${e.method ? ` (${e.method})` : ''}  ${e.event_id}  by ${e.recorded_by}${e.note ? `  — ${e.note}` : ''}`,
        ),
  );
  return EXIT.ok;
};
