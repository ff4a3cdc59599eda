/** `dunwell privacy encrypt-existing`: seal the personal data still stored in clear and fill the blind indexes. */
import { type EncryptExistingResult, encryptExisting } from '../../privacy/encrypt-existing.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

export const runEncryptExisting: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { batch: { type: 'string' }, json: { type: 'boolean' } });
  noPositionals(positionals);
  const batchSize = wholeNumberOption('batch', values.batch, 1, 100_000);
  const result = await withStore(ctx, 'write', (store) =>
    encryptExisting({
      store,
      now: ctx.now(),
      actor: ctx.actor,
      env: ctx.env,
      ...(batchSize === undefined ? {} : { batchSize }),
    }),
  );
  printResult(ctx, values.json, result, () => encryptedText(result));
  return EXIT.ok;
};

function encryptedText(r: EncryptExistingResult): string[] {
  const s = r.sealed;
  const key = r.key.created
    ? `created ${r.key.source} (mode 0600) — back it up: without it the personal data cannot be read / 已新建密钥文件，请妥善备份`
    : `from ${r.key.source}`;
  return [
    `personal-data key 个人信息密钥 ${r.key.id}, ${key}`,
    `sealed 已加密: ${s.parties} ID numbers 证件号, ${s.contact_points} contact points 联系方式, ` +
      `${s.activities} activity contact points 活动联系方式, ${s.planned_messages} message recipients 消息收件人` +
      (r.indexed > 0 ? `; ${r.indexed} blind indexes filled 补建索引` : ''),
    ...(r.left_in_chain > 0
      ? [
          `left in clear 未加密: ${r.left_in_chain} activity contact points the audit chain vouches for (rewriting them would break it) ` +
            '审计链已记录的活动联系方式（改写会破坏审计链）',
        ]
      : []),
  ];
}
