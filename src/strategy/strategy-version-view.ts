/**
 * A strategy version as every strategy use case returns it and `--json` prints it: one shape for history,
 * submit, approve, reject and rollback, so a script reads each the same way. The YAML itself is left out
 * (it can be long); `strategy show` prints it.
 */
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema, StrategyVersionTable } from '../store/schema.js';

/** pending → active → retired, or pending → rejected. */
export const STRATEGY_STATUSES = ['pending', 'active', 'retired', 'rejected'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

export interface StrategyVersionView {
  version: number;
  name: string;
  status: StrategyStatus;
  submitted_by: string;
  submitted_at: string;
  approved_by: string | null;
  approved_at: string | null;
  rejected_by: string | null;
  rejected_at: string | null;
  retired_at: string | null;
  rollback_of: number | null;
  sha256: string;
  note: string | null;
}

export const VERSION_VIEW_COLUMNS = [
  'version',
  'name',
  'status',
  'submitted_by',
  'submitted_at',
  'approved_by',
  'approved_at',
  'rejected_by',
  'rejected_at',
  'retired_at',
  'rollback_of',
  'sha256',
  'note',
] as const satisfies readonly (keyof StrategyVersionTable)[];

type ViewRow = Pick<Selectable<StrategyVersionTable>, (typeof VERSION_VIEW_COLUMNS)[number]>;

function isStatus(s: string): s is StrategyStatus {
  return (STRATEGY_STATUSES as readonly string[]).includes(s);
}

export function versionView(row: ViewRow): StrategyVersionView {
  if (!isStatus(row.status)) {
    throw new AppError('INTERNAL', `strategy version ${row.version} has an unknown status "${row.status}"`);
  }
  return {
    version: Number(row.version),
    name: row.name,
    status: row.status,
    submitted_by: row.submitted_by,
    submitted_at: row.submitted_at,
    approved_by: row.approved_by,
    approved_at: row.approved_at,
    rejected_by: row.rejected_by,
    rejected_at: row.rejected_at,
    retired_at: row.retired_at,
    rollback_of: row.rollback_of === null ? null : Number(row.rollback_of),
    sha256: row.sha256,
    note: row.note,
  };
}

/** One version's view, or NOT_FOUND naming it. */
export async function readVersion(db: Kysely<Schema>, version: number): Promise<StrategyVersionView> {
  const row = await db
    .selectFrom('strategy_versions')
    .select(VERSION_VIEW_COLUMNS)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no strategy version ${version}`);
  return versionView(row);
}

/** The active version's number and text hash, if one is active. */
export async function activeVersion(db: Kysely<Schema>): Promise<{ version: number; sha256: string } | undefined> {
  const row = await db
    .selectFrom('strategy_versions')
    .select(['version', 'sha256'])
    .where('status', '=', 'active')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row ? { version: Number(row.version), sha256: row.sha256 } : undefined;
}
