import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/** A forward-only schema step. Versions are dense and never reused. */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}
