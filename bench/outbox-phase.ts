/**
 * The outbox for the cycle day D, after the timed cycle has planned the day's automatic messages: every
 * message sent once through the file adapter (`localChannels`, one JSON file each, as the demo sends them)
 * at a `now` inside the messages' window — 10:15 on D in Shanghai — so the window check lets them through.
 * Timed in its own process, with its peak memory; the day's files are counted on disk afterwards. The case
 * runs it untimed for D − 1 as well, so that D's run meets only D's messages, as an ordinary day does.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localChannels } from '../src/outbox/channels-config.js';
import { sendOutbox } from '../src/outbox/send-outbox.js';
import type { Store } from '../src/store/open-database.js';
import type { PhaseResult, PhaseSpec } from './bench-result.js';
import { sampleMemory } from './sample-memory.js';

/** The day's files: the file adapter writes `<folder>/<as_of>/<message_id>.json`. */
function countFiles(dayFolder: string): number {
  return readdirSync(dayFolder, { withFileTypes: true }).filter((e) => e.isFile()).length;
}

export async function outboxPhase(store: Store, spec: Extract<PhaseSpec, { phase: 'outbox' }>): Promise<PhaseResult> {
  const now = new Date(spec.now);
  const planned = await store.db
    .selectFrom('planned_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('as_of', '=', spec.asOf)
    .executeTakeFirst();
  const sampler = sampleMemory();
  const started = performance.now();
  const report = await sendOutbox({
    store,
    asOf: spec.asOf,
    now: () => now,
    channels: localChannels(spec.folder),
    listMessages: false,
  });
  const ms = performance.now() - started;
  const memory = await sampler.stop();
  let files = 0;
  try {
    files = countFiles(join(spec.folder, spec.asOf));
  } catch {
    // Nothing sent: the adapter never made the folder.
  }
  return {
    phase: 'outbox',
    asOf: spec.asOf,
    planned: Number(planned?.n ?? 0),
    counts: report.counts,
    ms: Math.round(ms * 10) / 10,
    sentPerSec: ms > 0 ? Math.round(report.counts.sent / (ms / 1000)) : 0,
    files,
    memory,
  };
}
