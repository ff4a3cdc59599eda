/**
 * Peak memory of the bench process. RSS is sampled every 100 ms from a worker thread, not from a timer on the
 * main thread: better-sqlite3 runs statements synchronously, and a long statement would block a main-thread
 * timer exactly when memory peaks. RSS is per process, so the worker sees the main thread's memory too.
 * process.resourceUsage().maxRSS (the kernel's high-water mark for the whole process life) is reported beside
 * it; each bench phase runs in its own process, so that figure is the phase's own peak.
 */
import { Worker } from 'node:worker_threads';

export interface MemoryPeak {
  /** Highest RSS seen by the 100 ms sampler since start(), in MiB. */
  sampledPeakMb: number;
  samples: number;
  /** process.resourceUsage().maxRSS at stop(), in MiB. */
  maxRssMb: number;
}

export interface MemorySampler {
  stop(): Promise<MemoryPeak>;
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const cells = new Int32Array(workerData);
const sample = () => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  let seen = Atomics.load(cells, 0);
  while (kb > seen) {
    const was = Atomics.compareExchange(cells, 0, seen, kb);
    if (was === seen) break;
    seen = was;
  }
  Atomics.add(cells, 1, 1);
};
sample();
setInterval(sample, 100);
`;

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

export function sampleMemory(): MemorySampler {
  // [peak RSS in KiB, number of samples]
  const shared = new SharedArrayBuffer(8);
  const cells = new Int32Array(shared);
  Atomics.store(cells, 0, Math.round(process.memoryUsage.rss() / 1024));
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
  worker.unref();
  return {
    async stop() {
      const lastKb = Math.round(process.memoryUsage.rss() / 1024);
      await worker.terminate();
      return {
        sampledPeakMb: mb(Math.max(Atomics.load(cells, 0), lastKb)),
        samples: Atomics.load(cells, 1),
        maxRssMb: mb(process.resourceUsage().maxRSS),
      };
    },
  };
}
