/** Starts and stops the servers (Kinboard's and the peers) and the load-generator processes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { SRC_DIR, spawnTs, tail, type Pinning } from './proc';
import type { ClientJob, ScenarioResult, ServerInfo, ServerKind } from './types';

export interface RunningServer {
  readonly info: ServerInfo;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * `webRoot` (Kinboard only): serve the built web app from there, as the product does.
 * `databaseUrl` (required for `oursPg`): the PostgreSQL Kinboard keeps everything in.
 */
export async function startServer(
  kind: ServerKind,
  pinning: Pinning,
  unloadAfterMs: number | null,
  webRoot: string | null = null,
  databaseUrl: string | null = null,
): Promise<RunningServer> {
  if (kind === 'oursPg3') return startProcesses(3, pinning, unloadAfterMs, databaseUrl);
  if (kind === 'oursPg' && !databaseUrl) throw new Error('Kinboard on PostgreSQL needs a database URL');
  const kinboard = kind === 'ours' || kind === 'oursPg';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `kinboard-bench-${kind}-`));
  const env: NodeJS.ProcessEnv = kinboard
    ? {
        KINBOARD_DATA_DIR: dataDir,
        KINBOARD_WEB_ROOT: path.join(dataDir, 'no-web-app'),
        KINBOARD_MESSAGES_PER_SECOND: '100000',
        KINBOARD_MAX_CONNECTIONS_PER_BOARD: '10000',
        // Every simulated person comes from 127.0.0.1: the per-address limits would throttle the load itself.
        KINBOARD_TICKETS_PER_MINUTE: '1000000',
        KINBOARD_BOARDS_PER_MINUTE: '1000000',
        // Each bench room turns the lobby off through a facilitator request (capacity makes 500 rooms).
        KINBOARD_ADMIN_REQUESTS_PER_MINUTE: '1000000',
        ...(unloadAfterMs !== null ? { KINBOARD_UNLOAD_AFTER_MS: String(unloadAfterMs) } : {}),
        ...(webRoot !== null ? { BENCH_WEB_ROOT: webRoot } : {}),
        ...(kind === 'oursPg' && databaseUrl ? { KINBOARD_DATABASE_URL: databaseUrl } : {}),
      }
    : { BENCH_DATA_DIR: dataDir };
  const file = path.join(SRC_DIR, 'servers', `${kinboard ? 'ours' : kind}Main.ts`);
  // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server process there (for finding causes).
  // BENCH_CPU_PROF_INTERVAL=µs samples more often than V8's default 1000 µs.
  const interval = process.env.BENCH_CPU_PROF_INTERVAL ? [`--cpu-prof-interval=${process.env.BENCH_CPU_PROF_INTERVAL}`] : [];
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, ...interval]
    : [];
  const child = spawnTs(file, { cpus: pinning.serverCpus, env: { NODE_ENV: 'production', ...env }, nodeArgs: ['--expose-gc', ...profile] });
  const output = tail(child);
  const info = await new Promise<ServerInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start:\n${output()}`)), 30_000);
    child.on('message', (message: { type?: string } & Omit<ServerInfo, 'kind'>) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      const { type: _type, ...rest } = message;
      // The load generator speaks Kinboard's protocol to Kinboard whatever it stores in.
      resolve({ ...rest, kind: kinboard ? 'ours' : kind, ...(kind === 'oursPg' ? { database: 'PostgreSQL' } : {}) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited (${code}):\n${output()}`));
    });
  });
  return {
    info,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Kinboard on PostgreSQL as `count` processes sharing one database, each on its own port, as
 * README "Running on several machines" runs them; the load generator spreads boards over them.
 */
async function startProcesses(
  count: number,
  pinning: Pinning,
  unloadAfterMs: number | null,
  databaseUrl: string | null,
): Promise<RunningServer> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startServer('oursPg', pinning, unloadAfterMs, null, databaseUrl)),
  );
  const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  const first = running[0];
  if (failed || !first) {
    await Promise.all(running.map((r) => r.stop()));
    throw failed?.status === 'rejected' ? failed.reason : new Error('no Kinboard process started');
  }
  return {
    info: {
      ...first.info,
      ports: running.map((r) => r.info.port),
      pids: running.map((r) => r.info.pid),
      database: `PostgreSQL, ${count} processes`,
    },
    async stop() {
      await Promise.all(running.map((r) => r.stop()));
    },
  };
}

/** Runs scenario jobs in a separate load-generator process (pinned away from the server). */
export async function runClient(jobs: ClientJob[], pinning: Pinning, timeoutMs: number): Promise<ScenarioResult[]> {
  const child = spawnTs(path.join(SRC_DIR, 'client', 'main.ts'), {
    cpus: pinning.clientCpus,
    env: { BENCH_JOBS: JSON.stringify(jobs), NODE_ENV: 'production' },
    nodeArgs: ['--max-old-space-size=4096'],
  });
  const output = tail(child);
  try {
    return await new Promise<ScenarioResult[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load generator timed out after ${timeoutMs} ms:\n${output()}`)), timeoutMs);
      child.on('message', (message: { type: string; results?: ScenarioResult[]; error?: string }) => {
        clearTimeout(timer);
        if (message.type === 'result') resolve(message.results!);
        else reject(new Error(`load generator failed: ${message.error}\n${output()}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`load generator exited (${code}) without a result:\n${output()}`));
      });
    });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited(child);
  }
}
