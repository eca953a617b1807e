import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir, waitFor } from './test/harness';
import { ServerProcess } from './test/serverProcess';
import { threadsOf } from './test/threads';

const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

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
    const threads = threadsOf(started.pid);
    // The event loop's thread is the process's own id.
    expect(threads.find((t) => t.tid === started.pid)?.policy).toBe(SCHED_OTHER);
    const helpers = threads.filter((t) => t.tid !== started.pid);
    // V8's compiler and collector workers and libuv's pool, at least.
    expect(helpers.length).toBeGreaterThanOrEqual(4);
    expect(helpers.filter((t) => t.policy !== SCHED_IDLE)).toEqual([]);
    const line = started.output.find((l) => l.includes('"event":"helper_threads"'));
    expect(line).toContain(`${helpers.length} helper threads: idle`);
    // The server still answers.
    expect((await fetch(`${started.origin}/healthz`)).ok).toBe(true);
  });
});
