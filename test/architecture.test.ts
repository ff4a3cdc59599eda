/**
 * The layering of DESIGN.md, enforced: every import written under src/ is checked against
 * test/support/layering-rules.ts. A failure names the file and line, the module imported, the rule and why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layeringViolations, type SeenImport } from './support/layering-rules.js';
import { importTarget, moduleImports } from './support/module-imports.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) =>
      relative(ROOT, join(ROOT, folder, name))
        .split('\\')
        .join('/'),
    )
    .sort();
}

type Seen = SeenImport & { line: number };

function importsOf(file: string, text: string): Seen[] {
  return moduleImports(file, text).map(({ specifier, line, typeOnly }) => ({
    file,
    line,
    specifier,
    typeOnly,
    target: importTarget(ROOT, file, specifier),
  }));
}

describe('layering', () => {
  const all = sourceFiles('src').flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));

  it('reads the imports of every layer, static and dynamic', () => {
    const from = (folder: string) => all.filter((s) => s.file.startsWith(folder)).length;
    for (const folder of ['src/domain/', 'src/store/', 'src/cli/', 'src/cycle/'])
      expect(from(folder)).toBeGreaterThan(5);
    expect(all).toContainEqual(
      expect.objectContaining({ file: 'src/cli/commands/index.ts', specifier: './init.js', typeOnly: false }),
    );
  });

  it('holds for every import under src/', () => {
    expect(layeringViolations(all)).toEqual([]);
  });
});

describe('layering rules refuse', () => {
  const check = (file: string, text: string) => layeringViolations(importsOf(file, text));

  it('anything of ours, a package or a node built-in in the domain, types included', () => {
    const file = 'src/domain/ledger/x.ts';
    expect(check(file, "import { money } from '../money/money.js';")).toEqual([]);
    expect(check(file, "import type { Store } from '../../store/open-database.js';")).toEqual([
      "src/domain/ledger/x.ts:1 imports the types of '../../store/open-database.js' (src/store/open-database.ts) — " +
        '[src/domain is pure] src/domain imports nothing of ours outside src/domain',
    ]);
    expect(check(file, "import { sql } from 'kysely';")).toHaveLength(1);
    expect(check(file, "\n\nimport { readFileSync } from 'node:fs';")[0]).toMatch(/^src\/domain\/ledger\/x\.ts:3 .*fs/);
    expect(check(file, "import fc from 'fast-check';")).toHaveLength(1);
    expect(check('src/domain/ledger/x.test.ts', "import fc from 'fast-check';")).toEqual([]);
  });

  it('use cases, the cycle and the CLI in the store', () => {
    const file = 'src/store/x.ts';
    expect(check(file, "import { sql } from 'kysely';\nimport { AppError } from '../domain/errors.js';")).toEqual([]);
    expect(check(file, "import { runCycle } from '../cycle/run-cycle.js';")).toHaveLength(1);
    expect(check(file, "import type { AgingReport } from '../report/aging-report.js';")).toHaveLength(1);
    expect(check(file, "import { parse } from 'csv-parse';")).toHaveLength(1);
  });

  it('store internals, cycle steps and drivers in the CLI, but not their types', () => {
    const file = 'src/cli/commands/x.ts';
    expect(check(file, "import { bulkInsert } from '../../store/bulk.js';")[0]).toContain('reaches the store only');
    expect(check(file, "import { type Database } from '../../store/schema.js';")).toHaveLength(1);
    expect(check(file, "import type { Database } from '../../store/schema.js';")).toEqual([]);
    expect(check(file, "const m = await import('../../store/migrate.js');")).toHaveLength(1);
    expect(check(file, "export { processRange } from '../../cycle/process-account-range.js';")[0]).toContain(
      'run-cycle.ts only',
    );
    expect(check(file, "import { runCycle } from '../../cycle/run-cycle.js';")).toEqual([]);
    expect(check(file, "import { importFile } from '../../import/import-file.js';")).toEqual([]);
    expect(check(file, "import { kind } from '../../import/kinds/import-parties.js';")).toHaveLength(1);
    expect(check(file, "import { appendEvent } from '../../event/append-event.js';")).toHaveLength(1);
    expect(check(file, "import pg from 'pg';")).toHaveLength(1);
    expect(check(file, "import type { Kysely } from 'kysely';")).toEqual([]);
  });

  it('migrations run from the CLI only through the init entrance, even in `dunwell init`', () => {
    const text = "import { migrate } from '../../store/migrate.js';";
    expect(check('src/cli/commands/init.ts', text)).toHaveLength(1);
    expect(check('src/cli/commands/cycle.ts', text)).toHaveLength(1);
    expect(check('src/cli/commands/init.ts', "import { initStore } from '../../store/init-store.js';")).toEqual([]);
  });

  it('the CLI anywhere else in src', () => {
    expect(check('src/report/x.ts', "import { EXIT } from '../cli/exit-status.js';")).toHaveLength(1);
    expect(check('src/cli/x.ts', "import { EXIT } from './exit-status.js';")).toEqual([]);
  });
});
