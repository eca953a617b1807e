/**
 * A Kinboard server in a process of its own (`node --import tsx src/main.ts`), for the suites that
 * kill it like a real one (SIGKILL mid-stream, SIGTERM) or run several on one PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './harness';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export class ServerProcess {
  readonly output: string[] = [];
  port = 0;
  dead = false;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly proc: ChildProcess;

  /**
   * `storage` names where the boards live (`KINBOARD_DATA_DIR` or `KINBOARD_DATABASE_URL`); `env`
   * adds to (or replaces) the defaults: loopback, any free port, no web app, a generous message rate.
   */
  constructor(
    readonly name: string,
    storage: { readonly KINBOARD_DATA_DIR: string } | { readonly KINBOARD_DATABASE_URL: string },
    env: Readonly<Record<string, string>> = {},
  ) {
    this.proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        KINBOARD_WEB_ROOT: path.join(SERVER_DIR, 'no-web-app'),
        KINBOARD_MESSAGES_PER_SECOND: '1000',
        ...storage,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => (this.dead = true));
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line) continue;
        this.output.push(line);
        const match = /"event":"server_started".*"port":(\d+)/.exec(line);
        if (match) this.port = Number(match[1]);
      }
    };
    this.proc.stdout?.on('data', onData);
    this.proc.stderr?.on('data', onData);
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Resolves once the server has printed its port and answers /healthz. */
  async started(): Promise<this> {
    await waitFor(() => this.port > 0 || this.dead, 30_000, `${this.name} to start`);
    if (this.dead) throw new Error(`${this.name} exited:\n${this.output.join('\n')}`);
    let healthy = false;
    const deadline = Date.now() + 10_000;
    while (!healthy) {
      if (Date.now() > deadline || this.dead) throw new Error(`${this.name}: /healthz never answered`);
      healthy = await fetch(`${this.origin}/healthz`)
        .then((r) => r.ok)
        .catch(() => false);
    }
    return this;
  }

  /** Kills the process (SIGKILL unless told) and resolves with how it ended. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.proc.kill(signal);
    return this.exited;
  }

  async stop(): Promise<void> {
    if (this.dead) return;
    this.proc.kill('SIGTERM');
    await this.exited;
  }
}
