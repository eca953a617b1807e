/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temporary folder (as the `postgres` OS
 * user when running as root, since PostgreSQL refuses to run as root), password authentication,
 * listening on loopback only, stopped and removed afterwards. Uses Debian's `postgresql` package
 * (/usr/lib/postgresql/<version>/bin); `npm test` installs it when missing.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The folder with initdb and pg_ctl of the newest installed PostgreSQL, or null when there is none. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const command = asRoot ? 'runuser' : bin;
  const argv = asRoot ? ['-u', 'postgres', '--', bin, ...args] : [...args];
  const result = spawnSync(command, argv, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (${result.status}): ${String(result.stderr).slice(0, 800)}`);
  return String(result.stdout);
}

/** The first port from `from` to `to` nobody listens on at 127.0.0.1. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

export class PgCluster {
  private constructor(
    readonly bin: string,
    /** The temporary folder: data, log, socket. */
    readonly dir: string,
    readonly port: number,
    private readonly password: string,
  ) {}

  /** postgres://kinboard:…@127.0.0.1:port/kinboard */
  get url(): string {
    return `postgres://kinboard:${this.password}@127.0.0.1:${this.port}/kinboard`;
  }

  private get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  /** Makes and starts a cluster on the first free port in [fromPort, toPort], with a database `kinboard`. */
  static async create(fromPort = 9150, toPort = 9199): Promise<PgCluster> {
    const bin = findPgBin();
    if (!bin) throw new Error('PostgreSQL is not installed (Debian package "postgresql"); `npm test` installs it');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-pg-'));
    fs.chmodSync(dir, 0o700);
    const password = randomBytes(12).toString('hex');
    fs.writeFileSync(path.join(dir, 'pwfile'), `${password}\n`, { mode: 0o600 });
    if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
    const cluster = new PgCluster(bin, dir, await freePort(fromPort, toPort), password);
    try {
      run(path.join(bin, 'initdb'), [
        '-D',
        cluster.dataDir,
        '-U',
        'kinboard',
        '--pwfile',
        path.join(dir, 'pwfile'),
        '--auth',
        'scram-sha-256',
        '-E',
        'UTF8',
        '--no-sync',
      ]);
      cluster.start();
      run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'kinboard', 'kinboard'], {
        env: { ...process.env, PGPASSWORD: password },
      });
    } catch (error) {
      cluster.remove();
      throw error;
    }
    return cluster;
  }

  /** Starts (or starts again) the server, waiting until it accepts connections. */
  start(): void {
    const options = `-c listen_addresses=127.0.0.1 -p ${this.port} -c unix_socket_directories=${this.dir} -c max_connections=200`;
    run(path.join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-l', path.join(this.dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  }

  /** Stops the server: `immediate` is an abrupt stop, like a crash (recovery runs at the next start). */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    run(path.join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  get running(): boolean {
    return spawnSync(path.join(this.bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port)]).status === 0;
  }

  /** Stops the server if it runs, then deletes the folder. Never throws. */
  remove(): void {
    try {
      if (fs.existsSync(path.join(this.dataDir, 'postmaster.pid'))) this.stop('immediate');
    } catch {
      // Already stopped.
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
