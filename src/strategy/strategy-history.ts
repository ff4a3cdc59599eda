/** `dunwell strategy history`: every version, newest first, with who submitted, approved or rejected it. */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.js';
import { type StrategyVersionView, VERSION_VIEW_COLUMNS, versionView } from './strategy-version-view.js';

export async function strategyHistory(options: { db: Kysely<Schema> }): Promise<{ versions: StrategyVersionView[] }> {
  const rows = await options.db
    .selectFrom('strategy_versions')
    .select(VERSION_VIEW_COLUMNS)
    .orderBy('version', 'desc')
    .execute();
  return { versions: rows.map(versionView) };
}
