/**
 * The demo's personal-data story, at the end of the desk's weeks: everything the demo shows is masked, and
 * three people ask for a value in clear through the use case the CLI runs (`dunwell party reveal`):
 *
 * - a collector, about to call a borrower in their open work, sees the phone numbers (recorded);
 * - a field agent with an open visit sees the address (recorded), when the day's queue has a visit;
 * - the auditor asks for an ID number and is refused (the refusal is recorded too).
 *
 * Each lands in the audit chain as `privacy.reveal` / `privacy.reveal_refused`, without the value.
 */
import { isAppError } from '../domain/errors.js';
import { revealPartyField } from '../privacy/reveal-party-field.js';
import type { Store } from '../store/open-database.js';

export interface DemoPrivacySummary {
  reveals: number;
  refused: number;
}

export async function demoPrivacy(options: { store: Store; now: () => Date }): Promise<DemoPrivacySummary> {
  const { store } = options;
  const summary: DemoPrivacySummary = { reveals: 0, refused: 0 };
  const open = await store.db
    .selectFrom('work_items as w')
    .innerJoin('parties as p', 'p.id', 'w.party_id')
    .innerJoin('users as u', 'u.user_id', 'w.assignee')
    .select(['p.party_id', 'w.assignee', 'w.channel', 'u.role'])
    .where('w.status', '=', 'open')
    .where('w.channel', 'in', ['phone', 'visit'])
    .orderBy('w.as_of', 'desc')
    .orderBy('w.rank')
    .limit(200)
    .execute();
  const call = open.find((w) => w.channel === 'phone' && w.role === 'collector');
  const visit = open.find((w) => w.channel === 'visit' && w.role === 'field_agent');
  const asks = [
    call && {
      partyId: call.party_id,
      field: 'phone',
      by: call.assignee,
      reason: '今日外呼跟进逾期还款 / calling today about the overdue instalments',
    },
    visit && {
      partyId: visit.party_id,
      field: 'address',
      by: visit.assignee,
      reason: '上门外访核实住址 / home visit on today’s route',
    },
  ].filter((a) => a !== undefined);
  for (const ask of asks) {
    await revealPartyField({ store, ...ask, now: options.now() });
    summary.reveals++;
  }
  const auditor = await store.db.selectFrom('users').select('user_id').where('role', '=', 'auditor').executeTakeFirst();
  if (auditor && call) {
    try {
      await revealPartyField({
        store,
        partyId: call.party_id,
        field: 'id_number',
        by: auditor.user_id,
        reason: '抽查 / spot check',
        now: options.now(),
      });
    } catch (error) {
      if (!isAppError(error, 'FORBIDDEN')) throw error;
      summary.refused++;
    }
  }
  return summary;
}
