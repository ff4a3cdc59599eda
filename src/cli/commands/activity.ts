/** `dunwell activity log` and `dunwell activity list`: record what was done on an account; read it back. */
import { splitList } from '../../activity/activity-rules.js';
import { ContactBlockedError } from '../../activity/desk-gate.js';
import { listActivities } from '../../activity/list-activities.js';
import { logActivity } from '../../activity/log-activity.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { periodOptions } from '../period-options.js';
import { printResult } from '../print-result.js';
import { formatActivity } from './activity-text.js';
import { deskLangOption } from './desk-gate-text.js';

export const runLog: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    by: { type: 'string' },
    channel: { type: 'string' },
    outcome: { type: 'string' },
    direction: { type: 'string' },
    party: { type: 'string' },
    'contact-point': { type: 'string' },
    at: { type: 'string' },
    'ended-at': { type: 'string' },
    excuse: { type: 'string' },
    note: { type: 'string' },
    evidence: { type: 'string' },
    'work-item': { type: 'string' },
    'visit-type': { type: 'string' },
    recording: { type: 'string' },
    'recording-ref': { type: 'string' },
    'entered-home': { type: 'boolean' },
    'consent-by': { type: 'string' },
    request: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const by = splitList(values.by ?? '');
  if (by.length === 0) throw usageError('--by USER is required (several: --by li.na,wang.wei)');
  const channel = requiredOption('channel', values.channel);
  const outcome = requiredOption('outcome', values.outcome);
  const lang = deskLangOption(values.lang);
  const logging = withStore(ctx, 'write', (store) =>
    logActivity({
      store,
      accountId,
      by,
      channel,
      outcome,
      direction: values.direction,
      partyId: values.party,
      contactPoint: values['contact-point'],
      at: values.at,
      endedAt: values['ended-at'],
      excuse: values.excuse,
      note: values.note,
      evidence: values.evidence === undefined ? undefined : splitList(values.evidence),
      workItemId: values['work-item'],
      visitType: values['visit-type'],
      recordingFile: values.recording,
      recordingRef: values['recording-ref'],
      enteredHome: values['entered-home'],
      consentBy: values['consent-by'],
      request: values.request,
      lang,
      now: ctx.now(),
    }),
  );
  let activity: Awaited<typeof logging>;
  try {
    activity = await logging;
  } catch (error) {
    // A blocked contact is a refusal like any other; a script asking for JSON gets the decision itself.
    if (!(error instanceof ContactBlockedError) || !values.json) throw error;
    ctx.out(JSON.stringify({ blocked: true, ...error.decision }));
    return EXIT.failure;
  }
  printResult(ctx, values.json, activity, () => `${activity.account_id}: ${formatActivity(activity)}`);
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { from, to, json, positionals } = periodOptions(ctx.args);
  const accountId = oneArgument(positionals, 'the account_id');
  const list = await withStore(ctx, 'read', (store) => listActivities({ db: store.db, accountId, from, to }));
  printResult(ctx, json, list, () => [
    `${accountId}: ${list.activities.length} activit${list.activities.length === 1 ? 'y' : 'ies'} 条记录`,
    ...list.activities.map(formatActivity),
  ]);
  return EXIT.ok;
};
