/** Processes: pinning, spawning TypeScript entry points under tsx, reading /proc. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC_DIR = path.join(BENCH_DIR, 'src');

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface Pinning {
  readonly enabled: boolean;
  readonly serverCpus: string | null;
  readonly clientCpus: string | null;
  readonly description: string;
}

/** Server on the first CPU, load generators and the harness on the rest, when taskset exists. */
export function choosePinning(): Pinning {
  const cpus = os.availableParallelism?.() ?? os.cpus().length;
  if (cpus < 2) return { enabled: false, serverCpus: null, clientCpus: null, description: `not pinned: only ${cpus} CPU` };
  if (!hasTaskset()) return { enabled: false, serverCpus: null, clientCpus: null, description: 'not pinned: taskset not found' };
  const clientCpus = cpus === 2 ? '1' : `1-${cpus - 1}`;
  return {
    enabled: true,
    serverCpus: '0',
    clientCpus,
    description: `taskset: server on CPU 0, load-generator processes on CPU ${clientCpus} (${cpus} CPUs)`,
  };
}

/** Spawns `node [nodeArgs] --import tsx file`, pinned to `cpus` with taskset when given, with IPC. */
export function spawnTs(file: string, options: { cpus: string | null; env?: NodeJS.ProcessEnv; nodeArgs?: string[] }): ChildProcess {
  const nodeArgs = [...(options.nodeArgs ?? []), '--import', 'tsx', file];
  const command = options.cpus ? 'taskset' : process.execPath;
  const args = options.cpus ? ['-c', options.cpus, process.execPath, ...nodeArgs] : nodeArgs;
  return spawn(command, args, {
    cwd: BENCH_DIR,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/** Keeps the last lines a child wrote, for error messages. */
export function tail(child: ChildProcess, keep = 40): () => string {
  const lines: string[] = [];
  const add = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => lines.join('\n');
}

let ticks: number | null = null;
function clockTicks(): number {
  if (ticks === null) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** user+system CPU seconds a process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** Resident set size in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The version of an installed package, found from its entry point (some packages do not export ./package.json). */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // Not exported: walk up from the entry point instead.
  }
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name && json.version) return json.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '?';
    dir = parent;
  }
}
