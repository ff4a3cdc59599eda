/**
 * `column IN (values)` for a whole chunk with ONE bound parameter: SQLite reads a JSON array through
 * json_each, PostgreSQL compares against an array (= ANY). A 2,000-value IN list would otherwise be a
 * 2,000-parameter statement to compile and prepare for every chunk.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Engine } from './engine.js';

export type ListType = 'text' | 'bigint' | 'integer';

export function inList(
  engine: Engine,
  column: string,
  values: readonly (string | number)[],
  type: ListType,
): RawBuilder<boolean> {
  if (engine === 'postgres') return sql<boolean>`${sql.ref(column)} = ANY(${values}::${sql.raw(type)}[])`;
  return sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
