/**
 * What an event did to the limitation clock, in words, in each product language: the reason printed by
 * `dunwell legal limitation` and `dunwell legal clock`.
 */
import type { ComplianceLanguage } from '../compliance/compliance-codes.js';
import type { LimitationClock, LimitationStep } from './limitation-clock.js';
import { LIMITATION_EVENT_WORDS } from './limitation-codes.js';

export function limitationStepReason(step: LimitationStep, clock: LimitationClock, lang: ComplianceLanguage): string {
  const event = LIMITATION_EVENT_WORDS[step.type][lang];
  const zh = lang === 'zh-CN';
  switch (step.why) {
    case 'restarted':
      return zh
        ? `${step.on}${event}，诉讼时效中断，自该日起重新计算，至 ${step.expiresOn} 届满。`
        : `The ${event} on ${step.on} interrupted the period; a new period runs from that day to ${step.expiresOn}.`;
    case 'absolute_limit':
      if (step.effect === 'waiver') {
        return zh
          ? `诉讼时效已于 ${step.previousExpiresOn} 届满；${step.on}${event}，视为放弃时效抗辩，但最长保护期至 ${step.expiresOn} 为止。`
          : `The period ran out on ${step.previousExpiresOn}; the ${event} on ${step.on} gives up the limitation defence, but the absolute limit ends the new period on ${step.expiresOn}.`;
      }
      return zh
        ? `${step.on}${event}，诉讼时效中断，但最长保护期至 ${step.expiresOn} 为止。`
        : `The ${event} on ${step.on} interrupted the period, but the absolute limit ends it on ${step.expiresOn}.`;
    case 'waived':
      return zh
        ? `诉讼时效已于 ${step.previousExpiresOn} 届满；${step.on}${event}，视为放弃时效抗辩，新的期间至 ${step.expiresOn} 届满。`
        : `The period ran out on ${step.previousExpiresOn}; the ${event} on ${step.on} gives up the limitation defence, and a new period runs to ${step.expiresOn}.`;
    case 'before_start':
      return zh
        ? `${step.on}的${event}早于时效起算日 ${clock.startsFrom}，不影响时效。`
        : `The ${event} on ${step.on} came before the day the period runs from (${clock.startsFrom}); it changes nothing.`;
    case 'not_counted':
      return zh ? `按本规则包，${event}不使诉讼时效中断。` : `Under this pack, a ${event} does not restart the period.`;
    case 'after_expiry':
      return zh
        ? `诉讼时效已于 ${step.previousExpiresOn} 届满，${step.on}的${event}不能使其恢复。`
        : `The period ran out on ${step.previousExpiresOn}; a ${event} on ${step.on} does not revive it.`;
  }
}

/** One line on the clock as a whole: when it runs out, and whether it was moved past days off. */
export function limitationSummary(clock: LimitationClock, lang: ComplianceLanguage): string {
  const zh = lang === 'zh-CN';
  const moved =
    clock.matchingDay === clock.expiresOn
      ? ''
      : zh
        ? `（对应日 ${clock.matchingDay} 为休息日或法定节假日，顺延至其后第一个工作日）`
        : ` (the matching day, ${clock.matchingDay}, is not a working day, so the period ends on the first working day after it)`;
  const unknown = clock.calendarCovers
    ? ''
    : zh
      ? '该年度节假日安排尚未公布，届满日可能因此后移。'
      : ' The holidays of that year are not published yet, so the last day may still move.';
  const state =
    clock.timeBarred === null
      ? ''
      : clock.timeBarred
        ? zh
          ? `截至 ${clock.asOf} 已过诉讼时效。`
          : ` As of ${clock.asOf} the debt is time-barred.`
        : zh
          ? `截至 ${clock.asOf} 尚余 ${clock.daysLeft} 天。`
          : ` As of ${clock.asOf}, ${clock.daysLeft} days are left.`;
  return zh
    ? `诉讼时效 ${clock.periodYears} 年，至 ${clock.expiresOn} 届满${moved}。${clock.waived ? '债务人已放弃时效抗辩。' : ''}${state}${unknown}`
    : `The ${clock.periodYears}-year period ends on ${clock.expiresOn}${moved}.${clock.waived ? ' The debtor gave up the limitation defence.' : ''}${state}${unknown}`;
}
