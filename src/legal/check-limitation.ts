/**
 * What-if for legal staff and tests: one limitation request (JSON, the format of issue 8) judged under
 * the pack it names, with the pack's holiday calendar or the days off the request gives. Nothing is read
 * from or written to a database.
 */
import { compliancePack } from '../compliance/compliance-packs.js';
import type { ComplianceLanguage } from '../domain/compliance/compliance-codes.js';
import { calendarFromLists } from '../domain/legal/holiday-calendar.js';
import { limitationClock } from '../domain/legal/limitation-clock.js';
import { holidayCalendar } from './holiday-calendars.js';
import { parseLimitationRequest } from './limitation-request-schema.js';
import { type LimitationResponse, limitationResponse } from './limitation-response.js';

export function checkLimitation(options: { requestText: string; lang: ComplianceLanguage }): LimitationResponse {
  const request = parseLimitationRequest(options.requestText);
  const { limitation } = compliancePack(request.pack);
  const calendar =
    request.holidays === null
      ? holidayCalendar(limitation.counting.calendar)
      : calendarFromLists('request', request.holidays, request.working_days);
  const clock = limitationClock(limitation, calendar, {
    lastDueOn: request.last_due_on,
    events: request.events,
    asOf: request.as_of,
    period: request.period,
  });
  return limitationResponse(request.pack, calendar.id, clock, options.lang);
}
