/**
 * The two storage engines Dunwell runs on, and which database locations name them. Kept free of driver
 * imports so the CLI can check a location (and print its help) without loading SQLite or PostgreSQL.
 */
export type Engine = 'sqlite' | 'postgres';

/** Where the embedded database lives when nothing else is said. */
export const DEFAULT_SQLITE_PATH = './data/dunwell.db';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

// "mysql://…", "sqlite:///…", "file:…", "http:…": a scheme of two or more letters. A single letter
// followed by a colon is a Windows drive ("C:\data\dunwell.db") and stays a path.
const URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * Why `location` names no database Dunwell can open, or null when it is a PostgreSQL URL or a file path.
 * Anything else used to be taken for an odd SQLite file name (`--db mysql://x` made a folder "mysql:").
 */
export function databaseLocationProblem(location: string): string | null {
  if (location.trim() === '') return 'is empty';
  if (isPostgresUrl(location)) return null;
  const scheme = URL_SCHEME.exec(location)?.[1];
  if (scheme !== undefined) {
    return `"${location}" is a ${scheme}: URL; give a SQLite file path (e.g. ./data/dunwell.db) or a postgres:// URL`;
  }
  if (location.startsWith('-'))
    return `"${location}" looks like an option, not a SQLite file path or a postgres:// URL`;
  return null;
}
