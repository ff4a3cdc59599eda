/**
 * The per-file start-up phase: imports each kind's 1-row files one after another in the phase's own process
 * and keeps each file's time. The median leaves out the first file's warm-up (the kind's code compiled and
 * its statements prepared), which the samples still show.
 */
import { importFile } from '../src/import/import-file.js';
import type { Store } from '../src/store/open-database.js';
import type { OneRowFigure, PhaseResult, PhaseSpec } from './bench-result.js';
import { median } from './time-cli-help.js';

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function oneRowPhase(store: Store, spec: Extract<PhaseSpec, { phase: 'one-row' }>): Promise<PhaseResult> {
  const now = new Date(spec.now);
  const figures: OneRowFigure[] = [];
  for (const { kind, paths } of spec.files) {
    const samplesMs: number[] = [];
    for (const path of paths) {
      const started = performance.now();
      const report = await importFile({ store, kind, path, now });
      samplesMs.push(round(performance.now() - started));
      if (report.rows !== 1 || report.inserted !== 1) {
        const why = report.rejected[0] ? `${report.rejected[0].field}: ${report.rejected[0].reason}` : 'not inserted';
        throw new Error(`1-row ${kind} file ${path}: ${why}`);
      }
    }
    figures.push({ kind, samplesMs, medianMs: round(median(samplesMs)) });
  }
  return { phase: 'one-row', figures };
}
