/**
 * The active strategy, compiled, for the cycle (and the preview's comparison). Compiling turns the
 * document's conditions into functions once; the cache below keeps that to once per version per process,
 * keyed by version and the text's SHA-256 so a different database with the same version number but
 * another text never gets the wrong compiled strategy.
 */
import type { Kysely } from 'kysely';
import type { CompiledStrategy } from '../domain/strategy/decision.js';
import type { Schema } from '../store/schema.js';
import { checkStrategyText } from './strategy-text.js';

export interface ActiveStrategy {
  version: number;
  name: string;
  compiled: CompiledStrategy;
}

/** A few entries: a process sees one active version, rarely more (a test suite, a preview against it). */
const CACHE_LIMIT = 8;
const cache = new Map<string, ActiveStrategy>();

export async function loadActiveStrategy(db: Kysely<Schema>): Promise<ActiveStrategy | null> {
  const row = await db
    .selectFrom('strategy_versions')
    .select(['version', 'sha256'])
    .where('status', '=', 'active')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  const key = `${row.version}:${row.sha256}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = await db
    .selectFrom('strategy_versions')
    .select('document')
    .where('version', '=', row.version)
    .executeTakeFirstOrThrow();
  const { document, compiled } = checkStrategyText(text.document, `active strategy version ${row.version}`);
  const loaded: ActiveStrategy = { version: Number(row.version), name: document.name, compiled };
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, loaded);
  return loaded;
}
