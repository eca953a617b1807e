/**
 * A room's write-through to storage: the updates applied but not yet stored, the "saved"
 * acknowledgements owed, the flush that stores and then sends them, compaction, and what happens
 * when storage fails.
 *
 * In a busy room, changes applied in one event-loop turn are stored in one transaction and sent on
 * as one message [P7]; in a calm room a change is stored and sent while the message that brought it
 * is handled, when storage commits synchronously and nothing is queued ahead of it [P9]. Nothing
 * applied but unsaved is ever sent [P1], so a sync step 1 reply and a server change wait for the
 * flush that stores what they carry. Storage is asynchronous: each flush takes the batch at once
 * and commits it in the board's own queue, one commit after another, so messages go out in the
 * order the changes were applied, and only after their commit [AS1]; batches that queued up behind
 * a commit in flight (PostgreSQL, a network round trip) are committed together as one [AS4]. A failure to store
 * closes the board's connections with 1011 and leaves the room broken, to be reloaded from storage
 * by the next connection [S1]; nothing queued behind the failed commit is stored, sent or acknowledged.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType, encodeSavedAck } from '@kinboard/model';
import type { DocumentStore, StoredDocument } from '../storage/BoardStore';

/** A room with no flush for this long is calm: its next change need not wait for the turn to end [P9]. */
export const CALM_MS = 5;
/**
 * A room whose last flush carried several updates is taking bursts (a paste, a client catching up,
 * a load generator): its next change waits for the end of the turn, so a burst arriving in one read
 * still goes as one batch, until no flush for this long [P9].
 */
export const BURST_QUIET_MS = 100;

export type StorageStep = 'append' | 'compaction' | 'held answer' | 'load';

export interface WriteThroughOptions<Sender> {
  readonly compactAfterUpdates: number;
  readonly log: (line: string) => void;
  /** Sends a stored change to every connection but `except` (its sole sender, if any). */
  readonly broadcast: (message: Uint8Array, except: Sender | null) => void;
  /** Sends the "saved" message to each sender still owed one. */
  readonly acknowledge: (senders: ReadonlySet<Sender>, ack: Uint8Array) => void;
  /** Storage failed: close every connection (the room is broken from now on). */
  readonly onFailure: () => void;
}

/** Updates taken together for one commit, the message that carries them on, and the acknowledgement owed for them. */
interface Batch<Sender> {
  readonly updates: Uint8Array[];
  readonly message: Uint8Array | null;
  /** The one connection every update came from (it needs nothing back), or null. */
  readonly soleSender: Sender | null;
  readonly acks: ReadonlySet<Sender>;
  readonly ack: Uint8Array | null;
  /** Set once a commit has stored these updates (perhaps together with the batches before and after). */
  committed: boolean;
}

export class WriteThrough<Sender> {
  /** Applied updates not yet taken by a flush, with who each came from (null: the server). */
  private readonly unsaved: { update: Uint8Array; from: Sender | null }[] = [];
  /** Senders owed a "saved" message once the unsaved updates are stored. */
  private readonly ackOwed = new Set<Sender>();
  private flushScheduled = false;
  /** When a flush last took updates (performance.now()). */
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  /** How many updates the last flush took. */
  private lastBatchSize = 0;
  /** The board's commit queue: every commit and compaction runs after the one before it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs in the queue not finished yet: while any is, a change must wait its turn behind them. */
  private queued = 0;
  /** Batches with updates queued whose commit has not started, oldest first: the next commit takes them all [AS4]. */
  private readonly uncommitted: Batch<Sender>[] = [];
  /** Batches taken but not committed yet: while any is, the document holds more than storage. */
  private inFlight = 0;
  private lastSeq: number;
  private updatesSinceSnapshot: number;
  /** Bytes of the board in storage and on their way there (snapshot plus updates). */
  storedBytes: number;
  /** True once storage failed or the document was thrown away: nothing more is stored or sent. */
  broken = false;
  /** True once a commit failed: what is queued behind it is never stored. */
  private failed = false;

  constructor(
    private readonly boardId: string,
    private readonly store: DocumentStore,
    private readonly doc: Y.Doc,
    stored: StoredDocument,
    private readonly options: WriteThroughOptions<Sender>,
  ) {
    this.storedBytes = stored.bytes;
    this.lastSeq = stored.lastSeq;
    this.updatesSinceSnapshot = stored.updates.length;
  }

  /** Queues applied updates for storage, from `from` (null: the server). */
  add(updates: readonly Uint8Array[], from: Sender | null): void {
    for (const update of updates) {
      this.unsaved.push({ update, from });
      this.storedBytes += update.byteLength;
    }
  }

  /** `sender` is told once what it sent is stored [P3]. */
  owe(sender: Sender): void {
    this.ackOwed.add(sender);
  }

  /**
   * Stores and sends what was applied. In a calm room (no flush for CALM_MS, and the last one took a
   * single update or was BURST_QUIET_MS ago) with nothing queued and a store that commits
   * synchronously, that happens now, before the message that applied it has finished being handled
   * [P9]; otherwise at the end of this event-loop turn, together with everything else applied in it [P7].
   */
  schedule(): void {
    if (this.flushScheduled) return;
    const idle = performance.now() - this.lastFlushAt;
    if (this.queued === 0 && !this.broken && idle >= CALM_MS && (this.lastBatchSize <= 1 || idle >= BURST_QUIET_MS)) {
      const appendNow = this.store.appendUpdatesNow?.bind(this.store);
      if (appendNow) {
        this.flushNow(appendNow);
        return;
      }
    }
    this.flushScheduled = true;
    setImmediate(this.scheduledFlush);
  }

  // flush never rejects: a failure closes this board's connections, never the server [S1].
  private readonly scheduledFlush = (): void => {
    this.flushScheduled = false;
    void this.flush();
  };

  /**
   * Takes every applied-but-unsaved update as one batch and queues its commit (one transaction);
   * once committed it is sent on as one message, then waiting senders are told they are saved
   * [P1][P2][P3][P7]; compacts when due [P6]. `then` runs after that, still in the queue (a reply
   * carrying the document as it is now). Resolves false when storage failed: then nothing of this
   * batch was sent or acknowledged, and every connection has been closed [S1]. Never rejects.
   */
  flush(then?: () => void): Promise<boolean> {
    if (this.broken) return Promise.resolve(false);
    const batch = this.take();
    if (batch.updates.length > 0) this.uncommitted.push(batch);
    return this.enqueue(async () => {
      if (this.failed) return false;
      if (batch.updates.length > 0 && !batch.committed) {
        // This batch is the oldest uncommitted one: its commit takes every batch waiting behind it
        // too, as one transaction; each is still sent and acknowledged in its own turn [AS4].
        const group = this.uncommitted.splice(0);
        const updates = group.length === 1 ? batch.updates : group.flatMap((b) => b.updates);
        try {
          this.lastSeq = await this.store.appendUpdates(this.boardId, updates);
        } catch (error) {
          this.fail(error, 'append');
          return false;
        } finally {
          this.inFlight -= group.length;
        }
        for (const b of group) b.committed = true;
        this.updatesSinceSnapshot += updates.length;
      }
      if (!this.deliver(batch)) return false;
      then?.();
      if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) return this.compactNow();
      return true;
    });
  }

  /** The queue is empty and the store commits synchronously: commit, send and acknowledge at once [P9]. */
  private flushNow(appendNow: (id: string, updates: readonly Uint8Array[]) => number): void {
    const batch = this.take();
    if (batch.updates.length > 0) {
      try {
        this.lastSeq = appendNow(this.boardId, batch.updates);
      } catch (error) {
        this.fail(error, 'append');
        return;
      } finally {
        this.inFlight -= 1;
      }
      this.updatesSinceSnapshot += batch.updates.length;
    }
    if (this.deliver(batch) && this.updatesSinceSnapshot >= this.options.compactAfterUpdates) {
      void this.enqueue(() => this.compactNow());
    }
  }

  /** Takes what is unsaved and the acknowledgements owed, as one batch with the message that will carry it. */
  private take(): Batch<Sender> {
    const taken = this.unsaved.splice(0);
    const acks = new Set(this.ackOwed);
    this.ackOwed.clear();
    const first = taken[0];
    let message: Uint8Array | null = null;
    let soleSender: Sender | null = null;
    if (first) {
      const merged = taken.length === 1 ? first.update : Y.mergeUpdates(taken.map((b) => b.update));
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeUpdate(encoder, merged);
      message = encoding.toUint8Array(encoder);
      // A sender needs nothing back when the whole message is its own.
      soleSender = taken.every((b) => b.from === first.from) ? first.from : null;
      this.inFlight += 1;
      this.lastFlushAt = performance.now();
      this.lastBatchSize = taken.length;
    }
    // The state the acknowledgement reports is the document as this batch leaves it.
    const ack = acks.size > 0 ? encodeSavedAck(Y.encodeStateVector(this.doc)) : null;
    return { updates: taken.map((b) => b.update), message, soleSender, acks, ack, committed: false };
  }

  /** Sends a committed batch on, then acknowledges it; false when the document was thrown away meanwhile. */
  private deliver(batch: Batch<Sender>): boolean {
    // A discarded document has closed every connection: committed, but nobody to tell.
    if (this.broken) return false;
    if (batch.message) this.options.broadcast(batch.message, batch.soleSender);
    if (batch.ack) this.options.acknowledge(batch.acks, batch.ack);
    return true;
  }

  /** Stores what is pending and leaves one snapshot behind, as a room does when it unloads [P6]. Resolves once the queue is empty. */
  async unload(): Promise<void> {
    // A failure is logged by fail(); the stored updates still hold everything acknowledged.
    if ((await this.flush()) && this.updatesSinceSnapshot > 0) await this.enqueue(() => this.compactNow());
    await this.queue;
  }

  /**
   * Stops all storing: the document in memory may hold what must never be stored (a change that
   * could not be applied whole [L3]). What is still unsaved is dropped unsent and unacknowledged;
   * batches already taken are still committed, but nothing more is sent.
   */
  discard(): void {
    this.broken = true;
    this.unsaved.length = 0;
    this.ackOwed.clear();
  }

  /**
   * The store failed: close every connection on this board with 1011 and keep the server up [S1].
   * The document in memory may now hold changes that are not on disk, so nothing unsaved is sent
   * or acknowledged; the room is dropped and the next connection reloads it from storage, while
   * every client resends what it has.
   */
  fail(error: unknown, during: StorageStep): void {
    this.failed = true;
    if (this.broken) return;
    const message = error instanceof Error ? error.message : String(error);
    this.options.log(`storage failure board=${this.boardId} during=${during} code=1011: ${JSON.stringify(message.slice(0, 200))}`);
    this.discard();
    this.options.onFailure();
  }

  /** Runs `job` after every commit queued before it; never rejects. */
  private enqueue(job: () => Promise<boolean>): Promise<boolean> {
    this.queued += 1;
    const run = this.queue.then(job, job).finally(() => {
      this.queued -= 1;
    });
    this.queue = run;
    return run.catch((error: unknown) => {
      this.fail(error, 'append');
      return false;
    });
  }

  /**
   * Folds the stored updates into one snapshot of the in-memory document; false when storage
   * failed [P6][S1]. Runs in the queue, and only when the document holds nothing uncommitted (else
   * a later flush compacts), so the snapshot never carries what storage does not.
   */
  private async compactNow(): Promise<boolean> {
    if (this.broken || this.failed) return false;
    if (this.unsaved.length > 0 || this.inFlight > 0 || this.updatesSinceSnapshot === 0) return true;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const bytesBefore = this.storedBytes;
    try {
      await this.store.compact(this.boardId, snapshot, this.lastSeq);
    } catch (error) {
      this.fail(error, 'compaction');
      return false;
    }
    // Updates applied while the snapshot was being written still count.
    this.storedBytes = snapshot.byteLength + (this.storedBytes - bytesBefore);
    this.updatesSinceSnapshot = 0;
    return true;
  }
}
