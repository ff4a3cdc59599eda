/**
 * The file adapter: each message becomes one JSON file, `<folder>/<as_of>/<message_id>.json`, for local
 * runs and the demo (a day's messages to read without any network). A file is created only if it does not
 * exist yet, so handing the same message over twice writes it once: the name is the idempotency key.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter.js';
import type { FileSetup } from './channels-config.js';

export function fileAdapter(setup: FileSetup): ChannelAdapter {
  return {
    kind: 'file',
    concurrency: 8,
    async send(m: OutgoingMessage) {
      const relative = join(m.asOf, `${m.messageId}.json`);
      const path = join(setup.folder, relative);
      const content = {
        message_id: m.messageId,
        channel: m.channel,
        to: m.to,
        language: m.language,
        template: m.templateId,
        subject: m.subject,
        body: m.body,
        claimed_at: m.claimedAt,
      };
      try {
        await mkdir(join(setup.folder, m.asOf), { recursive: true });
        await writeFile(path, `${JSON.stringify(content, null, 2)}\n`, { flag: 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Already written by an earlier hand-over of this very message: delivered once, not twice.
        if (code === 'EEXIST') return { ok: true, deliveryId: relative, tries: 1 };
        return {
          ok: false,
          transient: code === 'EBUSY' || code === 'EAGAIN',
          error: `cannot write ${path}: ${code ?? error}`,
          tries: 1,
        };
      }
      return { ok: true, deliveryId: relative, tries: 1 };
    },
    async close() {},
  };
}
