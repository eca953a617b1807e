/**
 * A real Kinboard server in a child process, on a free port with its own data directory, for one
 * test. It can be stopped and started again on the same port and data directory, which is how the
 * suite takes the server away from the people on a board and gives it back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_DIR, WEB_ROOT } from './paths';

const START_DEADLINE_MS = 30_000;
const STOP_DEADLINE_MS = 5_000;
const MAX_LOG_CHARS = 200_000;

/** The three links a new board hands out: `{origin}/b/{id}#{secret}`. */
export interface BoardLinks {
  id: string;
  facilitator: string;
  participant: string;
  viewer: string;
}

export interface KinboardServer {
  /** `http://127.0.0.1:{port}` */
  readonly origin: string;
  readonly port: number;
  readonly dataDir: string;
  /**
   * Creates a board through the HTTP API, as the home page does. New boards send shared
   * participant and viewer links to the lobby; unless `admission` is true this turns that off, so
   * tests that are not about the lobby take the quick path.
   */
  createBoard(title: string, options?: CreateBoardOptions): Promise<BoardLinks>;
  /** Sends SIGTERM and waits for the process to end. */
  stop(): Promise<void>;
  /** Ends the process at once with SIGKILL, as a machine dying would, and waits for it to be gone. */
  kill(): Promise<void>;
  /** The running process's id, or null while it is stopped. */
  pid(): number | null;
  /** Starts the server again on the same port and data directory and waits until it is healthy. */
  start(): Promise<void>;
  /** Everything the server printed, for a failing test's attachments. */
  log(): string;
  /** Stops the server (SIGKILL if SIGTERM is ignored) and removes the data directory. */
  dispose(): Promise<void>;
}

export interface CreateBoardOptions {
  readonly admission?: boolean;
  readonly template?: 'three-column' | 'seven-domain';
}

/**
 * Creates a board through the HTTP API at `origin` (a server or a load balancer in front of
 * several), as the home page does, and turns the lobby off unless `admission` is true.
 */
export async function createBoardAt(origin: string, title: string, options: CreateBoardOptions = {}): Promise<BoardLinks> {
  const response = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: options.template ?? 'three-column' }),
  });
  const body = (await response.json()) as { id: string; links: Omit<BoardLinks, 'id'> };
  if (response.status !== 201) {
    throw new Error(`POST /api/boards answered ${response.status}: ${JSON.stringify(body)}`);
  }
  if (options.admission !== true) {
    const put = await fetch(`${origin}/api/boards/${body.id}/admission`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${new URL(body.links.facilitator).hash.slice(1)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ required: false }),
    });
    if (put.status !== 200) throw new Error(`PUT admission answered ${put.status}`);
  }
  return { id: body.id, ...body.links };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('Could not read the probe port'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

/** For a test that needs a particular setup: a port chosen beforehand and extra KINBOARD_* variables. */
export interface KinboardServerOptions {
  readonly port?: number;
  readonly env?: Readonly<Record<string, string>>;
}

export async function startKinboardServer(options: KinboardServerOptions = {}): Promise<KinboardServer> {
  const port = options.port ?? (await freePort());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kinboard-e2e-'));
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const append = (chunk: Buffer | string) => {
    output += chunk.toString();
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };

  async function start(): Promise<void> {
    if (child) throw new Error('The Kinboard server is already running');
    append(`\n--- starting server on port ${port} ---\n`);
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        KINBOARD_DATA_DIR: dataDir,
        KINBOARD_WEB_ROOT: WEB_ROOT,
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', append);
    proc.stderr?.on('data', append);
    let exitCode: number | null | undefined;
    exited = new Promise((resolve) => {
      proc.once('exit', (code, signal) => {
        exitCode = code;
        append(`--- server exited (code ${code}, signal ${signal}) ---\n`);
        if (child === proc) child = undefined;
        resolve();
      });
    });

    const deadline = Date.now() + START_DEADLINE_MS;
    for (;;) {
      if (exitCode !== undefined) {
        throw new Error(`The Kinboard server exited with code ${exitCode} before it was healthy:\n${output}`);
      }
      try {
        const response = await fetch(`${origin}/healthz`);
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        throw new Error(`The Kinboard server did not answer GET /healthz within ${START_DEADLINE_MS} ms:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = child;
    if (!proc) return;
    proc.kill(signal);
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), STOP_DEADLINE_MS));
    if ((await Promise.race([exited.then(() => 'done' as const), timer])) === 'late') {
      append(`--- server ignored ${signal} for ${STOP_DEADLINE_MS} ms; killing it ---\n`);
      proc.kill('SIGKILL');
      await exited;
    }
  }

  const createBoard = (title: string, options: CreateBoardOptions = {}) => createBoardAt(origin, title, options);

  try {
    await start();
  } catch (error) {
    await stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    origin,
    port,
    dataDir,
    createBoard,
    start,
    stop: () => stop('SIGTERM'),
    kill: () => stop('SIGKILL'),
    pid: () => child?.pid ?? null,
    log: () => output,
    async dispose() {
      await stop('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
