/**
 * A one-line progress bar on stderr for long work (imports): bytes read of the total, rows and rows per
 * second. Drawn only when stderr is a terminal (ctx.interactive), redrawn at most ten times a second, and
 * erased when done so the command's own output starts on a clean line.
 */
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
    const line = `${options.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(bytes)}/${megabytes(totalBytes)} MB  ${rows.toLocaleString('en-US')} rows  ${rate.toLocaleString('en-US')} rows/s`;
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
