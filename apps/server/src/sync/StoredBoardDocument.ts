/**
 * A board's Y.Doc as a room gets it from storage.
 *
 * A board that has been idle is stored as one snapshot with nothing after it (a room leaves it
 * so when it unloads [P6]). Applying a large snapshot is the most expensive thing a room does
 * before it can answer anyone, so such a snapshot is applied only when the document is first
 * needed: the first sync step 1 is answered from the stored bytes themselves (the snapshot, or
 * the part of it the client lacks), and the snapshot is applied straight after that answer is
 * sent [P4]. A board stored with updates after its snapshot is applied at once, as before.
 *
 * Migrations run when the stored content is applied; what they change is reported through
 * `onMigrated`, so the room stores it and sends it to everyone like any server change, and the
 * next load finds the board at the current schema version.
 */
import * as Y from 'yjs';
import { STORAGE_CHANGE, migrateBoard, type ChangeOrigin } from '@kinboard/model';
import type { StoredDocument } from '../storage/BoardStore';

export class StoredBoardDocument {
  readonly doc = new Y.Doc({ gc: true });
  /** The stored snapshot, not yet applied to `doc`; null once it has been. */
  private unapplied: Uint8Array | null;

  constructor(stored: StoredDocument) {
    if (stored.snapshot && stored.updates.length === 0) {
      this.unapplied = stored.snapshot;
    } else {
      this.unapplied = null;
      this.apply(stored.snapshot, stored.updates);
    }
  }

  /** True while the stored content has not been applied to the document yet. */
  get deferred(): boolean {
    return this.unapplied !== null;
  }

  /**
   * What a client with `stateVector` lacks, read from the stored snapshot without applying it.
   * Only while `deferred`.
   */
  contentFor(stateVector: Uint8Array): Uint8Array {
    const snapshot = this.unapplied;
    if (!snapshot) throw new Error('the stored snapshot has already been applied');
    return Y.decodeStateVector(stateVector).size === 0 ? snapshot : Y.diffUpdate(snapshot, stateVector);
  }

  /**
   * Applies the stored snapshot if it is still waiting. Returns true when it did. Throws when the
   * stored bytes cannot be applied; the document must then not be used.
   */
  load(): boolean {
    const snapshot = this.unapplied;
    if (!snapshot) return false;
    this.unapplied = null;
    this.apply(snapshot, []);
    return true;
  }

  /**
   * Brings the applied document up to the current schema with `origin`; returns the number of
   * steps applied. Call once, after the room listens for the document's updates.
   */
  migrate(origin: ChangeOrigin): number {
    return migrateBoard(this.doc, origin);
  }

  private apply(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): void {
    this.doc.transact(() => {
      if (snapshot) Y.applyUpdate(this.doc, snapshot, STORAGE_CHANGE);
      for (const update of updates) Y.applyUpdate(this.doc, update, STORAGE_CHANGE);
    }, STORAGE_CHANGE);
  }
}
