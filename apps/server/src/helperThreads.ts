/**
 * The event loop comes first [P11].
 *
 * Besides the thread that runs the event loop (every update is applied, stored and sent there),
 * a Node process has helper threads: V8's compiler and garbage-collector workers and libuv's
 * pool. On a server with one CPU they share it with the event loop, and a helper that has started
 * a job keeps the CPU until the kernel's next tick (4 ms at 250 Hz) even when an update arrives
 * meanwhile: with a hundred people on a board, one update delayed that long is a whole percent of
 * the deliveries. Optimising one of Yjs's functions, for example, takes such a worker 1–10 ms.
 *
 * So, on Linux, the server puts its helper threads under the SCHED_IDLE policy: a helper then runs
 * only while the event loop does not want the CPU, and gives it back as soon as the event loop
 * wakes. A lower nice value alone is not enough (a helper at nice 19 still kept the CPU until the
 * tick). Any process may move its own threads to SCHED_IDLE; `chrt` (util-linux) does it, one
 * thread at a time. Without `chrt` the helpers get nice 19 instead. Threads started later (the
 * log checkpoint thread, walCheckpoints.ts) lower themselves.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface HelperThreadsOutcome {
  /** Helper threads found (every thread of the process but the event loop's). */
  readonly threads: number;
  /** What they now run under: SCHED_IDLE, nice 19 (no `chrt`), or as before (not Linux). */
  readonly policy: 'idle' | 'nice' | 'unchanged';
  readonly detail?: string;
}

const toIdle = (tid: number) =>
  new Promise<void>((resolve, reject) =>
    execFile('chrt', ['--idle', '--pid', '0', String(tid)], { timeout: 5000 }, (error) => (error ? reject(error) : resolve())),
  );

/** Moves every thread of this process except the event loop's to SCHED_IDLE (Linux); see above. Never rejects. */
export async function yieldHelperThreads(): Promise<HelperThreadsOutcome> {
  if (process.platform !== 'linux') return { threads: 0, policy: 'unchanged', detail: `not Linux (${process.platform})` };
  // libuv starts its pool on first use: this asynchronous call starts it, so its threads are counted too.
  const tids = (await fs.promises.readdir('/proc/self/task')).map(Number).filter((tid) => tid !== process.pid);
  const outcomes = await Promise.allSettled(tids.map(toIdle));
  const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed.length === 0) return { threads: tids.length, policy: 'idle' };
  for (const tid of tids) {
    try {
      os.setPriority(tid, 19);
    } catch {
      // The thread has ended since it was listed.
    }
  }
  const reason = failed[0]?.reason;
  return { threads: tids.length, policy: 'nice', detail: String(reason instanceof Error ? reason.message : reason).slice(0, 200) };
}
