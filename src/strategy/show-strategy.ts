/** `dunwell strategy show [<version>]`: the YAML of the active version, or of the version named, as stored. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { type StrategyVersionView, VERSION_VIEW_COLUMNS, versionView } from './strategy-version-view.js';

export async function showStrategy(options: {
  db: Kysely<Schema>;
  /** Absent: the active version. */
  version?: number;
}): Promise<StrategyVersionView & { document: string }> {
  let query = options.db.selectFrom('strategy_versions').select([...VERSION_VIEW_COLUMNS, 'document']);
  query =
    options.version === undefined
      ? query.where('status', '=', 'active').orderBy('version', 'desc')
      : query.where('version', '=', options.version);
  const row = await query.executeTakeFirst();
  if (!row) {
    throw new AppError(
      'NOT_FOUND',
      options.version === undefined
        ? 'no active strategy: submit one and have another manager approve it'
        : `there is no strategy version ${options.version}`,
    );
  }
  return { ...versionView(row), document: row.document };
}
