/**
 * The tests that judge mutants in `npm run mutate` (stryker.config.mjs): the domain's and the cycle's own
 * tests, or the comma-separated globs in MUTATION_TESTS, e.g. MUTATION_TESTS='src/domain/**\/*.test.ts'.
 *
 * Chosen here rather than with Stryker's `testFiles` option: with it, Stryker 9.6.1 switches module-level
 * ("static") mutants on only after their module has loaded, so every one of them is reported as survived
 * (stryker-mutator/stryker-js#6144).
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const include = (process.env.MUTATION_TESTS ?? 'src/domain/**/*.test.ts,src/cycle/**/*.test.ts')
  .split(',')
  .map((glob) => glob.trim())
  .filter((glob) => glob !== '');

export default defineConfig({ ...base, test: { ...base.test, include } });
