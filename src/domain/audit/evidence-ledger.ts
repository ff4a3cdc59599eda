/**
 * What the chain says the evidence tables hold, replayed from the `evidence.store` and `evidence.purge`
 * events, and compared with the rows as they are. A row the chain does not vouch for, a row or link it
 * vouches for that is gone, or a field that differs (a retention shortened so a file could be purged
 * early, a purge mark set or cleared by hand) is a problem naming the event.
 */
import { type AuditProblem, problems } from './audit-problems.js';

export interface ChainEvidenceEvent {
  id: number;
  kind: string;
  actor: string;
  occurred_at: string;
  account_id: number | null;
  payload: Readonly<Record<string, unknown>>;
}

/** An evidence_files row, as both engines return it (numbers already numbers). */
export interface EvidenceFileRow {
  sha256: string;
  size: number;
  media_type: string;
  name: string;
  kind: string;
  stored_by: string;
  stored_at: string;
  retain_until: string;
  purged_at: string | null;
  purged_by: string | null;
}

export interface EvidenceLinkRow {
  sha256: string;
  account_id: number;
  activity_id: string | null;
}

/** A file as the chain says it is, with the event that last spoke of it. */
export interface ExpectedFile extends EvidenceFileRow {
  seq: number;
}

const FILE_FIELDS = [
  'size',
  'media_type',
  'name',
  'kind',
  'stored_by',
  'stored_at',
  'retain_until',
  'purged_at',
  'purged_by',
] as const;

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const linkKey = (sha256: string, accountId: number, activityId: string | null) =>
  `${sha256}|${accountId}|${activityId ?? ''}`;

export class EvidenceLedger {
  readonly #files = new Map<string, ExpectedFile>();
  readonly #links = new Map<string, { sha256: string; seq: number }>();
  readonly #seenFiles = new Set<string>();
  readonly #seenLinks = new Set<string>();

  /** Takes one event of the chain, in order; events of other kinds are ignored. */
  apply(event: ChainEvidenceEvent): void {
    const p = event.payload;
    if (event.kind === 'evidence.store') {
      const sha256 = str(p.sha256);
      const known = this.#files.get(sha256);
      if (!known) {
        this.#files.set(sha256, {
          sha256,
          size: Number(p.size),
          media_type: str(p.media_type),
          name: str(p.name),
          kind: str(p.kind),
          stored_by: event.actor,
          stored_at: event.occurred_at,
          retain_until: str(p.retain_until),
          purged_at: null,
          purged_by: null,
          seq: event.id,
        });
      } else {
        known.retain_until = str(p.retain_until);
        if (p.file === 'restored') {
          known.purged_at = null;
          known.purged_by = null;
        }
        known.seq = event.id;
      }
      if (p.linked === true && event.account_id !== null) {
        const activity = typeof p.activity_id === 'string' ? p.activity_id : null;
        this.#links.set(linkKey(sha256, event.account_id, activity), { sha256, seq: event.id });
      }
    } else if (event.kind === 'evidence.purge') {
      const known = this.#files.get(str(p.sha256));
      if (known) {
        known.purged_at = event.occurred_at;
        known.purged_by = event.actor;
        known.seq = event.id;
      }
    }
  }

  /** The files the chain says exist, for the file checks. */
  files(): IterableIterator<ExpectedFile> {
    return this.#files.values();
  }

  get fileCount(): number {
    return this.#files.size;
  }

  /**
   * Checks one evidence_files row against the chain; every row is given once, in any order, and then
   * missingFiles() says which rows the chain vouches for were never given.
   */
  checkFileRow(row: EvidenceFileRow): AuditProblem | null {
    this.#seenFiles.add(row.sha256);
    const expected = this.#files.get(row.sha256);
    if (!expected) return problems.evidenceRowUnchained(row.sha256, 'file');
    const differ = FILE_FIELDS.filter((f) => row[f] !== expected[f]);
    return differ.length > 0 ? problems.evidenceRowChanged(expected.seq, row.sha256, differ) : null;
  }

  missingFiles(): AuditProblem[] {
    return [...this.#files.values()]
      .filter((f) => !this.#seenFiles.has(f.sha256))
      .map((f) => problems.evidenceRowMissing(f.seq, f.sha256, 'file'));
  }

  /** The same for one evidence_links row; then missingLinks(). */
  checkLinkRow(row: EvidenceLinkRow): AuditProblem | null {
    const key = linkKey(row.sha256, row.account_id, row.activity_id);
    const known = this.#links.has(key) && !this.#seenLinks.has(key);
    this.#seenLinks.add(key);
    return known ? null : problems.evidenceRowUnchained(row.sha256, 'link');
  }

  missingLinks(): AuditProblem[] {
    return [...this.#links]
      .filter(([key]) => !this.#seenLinks.has(key))
      .map(([, link]) => problems.evidenceRowMissing(link.seq, link.sha256, 'link'));
  }
}
