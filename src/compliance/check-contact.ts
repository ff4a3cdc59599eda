/**
 * What-if for compliance staff and tests: one contact request (JSON, the format of issue 8) judged by the
 * gate under the pack it names, a message's text read by the shipped lexicon. Nothing is read from or
 * written to a database; the request carries every fact the gate uses, including `now`.
 */
import type { ComplianceLanguage, Verdict } from '../domain/compliance/compliance-codes.js';
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { decideContact } from '../domain/compliance/decide-contact.js';
import { compliancePack } from './compliance-packs.js';
import { parseContactRequest } from './contact-request-schema.js';
import { defaultLanguageGuard } from './default-lexicon.js';

export function checkContact(options: { requestText: string }): ContactDecision {
  const request = parseContactRequest(options.requestText);
  return decideContact(compliancePack(request.pack), request, { guard: defaultLanguageGuard() });
}

/** The response of issue 8: every rule with its verdict, citation and reason in one language. */
export interface ContactResponse {
  allowed: boolean;
  rules: { id: string; verdict: Verdict; citation: string; reason: string }[];
  next_allowed_at: string | null;
}

export function contactResponse(decision: ContactDecision, lang: ComplianceLanguage): ContactResponse {
  return {
    allowed: decision.allowed,
    rules: decision.rules.map((r) => ({ id: r.id, verdict: r.verdict, citation: r.citation, reason: r.reason[lang] })),
    next_allowed_at: decision.next_allowed_at,
  };
}
