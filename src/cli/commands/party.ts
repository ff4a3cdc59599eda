/** `dunwell party request add|withdraw|list`: what a party asked of us, which the contact gate honours. */
import { PARTY_REQUEST_TYPES } from '../../domain/compliance/compliance-codes.js';
import { addPartyRequest } from '../../party/add-party-request.js';
import { listPartyRequests } from '../../party/list-party-requests.js';
import type { PartyRequestView } from '../../party/party-request-view.js';
import { withdrawPartyRequest } from '../../party/withdraw-party-request.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, oneArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** Each request type in both languages. */
const REQUEST_WORDS: Readonly<Record<(typeof PARTY_REQUEST_TYPES)[number], string>> = {
  cease: 'stop all contact 停止联系',
  stop_channel: 'stop a channel 停用渠道',
  consent_to_call: 'consents to calls 同意来电',
  third_party_refused: 'third party refuses 第三方拒绝配合',
  represented: 'represented 已委托代理人',
  statute_barred_claimed: 'says the debt is statute-barred 主张已过时效',
};

function requestLine(r: PartyRequestView): string {
  const words = REQUEST_WORDS[r.type as keyof typeof REQUEST_WORDS] ?? r.type;
  const channel = r.channel === null ? '' : ` (${r.channel})`;
  const scope = r.account_id === null ? 'every account 全部账户' : r.account_id;
  const state = r.withdrawn_at === null ? '' : `, withdrawn 已撤回 ${r.withdrawn_at}`;
  const counts = r.active ? 'in force 生效中' : 'not in force 未生效';
  const note = r.note === null ? '' : ` — ${r.note}`;
  return `${r.request_id}  ${r.party_id} ${words}${channel} on ${scope} since ${r.requested_at}${state} [${counts}] by ${r.recorded_by}${note}`;
}

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    channel: { type: 'string' },
    account: { type: 'string' },
    at: { type: 'string' },
    by: { type: 'string' },
    note: { type: 'string' },
    json: { type: 'boolean' },
  });
  const partyId = oneArgument(positionals, 'the party_id');
  const type = requiredOption('type', values.type, PARTY_REQUEST_TYPES.join('|'));
  const by = requiredOption('by USER', values.by, 'who heard the request');
  const request = await withStore(ctx, 'write', (store) =>
    addPartyRequest({
      db: store.db,
      partyId,
      type,
      channel: values.channel,
      accountId: values.account,
      at: values.at,
      by,
      note: values.note,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, request, () => requestLine(request));
  return EXIT.ok;
};

export const runWithdraw: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    at: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const requestId = oneArgument(positionals, 'the request_id');
  const by = requiredOption('by USER', values.by, 'who records the withdrawal');
  const request = await withStore(ctx, 'write', (store) =>
    withdrawPartyRequest({ db: store.db, requestId, at: values.at, by, now: ctx.now() }),
  );
  printResult(ctx, values.json, request, () => requestLine(request));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    party: { type: 'string' },
    account: { type: 'string' },
    active: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const requests = await withStore(ctx, 'read', (store) =>
    listPartyRequests({
      db: store.db,
      partyId: values.party,
      accountId: values.account,
      activeOnly: values.active,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, requests, () => [
    `${requests.length} party request(s) 条当事人请求`,
    ...requests.map(requestLine),
  ]);
  return EXIT.ok;
};
