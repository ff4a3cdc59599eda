/**
 * The demo's evidence story, at the end of the desk's weeks: the recording of the latest call that reached
 * the debtor, linked to that call, and a photo from a visit (linked to the visit when the demo has one,
 * else to the same account), stored content-addressed through the same use case the desk and the letters
 * use, each an `evidence.store` event in the chain; `dunwell audit verify` then re-hashes them.
 *
 * Both files are generated (demo-media.ts) and say so inside: a ringing tone, not a conversation; a drawn
 * doorway, not anyone's home.
 */
import { isRightPartyContact } from '../domain/activity/activity-codes.js';
import { evidenceFolder } from '../evidence/evidence-folder.js';
import { storeEvidence } from '../evidence/store-evidence.js';
import type { Store } from '../store/open-database.js';
import { demoCallRecording, demoVisitPhoto } from './demo-media.js';

export async function demoEvidence(options: { store: Store; now: () => Date }): Promise<{ stored: number }> {
  const { store } = options;
  const recent = await store.db
    .selectFrom('activities')
    .select(['activity_id', 'account_id', 'channel', 'outcome', 'staff', 'occurred_on'])
    .where('channel', 'in', ['phone', 'visit'])
    .orderBy('started_at', 'desc')
    .limit(500)
    .execute();
  const call = recent.find((a) => a.channel === 'phone' && isRightPartyContact(a.outcome));
  if (!call) return { stored: 0 };
  const visit = recent.find((a) => a.channel === 'visit');
  const folder = evidenceFolder(store);
  const staffOf = (a: { staff: string }) => a.staff.split(',')[0] ?? 'demo';
  await storeEvidence({
    db: store.db,
    folder,
    bytes: demoCallRecording(),
    mediaType: 'audio/wav',
    name: `demo-call-${call.occurred_on}.wav`,
    kind: 'recording',
    accountId: Number(call.account_id),
    activityId: call.activity_id,
    actor: staffOf(call),
    now: options.now(),
  });
  const photographed = visit ?? call;
  await storeEvidence({
    db: store.db,
    folder,
    bytes: demoVisitPhoto(Number(photographed.account_id)),
    mediaType: 'image/png',
    name: `demo-visit-${photographed.occurred_on}.png`,
    kind: 'photo',
    accountId: Number(photographed.account_id),
    activityId: visit ? visit.activity_id : null,
    actor: staffOf(photographed),
    now: options.now(),
  });
  return { stored: 2 };
}
