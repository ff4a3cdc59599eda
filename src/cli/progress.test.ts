import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const bar = progressBar({ enabled: false, label: 'import', write: (t) => written.push(t) });
    bar.update({ bytes: 10, totalBytes: 100, rows: 5 });
    bar.done();
    expect(written).toEqual([]);
  });

  it('redraws one line at most ten times a second with bytes, rows and rows/s, then erases it', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({
      enabled: true,
      label: 'import accounts',
      write: (t) => written.push(t),
      clock: () => now,
      width: 10,
    });
    now = 1000;
    bar.update({ bytes: 2_500_000, totalBytes: 10_000_000 });
    now = 1050;
    bar.update({ rows: 50_000 }); // too soon: not drawn
    now = 2000;
    bar.update({ rows: 120_000 });
    expect(written).toEqual([
      '\rimport accounts [###-------]  25%  2.5/10.0 MB  0 rows  0 rows/s',
      '\rimport accounts [###-------]  25%  2.5/10.0 MB  120,000 rows  60,000 rows/s',
    ]);
    bar.done();
    expect(written.at(-1)).toMatch(/^\r +\r$/);
  });
});
