/**
 * The strategy step for one range of accounts, in memory: grade, tier, segment and variant from the
 * compiled strategy; today's automatic messages; the manual actions that become queue candidates; grade
 * changes (events); champion/challenger membership changes. Writing is write-decisions.ts.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { type MembershipChange, membershipChange } from '../../domain/collection/variant-membership.js';
import { localWindow } from '../../domain/queue/local-window.js';
import { withPromiseFollowUps } from '../../domain/queue/promise-follow-up.js';
import type { Candidate } from '../../domain/queue/queue-types.js';
import type { AccountFacts } from '../../domain/strategy/account-facts.js';
import type { CompiledStrategy, PlannedAction } from '../../domain/strategy/decision.js';
import type { Skill } from '../../domain/team/team-codes.js';
import { type PortfolioSettings, settingsFor } from '../../store/shapes/portfolio-settings.js';
import type { GateNote } from './gate-range.js';
import type { AccountContext } from './load-decision-context.js';

export interface ActiveStrategy {
  version: number;
  name: string;
  compiled: CompiledStrategy;
}

export interface PlannedMessageRow {
  accountId: number;
  partyId: number;
  planned: PlannedAction;
  window: { from: string; to: string };
  /** The zone the window was read in. */
  zone: string;
  segment: string;
  variant: string | null;
  /** Set by the gate step (gate-range.ts), which names every message of the day before it drops any. */
  messageId?: string;
}

/** A queue candidate before the chance of payment is known (the odds table is rebuilt after grading). */
export interface PendingCandidate {
  candidate: Candidate;
  oddsKey: string;
  window: { from: string; to: string };
  /** The zone the window was read in. */
  zone: string;
  /** What the contact gate said when it moved the item later in its window or an override let it through. */
  gate?: GateNote;
}

export interface DecidedRange {
  /** Accounts whose grade, tier or placement changed: [grade, tier, variantKey, id]. */
  accountUpdates: [string, string, string | null, number][];
  /** Features rows whose tier, segment or strategy version changed: [tier, segment, version, id]. */
  featureUpdates: [string, string | null, number, number][];
  gradeChanges: { accountId: number; from: string; to: string }[];
  memberships: { accountId: number; change: MembershipChange }[];
  messages: PlannedMessageRow[];
  candidates: PendingCandidate[];
  counts: {
    decided: number;
    segmented: number;
    actions: number;
    messages: number;
    manual: number;
    no_party: number;
    /** Manual actions that follow up a promise broken today (added, or planned and carrying the reason). */
    broken_promise_calls: number;
  };
}

/**
 * Skills a debtor needs from whoever calls them: small-business owners and companies are called by
 * SME-trained collectors. Visits, reviews and a team lead stepping in (领导出面) need only their own skills.
 */
function skillsFor(facts: AccountFacts, planned: PlannedAction, toTeamLead: boolean): Skill[] {
  if (toTeamLead || planned.channel !== 'phone') return [];
  return facts.customer_type === 'small_business' || facts.customer_type === 'company' ? ['sme'] : [];
}

/** The segment an item is filed under when the strategy placed its account in none (a broken-promise call). */
export const UNSEGMENTED = 'unsegmented';

const variantKeyOf = (segment: string | null, variant: string | null) =>
  segment === null ? null : variant === null ? segment : `${segment}/${variant}`;

export function decideRange(options: {
  facts: readonly AccountFacts[];
  context: Map<number, AccountContext>;
  strategy: ActiveStrategy;
  portfolios: Map<string, PortfolioSettings>;
  asOf: IsoDate;
}): DecidedRange {
  const { strategy, asOf } = options;
  const out: DecidedRange = {
    accountUpdates: [],
    featureUpdates: [],
    gradeChanges: [],
    memberships: [],
    messages: [],
    candidates: [],
    counts: { decided: 0, segmented: 0, actions: 0, messages: 0, manual: 0, no_party: 0, broken_promise_calls: 0 },
  };
  const escalation = strategy.compiled.escalation;
  for (const facts of options.facts) {
    const ctx = options.context.get(facts.id);
    if (!ctx) continue;
    const settings = settingsFor(options.portfolios, facts.portfolio);
    const paydays = strategy.compiled.paydays ?? settings.paydays;
    const decision = strategy.compiled.decide(facts, { asOf, paydays });
    out.counts.decided++;
    const key = variantKeyOf(decision.segment, decision.variant);
    if (ctx.grade !== decision.grade || ctx.tier !== decision.tier || ctx.variantKey !== key) {
      out.accountUpdates.push([decision.grade, decision.tier, key, facts.id]);
    }
    if (ctx.grade !== null && ctx.grade !== decision.grade) {
      out.gradeChanges.push({ accountId: facts.id, from: ctx.grade, to: decision.grade });
    }
    if (
      ctx.featureTier !== decision.tier ||
      ctx.featureSegment !== decision.segment ||
      ctx.featureVersion !== strategy.version
    ) {
      out.featureUpdates.push([decision.tier, decision.segment, strategy.version, facts.id]);
    }
    const rank = Math.max(
      0,
      settings.buckets.findIndex((b) => b.name === facts.bucket),
    );
    const placement =
      decision.segment === null
        ? null
        : { strategy: strategy.name, segment: decision.segment, variant: decision.variant };
    const change = membershipChange(ctx.membership, placement, facts.bucket, rank);
    if (change.close !== null || change.open !== null || change.cured !== null || change.rolled !== null) {
      out.memberships.push({ accountId: facts.id, change });
    }
    // An account that owes nothing (paid off, or settled by an arrangement) leaves the queue: no calls, no
    // messages, whatever its facts (a changed phone number on a settled account is nobody's work).
    if (facts.outstanding <= 0) continue;
    // A promise broken today is followed up even on a day the strategy leaves the account alone.
    const followUp = ctx.brokenPromises.length > 0 && facts.past_due > 0;
    if (decision.segment === null && !followUp) continue;
    if (decision.segment !== null) out.counts.segmented++;
    const segment = decision.segment ?? UNSEGMENTED;
    const actions = withPromiseFollowUps({
      actions: decision.actions.map((planned) => ({
        planned,
        partyId:
          planned.target === 'borrower'
            ? ctx.borrowerPartyId
            : planned.target === 'obligor'
              ? ctx.obligorPartyId
              : ctx.thirdPartyId,
      })),
      broken: ctx.brokenPromises,
      due: ctx.promisesDueToday,
      borrowerPartyId: ctx.borrowerPartyId,
      tier: decision.tier,
      pastDue: facts.past_due,
    });
    if (actions.length === 0) continue;
    const zone = ctx.timeZone ?? settings.timeZone;
    // Escalations matter only for manual work; most accounts on most days have none, so they are judged
    // once, for the first manual action.
    let escalated: { toTeamLead: boolean; concerted: boolean; keyAccount: boolean } | null = null;
    const escalations = () => {
      if (escalated === null) {
        const withFacts = { ...facts, grade: decision.grade, tier: decision.tier };
        escalated = {
          toTeamLead: escalation.teamLead(withFacts),
          concerted: escalation.concerted(withFacts),
          // The key-account amount is in the strategy's currency; an account in another is never key by it.
          keyAccount:
            escalation.keyAccountMinor !== null &&
            facts.currency === strategy.compiled.currency &&
            facts.outstanding >= escalation.keyAccountMinor,
        };
      }
      return escalated;
    };
    for (const { planned, partyId, brokenPromise } of actions) {
      out.counts.actions++;
      if (brokenPromise) out.counts.broken_promise_calls++;
      if (partyId === null) {
        out.counts.no_party++;
        continue;
      }
      const window = localWindow(asOf, zone, planned.window.from, planned.window.to);
      if (!planned.manual) {
        out.counts.messages++;
        out.messages.push({
          accountId: facts.id,
          partyId,
          planned,
          window,
          zone,
          segment,
          variant: decision.variant,
        });
        continue;
      }
      out.counts.manual++;
      const { toTeamLead, concerted, keyAccount } = escalations();
      out.candidates.push({
        oddsKey: `${facts.portfolio}|${decision.grade}|${facts.bucket}`,
        window,
        zone,
        candidate: {
          accountId: facts.id,
          accountRef: facts.account_id,
          partyId,
          planned,
          segment,
          variant: decision.variant,
          grade: decision.grade,
          tier: decision.tier,
          customerType: facts.customer_type,
          stage: facts.stage,
          dpd: facts.dpd,
          pPay: 0,
          collectable: facts.past_due,
          outstanding: facts.outstanding,
          currency: facts.currency,
          language: facts.language,
          region: facts.region,
          assignee: ctx.assignee,
          assignedOn: ctx.assignedOn,
          lastProgressOn: latest(ctx.lastPaymentOn, ctx.lastRpcOn),
          toTeamLead,
          concerted,
          keyAccount,
          brokenPromise,
          skills: skillsFor(facts, planned, toTeamLead),
          // 领导出面 puts the lead on the account whatever the tier's usual workers are.
          roles: toTeamLead ? undefined : strategy.compiled.workedBy[planned.tier],
        },
      });
    }
  }
  return out;
}

function latest(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
