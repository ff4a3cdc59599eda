/**
 * A throwaway PostgreSQL cluster for one benchmark run, started the way `.ci/run` starts CI's: initdb into a
 * temp dir (as the `postgres` OS user when running as root, since initdb refuses root), trust auth, a free
 * port on 127.0.0.1, the unix socket in the temp dir. Stopped and removed when the bench ends, also on
 * Ctrl-C or an uncaught error.
 *
 * Unlike CI (where speed is all that matters) durability is left as a production server would have it
 * (fsync on, full page writes on) except synchronous_commit=off, which matches what SQLite's WAL with
 * synchronous=NORMAL promises; the memory settings suit a 2-core, multi-GB machine. The settings are
 * printed with the results.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresCluster {
  adminUrl: string;
  binDir: string;
  settings: Record<string, string>;
  stop(): void;
}

export const BENCH_PG_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '1GB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  synchronous_commit: 'off',
  max_connections: '50',
};

/** The newest PostgreSQL server binaries Debian installed (/usr/lib/postgresql/<v>/bin), or null. */
export function findPostgresBin(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
  const newest = versions.at(-1);
  return newest === undefined ? null : join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  const passwd = readFileSync('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPostgres(binDir: string, settings = BENCH_PG_SETTINGS): Promise<PostgresCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'dunwell-bench-pg-'));
  chmodSync(dir, 0o755);
  if (asRoot) {
    const user = postgresUser();
    if (!user) throw new Error('running as root but there is no postgres OS user to own the cluster');
    chownSync(dir, user.uid, user.gid);
  }
  const run = (command: string, args: readonly string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
    return spawnSync(file, argv, { encoding: 'utf8' });
  };
  const data = join(dir, 'data');
  let started = false;
  const stop = () => {
    if (started) run(join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  const init = run(join(binDir, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  if (init.status !== 0) {
    stop();
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const options = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const port = await freePort();
    const start = run(join(binDir, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      'start',
      '-o',
      [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...options].join(' '),
    ]);
    if (start.status === 0) {
      started = true;
      return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, binDir, settings: { ...settings }, stop };
    }
  }
  const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
  stop();
  throw new Error(`the throwaway PostgreSQL cluster did not start:\n${log}`);
}
