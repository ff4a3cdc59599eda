/**
 * The code lists of evidence, defined once: what a stored file is, and which roles store, read and purge.
 */
import type { UserRole } from '../team/team-codes.js';

/** What an evidence file is: a call recording, a visit photo, a letter sent, a signed notice, any document. */
export const EVIDENCE_KINDS = ['recording', 'photo', 'letter', 'notice', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, { en: string; zh: string }>> = {
  recording: { en: 'call recording', zh: '通话录音' },
  photo: { en: 'photo', zh: '照片' },
  letter: { en: 'letter', zh: '函件' },
  notice: { en: 'signed notice', zh: '签收通知' },
  document: { en: 'document', zh: '文件' },
};

export function isEvidenceKind(text: string): text is EvidenceKind {
  return (EVIDENCE_KINDS as readonly string[]).includes(text);
}

/**
 * Who stores evidence: everyone who works or manages accounts. The auditor only reads and verifies, so that
 * what they verify was never theirs to write.
 */
export const EVIDENCE_STORER_ROLES: readonly UserRole[] = [
  'collector',
  'field_agent',
  'team_lead',
  'manager',
  'legal',
  'admin',
];

/**
 * Who purges evidence past its retention: the administrator alone. Not the auditor, who stays read-only
 * (DESIGN.md), so the person who checks the chain is never the one who deleted from it; and never before
 * the retention day, whoever asks.
 */
export const EVIDENCE_PURGER_ROLES: readonly UserRole[] = ['admin'];
