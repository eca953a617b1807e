import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir, waitFor } from './test/harness';
import { ServerProcess } from './test/serverProcess';

const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

/** Each thread of `pid` and its scheduling policy (field 41 of /proc/…/stat). */
function policies(pid: number): Map<number, number> {
  const result = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`).map(Number)) {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3.
    result.set(tid, Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[41 - 3]));
  }
  return result;
}

describe.runIf(process.platform === 'linux')('[P11] the event loop comes first', () => {
  let server: ServerProcess | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it('a started server runs its event loop as usual and every helper thread only when the event loop leaves the CPU free', async () => {
    const started = await new ServerProcess('server', { KINBOARD_DATA_DIR: tempDataDir() }).started();
    server = started;
    // The threads are moved just after the server starts listening; it says so in its log.
    await waitFor(() => started.output.some((l) => l.includes('"event":"helper_threads"')), 10_000, 'the helper threads line');
    const threads = policies(started.pid);
    // The event loop's thread is the process's own id.
    expect(threads.get(started.pid)).toBe(SCHED_OTHER);
    const helpers = [...threads].filter(([tid]) => tid !== started.pid);
    // V8's compiler and collector workers and libuv's pool, at least.
    expect(helpers.length).toBeGreaterThanOrEqual(4);
    expect(helpers.filter(([, policy]) => policy !== SCHED_IDLE)).toEqual([]);
    const line = started.output.find((l) => l.includes('"event":"helper_threads"'));
    expect(line).toContain(`${helpers.length} helper threads: idle`);
    // The server still answers.
    expect((await fetch(`${started.origin}/healthz`)).ok).toBe(true);
  });
});
