/**
 * The engines every storage test runs on: SQLite always, PostgreSQL when DUNWELL_TEST_PG names a server
 * (an admin URL such as postgres://postgres@127.0.0.1:55432/postgres; `.ci/run` starts one). Each opened
 * store is a fresh, migrated database that is dropped again on close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import type { Engine } from '../../src/store/engine.js';
import { migrate } from '../../src/store/migrate.js';
import { openStore, type Store } from '../../src/store/open-database.js';

export interface TestEngine {
  name: Engine;
  /** A new, empty, migrated database. */
  open(): Promise<Store>;
  /** A URL or path for a new empty database (not migrated), e.g. to hand to the CLI; drop with the returned fn. */
  location(): Promise<{ location: string; drop: () => Promise<void> }>;
}

export const TEST_NOW = new Date('2026-11-29T00:00:00Z');

let counter = 0;

/** A new database on the engine, migrated, that drops itself on close. */
async function openFresh(engine: Pick<TestEngine, 'location'>): Promise<Store> {
  const { location, drop } = await engine.location();
  const store = openStore(location);
  await migrate(store.db, store.engine, TEST_NOW);
  return {
    ...store,
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

const sqliteEngine: TestEngine = {
  name: 'sqlite',
  async location() {
    const dir = mkdtempSync(join(tmpdir(), 'dunwell-test-'));
    return { location: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  open() {
    return openFresh(this);
  },
};

function postgresEngine(adminUrl: string): TestEngine {
  return {
    name: 'postgres',
    async location() {
      const name = `dunwell_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        location: url.toString(),
        drop: async () => {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
    open() {
      return openFresh(this);
    },
  };
}

export const postgresUrl = process.env.DUNWELL_TEST_PG;

export const testEngines: readonly TestEngine[] = postgresUrl
  ? [sqliteEngine, postgresEngine(postgresUrl)]
  : [sqliteEngine];

/**
 * For a `describe` block: a function that opens a fresh, migrated database on `engine`; every database it
 * opened is closed (and dropped) after each test.
 */
export function freshStores(engine: TestEngine): () => Promise<Store> {
  const open: Store[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  return async () => {
    const s = await engine.open();
    open.push(s);
    return s;
  };
}
