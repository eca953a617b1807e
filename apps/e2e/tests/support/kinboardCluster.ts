/**
 * Kinboard as several machines run it: a throwaway PostgreSQL (the server tests' PgCluster:
 * initdb in a temporary folder, loopback only), three Kinboard processes on it, and Debian's nginx
 * in front, routing by board id as README "Running on several machines" shows. Browsers use only
 * the balancer's address. Everything is stopped and removed by `dispose`, also after a failure
 * half-way through starting.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgCluster } from '@kinboard/server/testing/pgCluster';
import {
  createBoardAt,
  freePort,
  startKinboardServer,
  type BoardLinks,
  type CreateBoardOptions,
  type KinboardServer,
} from './kinboardServer';

const NGINX = '/usr/sbin/nginx';
const START_DEADLINE_MS = 20_000;
const MAX_LOG_CHARS = 100_000;

export interface KinboardCluster {
  /** The load balancer's address, `http://127.0.0.1:{port}`: the only one browsers are given. */
  readonly origin: string;
  readonly processes: readonly KinboardServer[];
  createBoard(title: string, options?: CreateBoardOptions): Promise<BoardLinks>;
  /** The process holding the board's lease (MP1), or null when none holds it. */
  servingProcess(boardId: string): KinboardServer | null;
  /** Every process's, nginx's and PostgreSQL's output, for a failing test's attachments. */
  log(): string;
  dispose(): Promise<void>;
}

/**
 * The README's nginx example on loopback ports, in one file for `nginx -p {dir}`. Two changes for a
 * test: plain HTTP on a free port, and `Host` passed on with its port (`$http_host`), since the
 * servers check it against the page's origin, which here has a port.
 */
function nginxConfig(dir: string, port: number, upstreams: readonly number[]): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  return `daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $uri $kinboard_board {
    ~^/(?:sync|api/boards)/(?<id>[A-Za-z0-9_-]+) $id;
    default $request_id;
  }
  upstream kinboard {
    hash $kinboard_board consistent;
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://kinboard;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_set_header Host $http_host;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** The lease owner of a board, read with psql: `{pid}-{random}` (PgBoardLeases). */
function leaseOwner(pg: PgCluster, boardId: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(boardId)) throw new Error(`Not a board id: ${boardId}`);
  const result = spawnSync(
    path.join(pg.bin, 'psql'),
    [pg.url, '-At', '-c', `SELECT owner FROM board_leases WHERE board_id = '${boardId}' AND expires_at > now()`],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  const owner = result.stdout.trim();
  return owner === '' ? null : owner;
}

export async function startKinboardCluster(options: { readonly leaseMs: number }): Promise<KinboardCluster> {
  if (!fs.existsSync(NGINX)) throw new Error('nginx is not installed (Debian package "nginx"); `npm test` installs it');
  const processes: KinboardServer[] = [];
  let pg: PgCluster | undefined;
  let nginx: ChildProcess | undefined;
  let nginxExited: Promise<void> = Promise.resolve();
  let nginxOutput = '';
  const nginxDir = await mkdtemp(path.join(tmpdir(), 'kinboard-nginx-'));

  const log = () =>
    [
      ...processes.map((p, i) => `===== Kinboard process ${i + 1} (port ${p.port}) =====\n${p.log()}`),
      `===== nginx =====\n${nginxOutput}\n${readIfThere(path.join(nginxDir, 'error.log'))}`,
      `===== PostgreSQL =====\n${pg ? readIfThere(path.join(pg.dir, 'log')) : '(not started)'}`,
    ].join('\n');

  const dispose = async () => {
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await nginxExited;
    }
    await Promise.all(processes.map((p) => p.dispose()));
    pg?.remove();
    await rm(nginxDir, { recursive: true, force: true });
  };

  try {
    const pgPort = await freePort();
    pg = await PgCluster.create(pgPort, pgPort);
    const url = pg.url;
    for (let i = 0; i < 3; i++) {
      processes.push(await startKinboardServer({ env: { KINBOARD_DATABASE_URL: url, KINBOARD_LEASE_MS: String(options.leaseMs) } }));
    }

    const port = await freePort();
    await writeFile(
      path.join(nginxDir, 'nginx.conf'),
      nginxConfig(
        nginxDir,
        port,
        processes.map((p) => p.port),
      ),
    );
    const proc = spawn(NGINX, ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-e', path.join(nginxDir, 'error.log')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx = proc;
    const append = (chunk: Buffer | string) => {
      nginxOutput = (nginxOutput + chunk.toString()).slice(-MAX_LOG_CHARS);
    };
    proc.stdout?.on('data', append);
    proc.stderr?.on('data', append);
    nginxExited = new Promise((resolve) => proc.once('exit', () => resolve()));

    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + START_DEADLINE_MS;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`nginx exited with code ${proc.exitCode}:\n${log()}`);
      try {
        if ((await fetch(`${origin}/healthz`)).status === 200) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`nginx did not pass on GET /healthz within ${START_DEADLINE_MS} ms:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const database = pg;
    return {
      origin,
      processes,
      createBoard: (title, boardOptions) => createBoardAt(origin, title, boardOptions),
      servingProcess(boardId) {
        const owner = leaseOwner(database, boardId);
        if (owner === null) return null;
        return processes.find((p) => owner.startsWith(`${p.pid()}-`)) ?? null;
      },
      log,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

function readIfThere(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-MAX_LOG_CHARS);
  } catch {
    return '';
  }
}
