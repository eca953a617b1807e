/**
 * A Kinboard server in a process of its own (`node --import tsx src/main.ts`), for the suites that
 * run several processes on one PostgreSQL: it can be SIGKILLed like a real one.
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
  readonly exited: Promise<void>;
  private readonly proc: ChildProcess;

  /** `env` adds to (or replaces) the defaults: loopback, any free port, no web app, a generous message rate. */
  constructor(
    readonly name: string,
    databaseUrl: string,
    env: Readonly<Record<string, string>> = {},
  ) {
    this.proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        KINBOARD_DATABASE_URL: databaseUrl,
        KINBOARD_WEB_ROOT: path.join(SERVER_DIR, 'no-web-app'),
        KINBOARD_MESSAGES_PER_SECOND: '1000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.proc.once('exit', () => resolve()));
    void this.exited.then(() => (this.dead = true));
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
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

  async started(): Promise<this> {
    await waitFor(() => this.port > 0 || this.dead, 30_000, `${this.name} to start`);
    if (this.dead) throw new Error(`${this.name} exited:\n${this.output.join('\n')}`);
    return this;
  }

  async kill(): Promise<void> {
    this.proc.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.dead) return;
    this.proc.kill('SIGTERM');
    await this.exited;
  }
}
