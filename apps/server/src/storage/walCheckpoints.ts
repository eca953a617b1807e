/**
 * Write-ahead-log checkpoints kept off the path from receiving an update to sending it on [P8].
 *
 * SQLite's automatic checkpoint runs inside the commit that takes the log past its threshold
 * (1000 pages by default): that one commit copies the log into the database file and syncs both,
 * which took 6–20 ms on this project's machine against 0.01 ms for an ordinary commit. The update
 * being committed waits for it before anyone receives it [P1], and with a hundred people on a
 * board that one late update is a whole percent of the deliveries: it set the fan-out's p99.
 *
 * So the store checkpoints itself: after every `everyCommits` commits it schedules a passive
 * checkpoint for a later turn of the event loop, by when the update that triggered it has been
 * sent on. SQLite's own automatic checkpoint stays on, at a higher threshold, as a backstop.
 * Durability is unchanged: a committed transaction is in the log whether or not it has been
 * checkpointed into the database file yet.
 */
import type Database from 'better-sqlite3';

/** Commits between checkpoints: a few hundred log pages, about SQLite's own default. */
export const CHECKPOINT_EVERY_COMMITS = 256;
/** SQLite's own threshold, in pages, for when the deferred checkpoints cannot keep up. */
const BACKSTOP_PAGES = 4000;

export class WalCheckpoints {
  private commits = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly everyCommits = CHECKPOINT_EVERY_COMMITS,
  ) {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  }

  /** Counts a commit; every `everyCommits` commits, schedules a checkpoint after this turn. */
  afterCommit(): void {
    if (++this.commits < this.everyCommits || this.timer !== null) return;
    this.timer = setTimeout(this.checkpoint, 0);
    this.timer.unref();
  }

  /** Drops a scheduled checkpoint (the store checkpoints fully itself when it closes). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly checkpoint = (): void => {
    this.timer = null;
    this.commits = 0;
    if (!this.db.open) return;
    try {
      // PASSIVE never waits for readers or writers; what it cannot copy now, the next one will.
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A failed checkpoint loses nothing (the log keeps every commit) and the backstop remains.
    }
  };
}
