/**
 * Overrides at the gate. An override names one rule of the pack (`cn.daily_attempts`) for one account (and
 * one party, or any party on it when none is named); while it is in force — granted at or before the
 * attempt and expiring after it — that rule's block becomes a pass that says who set it aside, why and
 * until when, and the decision names the override. The other rules are judged as ever, and
 * `next_allowed_at` is the earliest instant every rule not set aside allows. An override that finds its
 * rule passing anyway is not used (the decision names no override).
 *
 * Which rules may be set aside at all, and by whom, is the desk's to decide when an override is granted
 * (src/domain/compliance/desk-rights.ts); the gate honours what was granted.
 */
import type { CompliancePack } from './compliance-pack.js';
import type { ContactDecision, ContactRequest, RuleOutcome } from './contact-request.js';
import { decideContact, type GateTools } from './decide-contact.js';

export interface GateOverride {
  overrideId: string;
  ruleId: string;
  reason: string;
  grantedBy: string;
  /** UTC ISO instants. */
  grantedAt: string;
  expiresAt: string;
}

export interface OverriddenDecision {
  decision: ContactDecision;
  /** The override that let a blocking rule through; null when none was used. */
  overrideId: string | null;
}

/** The overrides in force at the instant `at` (UTC ms). */
export function overridesInForce(overrides: readonly GateOverride[], at: number): GateOverride[] {
  return overrides.filter((o) => Date.parse(o.grantedAt) <= at && Date.parse(o.expiresAt) > at);
}

function setAside(outcome: RuleOutcome, o: GateOverride): RuleOutcome {
  return {
    ...outcome,
    verdict: 'pass',
    next_allowed_at: null,
    override_id: o.overrideId,
    reason: {
      'zh-CN': `${outcome.reason['zh-CN']} 已由 ${o.grantedBy} 以豁免 ${o.overrideId} 暂时免除（至 ${o.expiresAt}，理由：${o.reason}）。`,
      en: `${outcome.reason.en} Set aside by ${o.grantedBy} with override ${o.overrideId} until ${o.expiresAt}: ${o.reason}.`,
    },
  };
}

export function decideWithOverrides(
  pack: CompliancePack,
  request: ContactRequest,
  overrides: readonly GateOverride[],
  tools: GateTools = {},
): OverriddenDecision {
  const first = decideContact(pack, request, tools);
  if (first.allowed || overrides.length === 0) return { decision: first, overrideId: null };
  const inForce = overridesInForce(overrides, Date.parse(request.now));
  const used = new Map<string, GateOverride>();
  for (const outcome of first.rules) {
    if (outcome.verdict !== 'block' || used.has(outcome.id)) continue;
    const o = inForce.find((x) => x.ruleId === outcome.id);
    if (o) used.set(outcome.id, o);
  }
  if (used.size === 0) return { decision: first, overrideId: null };
  const rest = decideContact({ ...pack, rules: pack.rules.filter((r) => !used.has(r.id)) }, request, tools);
  const judged = new Map(rest.rules.map((r) => [r.id, r]));
  const rules = first.rules.map((outcome) => {
    const o = used.get(outcome.id);
    return o ? setAside(outcome, o) : (judged.get(outcome.id) ?? outcome);
  });
  const [firstUsed] = used.values();
  return {
    decision: { allowed: rest.allowed, rules, next_allowed_at: rest.next_allowed_at },
    overrideId: firstUsed?.overrideId ?? null,
  };
}
