/**
 * Progress on stderr for long work, drawn only when stderr is a terminal (ctx.interactive) and redrawn at
 * most ten times a second: a bar for imports (bytes read of the total, rows and rows per second), erased
 * when done so the command's own output starts on a clean line; and a line per step for multi-step work
 * (the cycle's account ranges, the demo's record kinds).
 */
import { groupThousands } from './group-thousands.js';

export interface ProgressBar {
  /** Reports bytes read so far (and the total) and rows processed so far; either may be left unchanged. */
  update(progress: { bytes?: number; totalBytes?: number; rows?: number }): void;
  done(): void;
}

export interface ProgressBarOptions {
  enabled: boolean;
  label: string;
  /** Where the bar is drawn; defaults to process.stderr. */
  write?: (text: string) => void;
  /** A monotonic clock in milliseconds, for the redraw rate and rows/s; defaults to performance.now. */
  clock?: () => number;
  width?: number;
}

const REDRAW_MS = 100;

export function progressBar(options: ProgressBarOptions): ProgressBar {
  if (!options.enabled) return { update() {}, done() {} };
  const write = options.write ?? ((text: string) => void process.stderr.write(text));
  const clock = options.clock ?? (() => performance.now());
  const width = options.width ?? 24;
  const started = clock();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let bytes = 0;
  let totalBytes = 0;
  let rows = 0;
  let drawnLength = 0;

  const draw = () => {
    const elapsed = (clock() - started) / 1000;
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const filled = Math.round(fraction * width);
    const rate = elapsed > 0 ? Math.round(rows / elapsed) : 0;
    const line = `${options.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(bytes)}/${megabytes(totalBytes)} MB  ${groupThousands(rows)} rows  ${groupThousands(rate)} rows/s`;
    write(`\r${line}${' '.repeat(Math.max(0, drawnLength - line.length))}`);
    drawnLength = line.length;
  };

  return {
    update(progress) {
      if (progress.bytes !== undefined) bytes = progress.bytes;
      if (progress.totalBytes !== undefined) totalBytes = progress.totalBytes;
      if (progress.rows !== undefined) rows = progress.rows;
      const now = clock();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      draw();
    },
    done() {
      if (drawnLength > 0) write(`\r${' '.repeat(drawnLength)}\r`);
      drawnLength = 0;
    },
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

export interface StepProgress {
  /** `total` is null while it is not known yet (records still being generated). */
  update(progress: { step: string; done: number; total: number | null }): void;
  /** Ends the last line. */
  done(): void;
}

/** One line per step (`ledger: 12/40 account ranges`), redrawn in place; a new step starts a new line. */
export function stepProgress(options: Omit<ProgressBarOptions, 'label' | 'width'>): StepProgress {
  if (!options.enabled) return { update() {}, done() {} };
  const write = options.write ?? ((text: string) => void process.stderr.write(text));
  const clock = options.clock ?? (() => performance.now());
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastStep = '';
  return {
    update(p) {
      const now = clock();
      const finished = p.total !== null && p.done >= p.total;
      if (p.step === lastStep && now - lastDraw < REDRAW_MS && !finished) return;
      if (lastStep !== '' && p.step !== lastStep) write('\n');
      lastStep = p.step;
      lastDraw = now;
      const what = p.total === null ? `${groupThousands(p.done)} rows` : `${p.done}/${p.total} account ranges`;
      write(`\r${p.step}: ${what}\u001b[K`);
    },
    done() {
      if (lastStep !== '') write('\n');
      lastStep = '';
    },
  };
}
