/**
 * The `dunwell` command's start-up time: `node bin/dunwell.js --help` spawned again and again, wall time from
 * spawn to exit, as someone at a terminal waits for it. One run first warms the file cache and is not
 * counted. Printed once per bench run (it does not depend on the engine or the book).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CliHelpTiming {
  runs: number;
  medianMs: number;
  p90Ms: number;
  samplesMs: number[];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile p (0..100) of a non-empty list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function timeCliHelp(runs = 20): CliHelpTiming {
  const bin = fileURLToPath(new URL('../../bin/dunwell.js', import.meta.url));
  const once = () => {
    const started = performance.now();
    const child = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (child.status !== 0 || !child.stdout.includes('usage')) {
      throw new Error(`dunwell --help exited with ${child.status ?? child.signal}: ${child.stderr || child.stdout}`);
    }
    return ms;
  };
  once();
  const samplesMs = Array.from({ length: runs }, () => round(once()));
  return { runs, medianMs: round(median(samplesMs)), p90Ms: round(percentile(samplesMs, 90)), samplesMs };
}
