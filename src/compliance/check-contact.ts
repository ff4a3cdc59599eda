/**
 * What-if for compliance staff and tests: one contact request (JSON, the format of issue 8) judged by the
 * gate under the pack it names. Nothing is read from or written to a database; the request carries every
 * fact the gate uses, including `now`.
 */
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { decideContact } from '../domain/compliance/decide-contact.js';
import { compliancePack } from './compliance-packs.js';
import { parseContactRequest } from './contact-request-schema.js';

export function checkContact(options: { requestText: string }): ContactDecision {
  const request = parseContactRequest(options.requestText);
  return decideContact(compliancePack(request.pack), request);
}
