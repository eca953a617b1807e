/**
 * A room's write-through to storage: the updates applied but not yet stored, the "saved"
 * acknowledgements owed, the flush that stores and then sends them, compaction, and what happens
 * when storage fails.
 *
 * Changes applied in one event-loop turn are stored in one transaction and sent on as one message
 * [P7]; nothing applied but unsaved is ever sent [P1], so the room flushes before every sync step 1
 * reply and server change. A failure to store closes the board's connections with 1011 and leaves
 * the room broken, to be reloaded from storage by the next connection [S1].
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType, encodeSavedAck } from '@kinboard/model';
import type { BoardStore, StoredDocument } from '../storage/BoardStore';

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

export class WriteThrough<Sender> {
  /** Applied updates not yet stored, with who each came from (null: the server). */
  private readonly unsaved: { update: Uint8Array; from: Sender | null }[] = [];
  /** Senders owed a "saved" message once the unsaved updates are stored. */
  private readonly ackOwed = new Set<Sender>();
  private flushScheduled = false;
  private lastSeq: number;
  private updatesSinceSnapshot: number;
  /** Bytes of the board in storage and on their way there (snapshot plus updates). */
  storedBytes: number;
  /** True once storage failed or the document was thrown away: nothing more is stored or sent. */
  broken = false;

  constructor(
    private readonly boardId: string,
    private readonly store: BoardStore,
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

  /** Flushes at the end of this event-loop turn. */
  schedule(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // flush never throws: a failure closes this board's connections, never the server [S1].
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  /**
   * Stores every applied-but-unsaved update in one transaction, then sends them on as one
   * message, then tells waiting senders they are saved [P1][P2][P3][P7]; compacts when due [P6].
   * Returns false when storage failed: then nothing unsaved was sent or acknowledged, and every
   * connection has been closed [S1].
   */
  flush(): boolean {
    if (this.broken) return false;
    if (this.unsaved.length === 0 && this.ackOwed.size === 0) return true;
    const batch = this.unsaved.splice(0);
    const first = batch[0];
    if (first) {
      try {
        this.lastSeq = this.store.appendUpdates(
          this.boardId,
          batch.map((b) => b.update),
        );
      } catch (error) {
        this.fail(error, 'append');
        return false;
      }
      this.updatesSinceSnapshot += batch.length;
      const merged = batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((b) => b.update));
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, MessageType.sync);
      syncProtocol.writeUpdate(message, merged);
      // A sender needs nothing back when the whole message is its own.
      const soleSender = batch.every((b) => b.from === first.from) ? first.from : null;
      this.options.broadcast(encoding.toUint8Array(message), soleSender);
    }
    if (this.ackOwed.size > 0) {
      this.options.acknowledge(this.ackOwed, encodeSavedAck(Y.encodeStateVector(this.doc)));
      this.ackOwed.clear();
    }
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) return this.compact();
    return true;
  }

  /** Stores what is pending and leaves one snapshot behind, as a room does when it unloads [P6]. */
  unload(): void {
    // A failure is logged by fail(); the stored updates still hold everything acknowledged.
    if (this.flush() && this.updatesSinceSnapshot > 0) this.compact();
  }

  /**
   * Stops all storing: the document in memory may hold what must never be stored (a change that
   * could not be applied whole [L3]). What is still unsaved is dropped unsent and unacknowledged.
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
    if (this.broken) return;
    const message = error instanceof Error ? error.message : String(error);
    this.options.log(`storage failure board=${this.boardId} during=${during} code=1011: ${JSON.stringify(message.slice(0, 200))}`);
    this.discard();
    this.options.onFailure();
  }

  /** Folds the stored updates into one snapshot of the in-memory document; false when storage failed [P6][S1]. */
  private compact(): boolean {
    if (this.unsaved.length > 0 && !this.flush()) return false;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      this.store.compact(this.boardId, snapshot, this.lastSeq);
    } catch (error) {
      this.fail(error, 'compaction');
      return false;
    }
    this.storedBytes = snapshot.byteLength;
    this.updatesSinceSnapshot = 0;
    return true;
  }
}
