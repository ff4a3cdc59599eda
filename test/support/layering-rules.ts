/**
 * The architecture in DESIGN.md as rules on imports, each with the reason it exists. Dependencies point
 * inward: the domain is pure, the store knows only the domain, the CLI is a thin edge that calls use
 * cases, and nothing inside src depends on the edge.
 *
 * A rule governs production files and, where it says so, the tests beside them. An exception is a named
 * pair (file, module) with its reason, never a widened rule.
 */
import type { ImportTarget } from './module-imports.js';

export interface SeenImport {
  /** Repository-relative path of the importing file. */
  file: string;
  specifier: string | null;
  target: ImportTarget;
  typeOnly: boolean;
}

export interface LayerRule {
  name: string;
  /** Whether the rule applies to imports written in `file`. */
  governs(file: string): boolean;
  /** Why the import is refused, or null when it is allowed. */
  refuse(seen: SeenImport): string | null;
}

const isTest = (file: string) => /\.test\.ts$/.test(file);
const under = (path: string, folder: string) => path.startsWith(folder);
/** What a test beside the code may use on top of what the code itself may import. */
const TEST_TOOLS = new Set(['vitest', 'fast-check']);
const DRIVERS = new Set(['kysely', 'pg', 'better-sqlite3']);

const domain: LayerRule = {
  name: 'src/domain is pure',
  governs: (file) => under(file, 'src/domain/'),
  refuse: ({ file, target }) => {
    switch (target.kind) {
      case 'ours':
        return under(target.path, 'src/domain/') ? null : 'src/domain imports nothing of ours outside src/domain';
      case 'builtin':
        return `src/domain is pure logic without I/O and uses no node built-in (here ${target.name})`;
      case 'package':
        if (isTest(file) && TEST_TOOLS.has(target.name)) return null;
        return `src/domain depends on no package (here ${target.name}); ${[...TEST_TOOLS].join(' and ')} only in tests`;
      case 'computed':
        return 'a computed import() cannot be checked';
    }
  },
};

const store: LayerRule = {
  name: 'src/store knows only the domain',
  governs: (file) => under(file, 'src/store/'),
  refuse: ({ file, target }) => {
    switch (target.kind) {
      case 'ours':
        if (under(target.path, 'src/domain/') || under(target.path, 'src/store/')) return null;
        if (isTest(file) && under(target.path, 'test/support/')) return null;
        return 'src/store imports only src/domain and src/store, never a use case, the cycle or an edge';
      case 'builtin':
        return null;
      case 'package':
        if (DRIVERS.has(target.name) || (isTest(file) && TEST_TOOLS.has(target.name))) return null;
        return `src/store uses no package but ${[...DRIVERS].join(', ')} (here ${target.name})`;
      case 'computed':
        return 'a computed import() cannot be checked';
    }
  },
};

/**
 * What the CLI may call. Use cases are the modules of the use-case folders (not the per-kind internals
 * of the importer); of the cycle, only its entry point.
 */
const USE_CASE_FOLDERS = [
  'src/account/',
  'src/activity/',
  'src/arrangement/',
  'src/audit/',
  'src/compliance/',
  'src/demo/',
  'src/evidence/',
  'src/legal/',
  'src/letter/',
  'src/import/',
  'src/outbox/',
  'src/party/',
  'src/playbook/',
  'src/portfolio/',
  'src/privacy/',
  'src/promise/',
  'src/queue/',
  'src/report/',
  'src/strategy/',
  'src/team/',
  'src/user/',
];
const USE_CASE_INTERNALS = ['src/import/kinds/'];
const CYCLE_ENTRY = 'src/cycle/run-cycle.ts';

/** The store's public face for an edge: where a database is, opening one, and its errors as AppErrors. */
const STORE_ENTRANCES = new Map([
  ['src/store/engine.ts', 'which locations name a database; driver-free, so `dunwell --help` loads no driver'],
  ['src/store/open-current-store.ts', 'the one way a command opens a store, migrated to the current schema'],
  ['src/store/store-error.ts', 'driver errors a user can act on (busy, read-only) as AppErrors'],
  ['src/store/init-store.ts', '`dunwell init`: create the database, migrate it and say which migrations ran'],
]);

/** Named exceptions: none at present; a file here may also import the paths listed for it. */
const CLI_EXCEPTIONS = new Map<string, Set<string>>();

function cliRefusesOurs(file: string, path: string, typeOnly: boolean): string | null {
  if (under(path, 'src/cli/') || under(path, 'src/domain/')) return null;
  if (typeOnly && under(path, 'src/')) return null;
  if (USE_CASE_FOLDERS.some((f) => under(path, f)) && !USE_CASE_INTERNALS.some((f) => under(path, f))) return null;
  if (path === CYCLE_ENTRY || STORE_ENTRANCES.has(path) || CLI_EXCEPTIONS.get(file)?.has(path)) return null;
  if (under(path, 'src/store/')) {
    const entrances = [...STORE_ENTRANCES.keys()].join(', ');
    return `the CLI reaches the store only through ${entrances} (or with \`import type\`)`;
  }
  if (under(path, 'src/cycle/')) return `the CLI runs the cycle through ${CYCLE_ENTRY} only`;
  return `the CLI calls use cases (${USE_CASE_FOLDERS.join(', ')}${CYCLE_ENTRY}) and src/domain, not ${path}`;
}

const cli: LayerRule = {
  name: 'src/cli is a thin edge over the use cases',
  // The CLI's own tests set databases up directly, as every storage test does.
  governs: (file) => under(file, 'src/cli/') && !isTest(file),
  refuse: ({ file, target, typeOnly }) => {
    switch (target.kind) {
      case 'ours':
        return cliRefusesOurs(file, target.path, typeOnly);
      case 'builtin':
        return null;
      case 'package':
        if (typeOnly || !DRIVERS.has(target.name)) return null;
        return `the CLI never talks to the database (${target.name}); it calls a use case`;
      case 'computed':
        return 'a computed import() cannot be checked';
    }
  },
};

const inward: LayerRule = {
  name: 'nothing in src depends on the CLI',
  governs: (file) => under(file, 'src/') && !under(file, 'src/cli/'),
  refuse: ({ target }) =>
    target.kind === 'ours' && under(target.path, 'src/cli/')
      ? 'dependencies point inward: the CLI is an edge that nothing in src imports'
      : null,
};

export const LAYER_RULES: readonly LayerRule[] = [domain, store, cli, inward];

/** One line per refused import: where it is, what it imports, which rule refuses it and why. */
export function layeringViolations(imports: Iterable<SeenImport & { line: number }>): string[] {
  const found: string[] = [];
  for (const seen of imports) {
    for (const rule of LAYER_RULES) {
      if (!rule.governs(seen.file)) continue;
      const why = rule.refuse(seen);
      if (why === null) continue;
      const to = seen.target.kind === 'ours' ? ` (${seen.target.path})` : '';
      const what = seen.specifier === null ? 'a computed module' : `'${seen.specifier}'${to}`;
      const kind = seen.typeOnly ? 'imports the types of' : 'imports';
      found.push(`${seen.file}:${seen.line} ${kind} ${what} — [${rule.name}] ${why}`);
    }
  }
  return found;
}
