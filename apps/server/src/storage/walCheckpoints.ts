/**
 * Write-ahead-log checkpoints kept off the event loop [P8].
 *
 * SQLite's automatic checkpoint runs inside the commit that takes the log past its threshold
 * (1000 pages by default): that one commit copies the log into the database file and syncs both,
 * which took 4–34 ms on this project's machine against 0.01 ms for an ordinary commit. Run in a
 * later turn of the event loop instead (as before issue 21), it no longer delayed the update that
 * made it due, but it still held the event loop for those milliseconds, and any update arriving
 * meanwhile waited for it before anyone received it [P1]: with a hundred people on a board, one
 * late update is a whole percent of the deliveries, enough to set the fan-out's p99.
 *
 * So the checkpoint runs on a worker thread with its own connection to the same file: after every
 * `everyCommits` commits the store asks it for a passive checkpoint, which never waits for and never
 * blocks the writer (the commit path only posts a message). SQLite's own automatic checkpoint stays
 * on, at a higher threshold, as a backstop for when the worker cannot keep up or has failed.
 * Durability is unchanged: a committed transaction is in the log whether or not it has been
 * checkpointed into the database file yet.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Commits between checkpoints: a few hundred log pages, about SQLite's own default. */
export const CHECKPOINT_EVERY_COMMITS = 256;
/** SQLite's own threshold, in pages, for when the checkpoint thread cannot keep up. */
const BACKSTOP_PAGES = 4000;

/**
 * The checkpoint thread, as source (the server is bundled into one file, so the thread cannot
 * have a module of its own): it opens the database once and answers each "checkpoint" message
 * with "done" and how many log frames it copied, or the error.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// The lowest priority, for this thread alone (Linux keeps a nice value and a policy per thread):
// where the server has one CPU, a checkpoint takes it only while the event loop has nothing to do,
// and gives it back as soon as the event loop wakes (SCHED_IDLE, as for the other helpers [P11]).
try { require('node:os').setPriority(19); } catch {}
try {
  const tid = require('node:fs').readlinkSync('/proc/thread-self').split('/').pop();
  require('node:child_process').execFileSync('chrt', ['--idle', '--pid', '0', tid], { stdio: 'ignore', timeout: 5000 });
} catch {}
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
parentPort.on('message', () => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ done: true, copied: row ? row.checkpointed : 0 });
  } catch (error) {
    parentPort.postMessage({ done: false, error: String(error && error.message) });
  }
});
`;

export interface CheckpointResult {
  readonly done: boolean;
  /** Log frames copied into the database file. */
  readonly copied?: number;
  readonly error?: string;
}

export class WalCheckpoints {
  private commits = 0;
  private thread: Worker | null = null;
  /** True while the thread is checkpointing: the next request waits for the next interval. */
  private running = false;
  private stopped = false;
  /** Called with the outcome of every checkpoint (tests watch the thread through it). */
  onCheckpoint: ((result: CheckpointResult) => void) | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly everyCommits = CHECKPOINT_EVERY_COMMITS,
  ) {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  }

  /** True once the thread has been started (the first time a checkpoint was due). */
  get threadStarted(): boolean {
    return this.thread !== null;
  }

  /** Counts a commit; every `everyCommits` commits, asks the thread for a checkpoint. Never blocks. */
  afterCommit(): void {
    if (++this.commits < this.everyCommits || this.running || this.stopped) return;
    const thread = this.threadForFile();
    if (!thread) return;
    this.commits = 0;
    this.running = true;
    thread.postMessage('checkpoint');
  }

  /** Stops the thread and closes its connection (before the store checkpoints fully itself and closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }

  /** The thread, started the first time a checkpoint is due; null for a database without a file. */
  private threadForFile(): Worker | null {
    if (this.thread) return this.thread;
    const file = this.db.name;
    if (!file || file === ':memory:' || !this.db.open) return null;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const thread = new Worker(THREAD_SOURCE, { eval: true, workerData: { file, driver } });
    // Never what keeps the process alive.
    thread.unref();
    thread.on('message', (result: CheckpointResult) => {
      this.running = false;
      // A failed checkpoint loses nothing (the log keeps every commit) and the backstop remains.
      this.onCheckpoint?.(result);
    });
    thread.on('error', (error) => {
      // The thread is gone (for example the file could not be opened): SQLite's backstop checkpoints from now on.
      this.running = false;
      this.stopped = true;
      this.thread = null;
      this.onCheckpoint?.({ done: false, error: error.message });
    });
    this.thread = thread;
    return thread;
  }
}
