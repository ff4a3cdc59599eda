/**
 * Runs one phase of a case (import, cycle, 1-row imports) in a child process and waits for its result, so
 * that each phase's peak memory is its own (see run-phase.ts).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PhaseResult, PhaseSpec } from './bench-result.js';

type Done = Exclude<PhaseResult, { phase: 'error' }>;

export function forkPhase<S extends PhaseSpec>(spec: S): Promise<Extract<Done, { phase: S['phase'] }>> {
  const script = fileURLToPath(new URL('./run-phase.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(spec)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // If the bench itself is stopped, the phase must not run on against a cluster that is going away.
    const killChild = () => child.kill('SIGKILL');
    process.prependOnceListener('exit', killChild);
    let result: PhaseResult | undefined;
    child.on('message', (message) => {
      result = message as PhaseResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', killChild);
      if (result && result.phase === spec.phase) resolve(result as Extract<Done, { phase: S['phase'] }>);
      else if (result?.phase === 'error') reject(new Error(`${spec.phase} phase failed: ${result.message}`));
      else if (result) reject(new Error(`${spec.phase} phase answered as a ${result.phase} phase`));
      else reject(new Error(`${spec.phase} phase exited with ${signal ?? code} and no result`));
    });
  });
}
