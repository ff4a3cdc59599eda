/**
 * What `audit verify` can find wrong, each with the event it concerns (`seq`, the event's id; null when
 * no event vouches for the thing at all) and its reason in both languages, in words an auditor can act on.
 */
import type { ComplianceLanguage } from '../compliance/compliance-codes.js';

export const AUDIT_PROBLEM_CODES = [
  /** An event's contents no longer give its hash: a field was edited (or two rows' contents swapped). */
  'event_changed',
  /** An event does not chain onto the one before it: rows before it were deleted, inserted or moved. */
  'event_unlinked',
  /** A row without a hash after the chain began: written behind Dunwell's back. */
  'event_unchained',
  /** The last events are gone, or rows were added after the head, or the head was edited. */
  'head_mismatch',
  /** Events exist but the chain's head does not. */
  'head_missing',
  /** An activity the chain vouches for is gone, or no longer what was written. */
  'record_missing',
  'record_changed',
  /** An activity row no event vouches for. */
  'record_unchained',
  /** An evidence row or link the chain vouches for is gone, or differs from what the chain says. */
  'evidence_row_missing',
  'evidence_row_changed',
  /** An evidence row or link no event vouches for. */
  'evidence_row_unchained',
  /** A file not purged is missing, or its bytes are not the ones stored. */
  'evidence_file_missing',
  'evidence_file_changed',
] as const;
export type AuditProblemCode = (typeof AUDIT_PROBLEM_CODES)[number];

export interface AuditProblem {
  code: AuditProblemCode;
  /** The id of the event that does not verify, or whose claim no longer holds; null when none vouches. */
  seq: number | null;
  /** The file's hash or the activity's id, when the problem is about one. */
  subject: string | null;
  reason: Readonly<Record<ComplianceLanguage, string>>;
}

function problem(
  code: AuditProblemCode,
  seq: number | null,
  subject: string | null,
  zh: string,
  en: string,
): AuditProblem {
  return { code, seq, subject, reason: { 'zh-CN': zh, en } };
}

export const problems = {
  eventChanged: (seq: number) =>
    problem(
      'event_changed',
      seq,
      null,
      `事件 ${seq} 的内容与其哈希不符：该行被修改过（或与另一行互换了内容）。`,
      `Event ${seq} no longer matches its hash: the row was edited (or its contents swapped with another row's).`,
    ),
  eventUnlinked: (seq: number, previous: number, missing: boolean) =>
    problem(
      'event_unlinked',
      seq,
      null,
      missing
        ? `事件 ${seq} 未接在事件 ${previous} 之后：其间的事件 ${previous + 1}–${seq - 1} 已被删除。`
        : `事件 ${seq} 未接在事件 ${previous} 之后：此前的行被删除、插入或调换过。`,
      missing
        ? `Event ${seq} does not follow event ${previous}: events ${previous + 1}–${seq - 1} between them were deleted.`
        : `Event ${seq} does not follow event ${previous}: rows before it were deleted, inserted or moved.`,
    ),
  eventUnchained: (seq: number, start: number) =>
    problem(
      'event_unchained',
      seq,
      null,
      `事件 ${seq} 没有哈希，而哈希链自事件 ${start} 起已开始：该行不是经 Dunwell 写入的。`,
      `Event ${seq} has no hash although the chain began at event ${start}: the row was not written by Dunwell.`,
    ),
  headMismatch: (seq: number, headId: number, lastId: number) =>
    problem(
      'head_mismatch',
      seq,
      null,
      headId > lastId
        ? `链头记录最后一个事件为 ${headId}，但事件在 ${lastId} 处就结束了：末尾的事件已被删除。`
        : headId < lastId
          ? `链头记录最后一个事件为 ${headId}，但还有直到 ${lastId} 的事件：这些行是在 Dunwell 之外添加的。`
          : `链头记录的哈希与事件 ${headId} 不符：末尾的事件或链头被修改过。`,
      headId > lastId
        ? `The head says the last event is ${headId}, but the events end at ${lastId}: the last events were deleted.`
        : headId < lastId
          ? `The head says the last event is ${headId}, but events run to ${lastId}: those rows were added outside Dunwell.`
          : `The head's hash does not match event ${headId}: the last events or the head were edited.`,
    ),
  headMissing: (lastId: number) =>
    problem(
      'head_missing',
      lastId,
      null,
      `有事件（直到 ${lastId}），但哈希链的链头不见了。`,
      `There are events (up to ${lastId}) but the chain's head is gone.`,
    ),
  recordMissing: (seq: number, activityId: string) =>
    problem(
      'record_missing',
      seq,
      activityId,
      `事件 ${seq} 所记录的活动 ${activityId} 已不存在。`,
      `Activity ${activityId}, recorded by event ${seq}, is gone.`,
    ),
  recordChanged: (seq: number, activityId: string) =>
    problem(
      'record_changed',
      seq,
      activityId,
      `活动 ${activityId} 与事件 ${seq} 记录时不同：该行被修改过。`,
      `Activity ${activityId} is not what event ${seq} recorded: the row was edited.`,
    ),
  recordUnchained: (activityId: string) =>
    problem(
      'record_unchained',
      null,
      activityId,
      `活动 ${activityId} 没有任何事件为其作证：该行不是经 Dunwell 写入的。`,
      `No event vouches for activity ${activityId}: the row was not written by Dunwell.`,
    ),
  evidenceRowMissing: (seq: number, sha256: string, what: 'file' | 'link') =>
    problem(
      'evidence_row_missing',
      seq,
      sha256,
      what === 'file'
        ? `事件 ${seq} 存入的证据 ${sha256} 的记录已被删除。`
        : `事件 ${seq} 为证据 ${sha256} 建立的关联已被删除。`,
      what === 'file'
        ? `The row of evidence ${sha256}, stored by event ${seq}, was deleted.`
        : `The link of evidence ${sha256} made by event ${seq} was deleted.`,
    ),
  evidenceRowChanged: (seq: number, sha256: string, fields: readonly string[]) =>
    problem(
      'evidence_row_changed',
      seq,
      sha256,
      `证据 ${sha256} 的记录与事件链不符（${fields.join('、')}）：该行被修改过。`,
      `The row of evidence ${sha256} differs from the chain (${fields.join(', ')}): it was edited.`,
    ),
  evidenceRowUnchained: (sha256: string, what: 'file' | 'link') =>
    problem(
      'evidence_row_unchained',
      null,
      sha256,
      what === 'file'
        ? `证据 ${sha256} 的记录没有任何事件为其作证：该行不是经 Dunwell 写入的。`
        : `证据 ${sha256} 的一条关联没有任何事件为其作证：该行不是经 Dunwell 写入的。`,
      what === 'file'
        ? `No event vouches for the row of evidence ${sha256}: it was not written by Dunwell.`
        : `No event vouches for a link of evidence ${sha256}: it was not written by Dunwell.`,
    ),
  evidenceFileMissing: (seq: number, sha256: string) =>
    problem(
      'evidence_file_missing',
      seq,
      sha256,
      `证据文件 ${sha256} 未被清除却已不在证据目录中。`,
      `Evidence file ${sha256} is not in the evidence folder, and it was never purged.`,
    ),
  evidenceFileChanged: (seq: number, sha256: string, size: number, expectedSize: number) =>
    problem(
      'evidence_file_changed',
      seq,
      sha256,
      `证据文件 ${sha256} 的内容已不是存入时的内容（现 ${size} 字节，应为 ${expectedSize} 字节）。`,
      `Evidence file ${sha256} no longer holds the bytes stored (${size} bytes now, ${expectedSize} stored).`,
    ),
};

/** The first event that does not verify: the smallest seq among the problems, null when there is none. */
export function firstBadSeq(found: readonly AuditProblem[]): number | null {
  let first: number | null = null;
  for (const p of found) if (p.seq !== null && (first === null || p.seq < first)) first = p.seq;
  return first;
}
