/**
 * The playbook as a document: the methodology a collector follows, as data a manager may edit (a YAML
 * file, validated by src/playbook/playbook-schema.ts; the default ships as examples/playbook.yaml). Every
 * text exists in both product languages. It holds:
 * - the call script: the four core tasks, each a checklist item with what to capture as its outcome, and
 *   the lawful consequences a collector may state;
 * - the excuse catalogue: one entry per excuse category, with the lawful response, the follow-up it
 *   implies and the arrangements it may lead to;
 * - the three-warnings rule for abusive debtors;
 * - the visit types with their checklists, and the pairing rule;
 * - the thirty recovery methods, each with when it applies, what it needs, and the conditions on an
 *   account's facts that make `playbook suggest` propose it.
 */
import type { ExcuseCategory } from '../activity/activity-codes.js';
import type { ArrangementType } from '../arrangement/arrangement-codes.js';
import type { CallTask, CaptureKind, FollowUp, PlaybookLanguage, RecoveryMethod, VisitType } from './playbook-codes.js';

/** A text in every playbook language. */
export type Text = Readonly<Record<PlaybookLanguage, string>>;

export type ConditionScalar = string | number | boolean | null;

/** Operators on one fact; several in one object must all hold. */
export interface FactOperators {
  eq?: ConditionScalar;
  ne?: ConditionScalar;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  between?: readonly [number, number];
  in?: readonly ConditionScalar[];
  not_in?: readonly ConditionScalar[];
  includes?: string;
  includes_any?: readonly string[];
  is_null?: boolean;
}

/** A value (equals; on a list fact: holds it), a list (one of; on a list fact: holds one of) or operators. */
export type FactTest = ConditionScalar | readonly ConditionScalar[] | FactOperators;

/** Facts and tests that must all hold, plus `all`, `any` and `not` to combine conditions. */
export interface Condition {
  readonly [fact: string]: FactTest | readonly Condition[] | Condition | undefined;
  all?: readonly Condition[];
  any?: readonly Condition[];
  not?: Condition;
}

export interface CaptureItem {
  id: string;
  kind: CaptureKind;
  label: Text;
}

export interface CallTaskSpec {
  id: CallTask;
  title: Text;
  /** How to do it, in the collector's words. */
  guidance: Text;
  /** What to record as the task's outcome. */
  capture: readonly CaptureItem[];
}

export interface Consequence {
  id: string;
  text: Text;
}

export interface CallScript {
  title: Text;
  tasks: readonly CallTaskSpec[];
  /** Consequences a collector may state: lawful facts, never threats. */
  consequences: readonly Consequence[];
  /** Rules that hold for the whole call. */
  rules: readonly Text[];
}

export interface ExcuseEntry {
  category: ExcuseCategory;
  label: Text;
  /** What the debtor typically says. */
  sounds_like: Text;
  /** The recommended lawful response. */
  response: Text;
  follow_up: { action: FollowUp; text: Text };
  /** Arrangements this excuse may lead to (possibly none). */
  arrangements: readonly ArrangementType[];
}

export interface AbuseRule {
  summary: Text;
  /** Exactly three, given in turn. */
  warnings: readonly Text[];
  /** What follows the third warning. */
  after_warnings: Text;
}

export interface ChecklistItem {
  id: string;
  text: Text;
}

export interface VisitTypeSpec {
  id: VisitType;
  name: Text;
  purpose: Text;
  when: Text;
  checklist: readonly ChecklistItem[];
}

export interface Visits {
  pairing: { min_staff: number; text: Text };
  /** Conduct that holds on every visit. */
  rules: readonly Text[];
  types: readonly VisitTypeSpec[];
}

/** One way a method applies: a condition on the facts and the reason it gives (may name facts as {fact}). */
export interface MethodRule {
  if: Condition;
  because: Text;
}

export interface MethodSpec {
  id: RecoveryMethod;
  name: Text;
  /** When it applies, in words. */
  applies_when: Text;
  /** What it needs (people, documents, approvals). */
  needs: Text;
  /** The limits that keep it lawful. */
  lawful_limits: Text;
  /** Arrangements it leads to (possibly none). */
  arrangements: readonly ArrangementType[];
  /** It applies to an account when any rule holds; none: it is never suggested on its own. */
  when: readonly MethodRule[];
}

export interface PlaybookDocument {
  name: string;
  call: CallScript;
  excuses: readonly ExcuseEntry[];
  abusive_debtor: AbuseRule;
  visits: Visits;
  methods: readonly MethodSpec[];
}
