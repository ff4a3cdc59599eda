/**
 * What a field visit recorded at the desk must carry (the methodology, 篇二 and its closing rules; the
 * playbook's `visits`): at least MIN_VISIT_STAFF staff (nobody visits alone), the visit's type (confirm,
 * search or breach: the playbook's checklists), a recording from arrival (全程录音录像: a stored file or the
 * lender's own recording reference), and, when the staff entered a home, who consented to it (enter only
 * when invited). A visit missing any of them is refused before anything is written.
 *
 * These rules are for an outbound visit (staff going out); a debtor who comes to the branch is an inbound
 * visit and needs none of them. An imported visit is history and is recorded as it was.
 */
import type { ActivityChannel, Direction } from '../domain/activity/activity-codes.js';
import { AppError } from '../domain/errors.js';
import { MIN_VISIT_STAFF, VISIT_TYPES, type VisitType } from '../domain/playbook/playbook-codes.js';
import { fieldProblem } from '../import/field-limits.js';

export interface VisitOptions {
  /** confirm | search | breach (VISIT_TYPES). */
  visitType?: string | undefined;
  /** A recording file to store as evidence (kind recording) and link to the visit. */
  recordingFile?: string | undefined;
  /** The lender's own reference to the recording (a body camera's or recorder's id). */
  recordingRef?: string | undefined;
  /** The staff went into a home. */
  enteredHome?: boolean | undefined;
  /** The lender's party_id of who invited them in. */
  consentBy?: string | undefined;
}

/** A visit's checked options: the recording is a file to store or a reference. */
export interface CheckedVisit {
  type: VisitType;
  recording: { file: string } | { ref: string };
  /** The party_id who consented to the home being entered; null when no home was entered. */
  consentBy: string | null;
}

const given = (v: string | undefined) => v !== undefined && v.trim() !== '';

/** The visit's facts, or null for an activity that is not an outbound visit (which may then name none). */
export function checkVisit(
  channel: ActivityChannel,
  direction: Direction,
  staff: readonly string[],
  options: VisitOptions,
): CheckedVisit | null {
  const named = [
    given(options.visitType) && 'visit_type',
    (given(options.recordingFile) || given(options.recordingRef)) && 'recording',
    options.enteredHome === true && 'entered_home',
    given(options.consentBy) && 'consent_by',
  ].filter((x): x is string => typeof x === 'string');
  if (channel !== 'visit' || direction !== 'outbound') {
    if (named.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `${named.join(', ')}: only an outbound visit carries them, not a ${direction} ${channel}`,
      );
    }
    return null;
  }
  if (staff.length < MIN_VISIT_STAFF) {
    throw new AppError(
      'INVALID_INPUT',
      `by: a visit is made by at least ${MIN_VISIT_STAFF} staff, nobody visits alone (外访至少两人同行); name them all (--by wang.wei,zhao.lei)`,
    );
  }
  const type = options.visitType?.trim() ?? '';
  if (type === '') {
    throw new AppError(
      'INVALID_INPUT',
      `visit_type: name the kind of visit, one of ${VISIT_TYPES.join(', ')} (确认式、查找式、毁约式上门; see playbook show)`,
    );
  }
  if (!(VISIT_TYPES as readonly string[]).includes(type)) {
    throw new AppError('INVALID_INPUT', `visit_type "${type}" is not one of ${VISIT_TYPES.join(', ')}`);
  }
  if (given(options.recordingFile) && given(options.recordingRef)) {
    throw new AppError('INVALID_INPUT', 'recording: give the recording file or its reference, not both');
  }
  let recording: CheckedVisit['recording'];
  if (given(options.recordingFile)) recording = { file: (options.recordingFile ?? '').trim() };
  else if (given(options.recordingRef)) {
    const ref = (options.recordingRef ?? '').trim();
    const problem = fieldProblem('recording', ref);
    if (problem !== null) throw new AppError('INVALID_INPUT', problem);
    recording = { ref };
  } else {
    throw new AppError(
      'INVALID_INPUT',
      'recording: a visit is recorded from arrival (全程录音录像); give the recording file (--recording FILE) or its reference (--recording-ref ID)',
    );
  }
  const consent = options.consentBy?.trim() ?? '';
  if (options.enteredHome === true && consent === '') {
    throw new AppError(
      'INVALID_INPUT',
      'consent_by: the staff entered a home, which they do only when invited (只在对方邀请时进入住宅); name who consented (--consent-by PARTY_ID)',
    );
  }
  if (options.enteredHome !== true && consent !== '') {
    throw new AppError(
      'INVALID_INPUT',
      'consent_by: only a visit that entered a home (--entered-home) names who consented',
    );
  }
  return { type: type as VisitType, recording, consentBy: consent === '' ? null : consent };
}
