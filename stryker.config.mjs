// Mutation testing (`npm run mutate`; not part of `npm test`): how many deliberate bugs in the ledger,
// money, calendar and ageing rules and in the daily cycle the tests catch.
//
// - Each directory is judged by its own tests (vitest.mutation.config.ts): the domain's unit and property
//   tests, the cycle's storage tests. A rule only an end-to-end test notices shows up as a survivor, on
//   purpose. Narrow a run to one directory and its tests:
//     MUTATION_TESTS='src/domain/**/*.test.ts' npm run mutate -- --mutate 'src/domain/**/*.ts,!src/**/*.test.ts'
// - SQLite only: the PostgreSQL half would double the time of every cycle mutant and kill nothing more,
//   so DUNWELL_TEST_PG is dropped for the run.
// - The machine is shared: two workers at most; `--concurrency 1` when others are busy.
delete process.env.DUNWELL_TEST_PG;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/domain/**/*.ts',
    'src/cycle/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*-fixtures.ts',
  ],
  concurrency: 2,
  // Storage tests open real databases; give a busy machine room before calling a mutant a timeout.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 20,
  ignorePatterns: ['dist', 'data', '.bench-data', 'coverage', 'bench/results', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { logTests: false },
  tempDirName: '.stryker-tmp',
};
