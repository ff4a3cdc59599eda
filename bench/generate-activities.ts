/**
 * The activities file of the benchmark dataset: what the floor did on the past-due accounts in the 30 days
 * before the cycle day D, as a dialler or an earlier collection system would export it. About 40% of the
 * past-due accounts were worked, each 1 to 10 times, only on days it was already past due; every account
 * has its own collector (the floor's collectors, so the import finds them as users), a late account now
 * and then a field visit by a pair of agents.
 *
 * Outcomes as a collections floor sees them: most calls are not answered or are busy; about a third reach
 * the debtor, who talks, promises, refuses, asks to be called back, pleads hardship or disputes; some
 * conversations carry the excuse the debtor gave (the methodology's categories); a few inbound calls; a
 * text or WeChat message now and then; notes on the file.
 */
import type { ExcuseCategory, Outcome } from '../src/domain/activity/activity-codes.js';
import { addDays, type IsoDate } from '../src/domain/calendar/calendar.js';
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import type { BookFacts } from './book-facts.js';
import { csvWriter } from './csv-writer.js';
import { businessHoursAt, pad } from './dataset-format.js';
import type { Random } from './seeded-random.js';

/** The floor's people the activities name: they must exist as users when the file is imported. */
export interface ActivityStaff {
  collectors: readonly string[];
  /** Field agents, two to a visit. */
  fieldPairs: readonly (readonly [string, string])[];
}

export const WORKED_SHARE = 0.4;
const MAX_ACTIVITIES = 10;
const WINDOW_DAYS = 30;

/** An outbound call's outcome, by how often a collector meets it. */
const CALL_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['no_answer', 0.38],
  ['busy', 0.14],
  ['voicemail', 0.05],
  ['unreachable', 0.04],
  ['wrong_number', 0.02],
  ['third_party', 0.05],
  ['right_party_contact', 0.12],
  ['promise', 0.07],
  ['refused', 0.05],
  ['callback', 0.04],
  ['hardship', 0.02],
  ['dispute', 0.02],
];

/** An inbound call is the debtor (or someone for them) ringing back: somebody is always on the line. */
const INBOUND_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['right_party_contact', 0.45],
  ['promise', 0.3],
  ['hardship', 0.1],
  ['dispute', 0.1],
  ['third_party', 0.05],
];

const VISIT_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['visited', 0.55],
  ['not_found', 0.35],
  ['third_party', 0.1],
];

/** The excuses debtors give most often first (篇二): hardship and money owed to them lead. */
const EXCUSES: readonly (readonly [ExcuseCategory, number])[] = [
  ['over_indebted', 0.22],
  ['crying_poor_or_scene', 0.18],
  ['third_party_owes_me', 0.16],
  ['co_borrowers_passing_buck', 0.08],
  ['not_cooperating', 0.08],
  ['sue_me', 0.06],
  ['professional_defaulter', 0.05],
  ['education_loan_dispute', 0.04],
  ['half_lost_contact', 0.04],
  ['linked_to_fraud_case', 0.03],
  ['dead_jailed_incapacitated', 0.02],
  ['hiding', 0.02],
  ['absconded', 0.01],
  ['contact_shielding_debtor', 0.01],
];

/** Outcomes after which the debtor has said why they have not paid. */
const EXCUSE_OUTCOMES: readonly Outcome[] = ['right_party_contact', 'promise', 'refused', 'callback', 'hardship'];

function weighted<T>(rnd: Random, table: readonly (readonly [T, number])[]): T {
  let u = rnd.next();
  for (const [value, share] of table) {
    u -= share;
    if (u < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** HH:MM:SS after `start` by `seconds`, on the same day (calls end well before midnight). */
function later(day: IsoDate, hour: number, minute: number, second: number, seconds: number): string {
  const total = hour * 3600 + minute * 60 + second + seconds;
  return businessHoursAt(day, Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60);
}

export interface ActivitiesFile {
  rows: number;
  accounts: number;
}

export async function writeActivities(
  path: string,
  facts: BookFacts,
  staff: ActivityStaff,
  rnd: Random,
): Promise<ActivitiesFile> {
  if (staff.collectors.length === 0) throw new Error('the activities need at least one collector');
  const out = csvWriter(path, KIND_COLUMNS.activities.columns);
  const { cycleDay } = facts;
  let seq = 0;
  let accounts = 0;
  for (let i = 0; i < facts.accounts; i++) {
    if (!facts.pastDue[i] || !rnd.chance(WORKED_SHARE)) continue;
    const dpd = -facts.firstDueOffset[i]!;
    // Days before D on which the account was already past due: its first due date was D − dpd.
    const earliest = Math.max(-WINDOW_DAYS, -dpd + 1);
    if (earliest > -1) continue;
    accounts += 1;
    const account = `A${pad(i + 1, 8)}`;
    const collector = rnd.pick(staff.collectors);
    const offsets = Array.from({ length: rnd.int(1, MAX_ACTIVITIES) }, () => rnd.int(earliest, -1)).sort(
      (a, b) => a - b,
    );
    for (const offset of offsets) {
      const day = addDays(cycleDay, offset);
      const hour = rnd.int(9, 19);
      const minute = rnd.int(0, 59);
      const second = rnd.int(0, 59);
      const u = rnd.next();
      let channel = 'phone';
      let direction = '';
      let staffText = collector;
      let outcome: Outcome;
      let seconds: number | null;
      let note = '';
      if (u < 0.02 && dpd > 60 && staff.fieldPairs.length > 0) {
        channel = 'visit';
        const pair = rnd.pick(staff.fieldPairs);
        // Two agents visit together (the pairing rule): a comma-separated list, so the field is quoted.
        staffText = `"${pair[0]},${pair[1]}"`;
        outcome = weighted(rnd, VISIT_OUTCOMES);
        seconds = rnd.int(900, 3600);
      } else if (u < 0.05) {
        channel = 'note';
        outcome = 'note';
        seconds = null;
        note = '核对还款记录 · checked the payment record';
      } else if (u < 0.13) {
        channel = rnd.chance(0.6) ? 'sms' : 'wechat';
        outcome = 'delivered';
        seconds = null;
      } else if (u < 0.19) {
        direction = 'inbound';
        outcome = weighted(rnd, INBOUND_OUTCOMES);
        seconds = rnd.int(60, 600);
      } else {
        outcome = weighted(rnd, CALL_OUTCOMES);
        seconds = outcome === 'no_answer' || outcome === 'busy' ? rnd.int(20, 45) : rnd.int(40, 480);
      }
      let excuse = '';
      if (EXCUSE_OUTCOMES.includes(outcome) && rnd.chance(0.35)) excuse = weighted(rnd, EXCUSES);
      else if (outcome === 'not_found' && rnd.chance(0.5)) excuse = rnd.chance(0.7) ? 'hiding' : 'absconded';
      else if (outcome === 'third_party' && rnd.chance(0.2)) excuse = 'contact_shielding_debtor';
      seq += 1;
      out.row([
        `ACT${pad(seq, 10)}`,
        account,
        '',
        channel,
        direction,
        '',
        staffText,
        businessHoursAt(day, hour, minute, second),
        seconds === null ? '' : later(day, hour, minute, second, seconds),
        outcome,
        excuse,
        note,
        '',
      ]);
    }
    await out.drain();
  }
  await out.close();
  return { rows: out.rows, accounts };
}
